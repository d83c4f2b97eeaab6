/** apt-get rules: DL3008 (pin versions), DL3009 (delete lists), DL3014 (-y), DL3015 (--no-install-recommends). */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { argsWithoutFlags, cmdHasArgs, hasAnyFlag, hasArg, hasFlag, type ShellCommand } from './shell';
import { cacheMountTargets, fromParts, instructionStream, itemsOf, report, runShell, type HadolintRule, type Item } from './support';

const isAptGetInstall = (cmd: ShellCommand) => cmdHasArgs(cmd, 'apt-get', ['install']);

function runRule(rule: HadolintRule, fails: (cmd: ShellCommand) => boolean): Check {
  return (ctx) =>
    itemsOf(ctx, 'RUN')
      .filter(({ instr }) => runShell(instr).commands.some(fails))
      .map((item) => report(ctx, rule, item));
}

export const DL3008: HadolintRule = {
  code: 'DL3008',
  severity: 'warning',
  message:
    'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
};

/** A package counts as pinned with `=version`, a `/release`, or when it is a local .deb file. */
const aptVersionFixed = (pkg: string) => pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');

export const dl3008 = runRule(DL3008, (cmd) =>
  isAptGetInstall(cmd) &&
  !argsWithoutFlags(cmd, ['t', 'target-release'])
    .filter((arg) => arg !== 'install')
    .every(aptVersionFixed),
);

export const DL3014: HadolintRule = {
  code: 'DL3014',
  severity: 'warning',
  message: 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`',
  explanation: 'When it needs extra packages, apt-get asks "Do you want to continue? [Y/n]"; nobody can answer during a build, so the install aborts.',
};

export const dl3014 = runRule(DL3014, (cmd) => isAptGetInstall(cmd) && !hasAnyFlag(cmd, ['y', 'yes', 'q', 'assume-yes']));

export const DL3015: HadolintRule = {
  code: 'DL3015',
  severity: 'info',
  message: 'Avoid additional packages by specifying `--no-install-recommends`',
};

export const dl3015 = runRule(
  DL3015,
  (cmd) => isAptGetInstall(cmd) && !(hasFlag(cmd, 'no-install-recommends') || hasArg(cmd, 'APT::Install-Recommends=false')),
);

export const DL3009: HadolintRule = {
  code: 'DL3009',
  severity: 'info',
  message: 'Delete the apt-get lists after installing something.',
  explanation: 'apt-get update downloads package lists to /var/lib/apt/lists; remove them in the same RUN (&& rm -rf /var/lib/apt/lists/*) or they stay in the layer.',
};

/** hadolint compares FROM instructions by value (image, tag, digest, alias, platform). */
function fromKey(item: Item): string {
  const parts = fromParts(item.instr);
  const platform = item.instr.flags.find((f) => f.name === 'platform')?.value ?? '';
  return JSON.stringify([parts.image, parts.alias, platform]);
}

/**
 * A RUN with `apt-get update` and no cleanup is reported when it belongs to the last
 * stage, or to a stage whose name another FROM uses as its base (hadolint's DL3009).
 */
export const dl3009: Check = (ctx) => {
  const scratchKey = JSON.stringify(['scratch', null, '']); // hadolint's stand-in before any FROM
  let currentFrom = scratchKey;
  let currentAlias: string | null = null;
  const baseNames = new Set<string>();
  const forgotten: Array<{ item: Item; from: string; alias: string | null }> = [];

  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') {
      currentFrom = fromKey(item);
      currentAlias = fromParts(instr).alias;
      baseNames.add(fromParts(instr).reference.name);
      continue;
    }
    if (instr.keyword !== 'RUN') continue;
    const commands = runShell(instr).commands;
    const updates = commands.some((c) => cmdHasArgs(c, 'apt-get', ['update']));
    // hadolint accepts any `rm` given `-rf` or `/var/lib/apt/lists/*` as the cleanup.
    const cleans = commands.some((c) => cmdHasArgs(c, 'rm', ['-rf', '/var/lib/apt/lists/*']));
    if (!updates || cleans) continue;
    const targets = cacheMountTargets(instr);
    const cached = (dir: string) => targets.some((t) => t.startsWith(dir));
    if (cached('/var/lib/apt/lists') || (cached('/var/lib/apt') && cached('/var/cache/apt'))) continue;
    forgotten.push({ item, from: currentFrom, alias: currentAlias });
  }

  return forgotten
    .filter(({ from, alias }) => from === currentFrom || (alias !== null && baseNames.has(alias)))
    .map(({ item }): Diagnostic => report(ctx, DL3009, item));
};
