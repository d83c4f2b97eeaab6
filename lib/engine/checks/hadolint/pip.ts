/** pip rules: DL3013 (pin versions) and DL3042 (--no-cache-dir). */
import type { Check, Diagnostic, Instruction } from '@/lib/engine/types';
import { argValues, argsWithoutFlags, containsSequence, hasFlag, isPipInstall, type ShellCommand } from './shell';
import { dropQuotes, fromParts, instructionStream, itemsOf, report, runShell, type HadolintRule } from './support';

export const DL3013: HadolintRule = {
  code: 'DL3013',
  severity: 'warning',
  message:
    'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`.',
};

/** Flags whose value is the next word (hadolint drops that word from the package list). */
const PIP_FLAGS_WITH_VALUE = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url',
  'implementation', 'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy',
  'python-version', 'root', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy',
];

// https://pip.pypa.io/en/stable/topics/vcs-support/ (hadolint's list)
const VCS_SCHEMES = [
  'git+file', 'git+https', 'git+ssh', 'git+http', 'git+git', 'git', 'hg+file', 'hg+http', 'hg+https',
  'hg+ssh', 'hg+static-http', 'svn', 'svn+svn', 'svn+http', 'svn+https', 'svn+ssh', 'bzr+http',
  'bzr+https', 'bzr+ssh', 'bzr+sftp', 'bzr+ftp', 'bzr+lp',
];
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

function pipPackages(cmd: ShellCommand): string[] {
  const words = argsWithoutFlags(cmd, PIP_FLAGS_WITH_VALUE);
  const install = words.indexOf('install');
  if (install < 0) return [];
  const rest = words.slice(install);
  const firstPackage = rest.findIndex((w) => w !== 'install');
  return firstPackage < 0 ? [] : rest.slice(firstPackage);
}

function pipVersionFixed(pkg: string): boolean {
  const isVcs = VCS_SCHEMES.some((scheme) => pkg.startsWith(scheme));
  return (
    VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
    (isVcs && pkg.includes('@')) ||
    pkg.endsWith('.whl') ||
    pkg.endsWith('.tar.gz') ||
    (!isVcs && pkg.includes('/'))
  );
}

function forgotToPin(cmd: ShellCommand): boolean {
  if (!isPipInstall(cmd)) return false;
  const args = argValues(cmd);
  // Installing from a requirements file or the local project is not this rule's business.
  if (args.includes('--requirement') || args.includes('-r') || args.includes('.')) return false;
  if (hasFlag(cmd, 'constraint') || hasFlag(cmd, 'c')) return false;
  return !pipPackages(cmd).every(pipVersionFixed);
}

export const dl3013: Check = (ctx) =>
  itemsOf(ctx, 'RUN')
    .filter(({ instr }) => runShell(instr).commands.some(forgotToPin))
    .map((item) => report(ctx, DL3013, item));

export const DL3042: HadolintRule = {
  code: 'DL3042',
  severity: 'warning',
  message: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`.',
  explanation: 'pip keeps what it downloads in a cache directory; in an image that cache only makes the layer bigger.',
};

const TRUTHY = ['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES'];

/** `PIP_NO_CACHE_DIR=<truthy>` written anywhere in the script (hadolint reads the text). */
function scriptSetsNoCacheDir(script: string): boolean {
  const at = script.indexOf('PIP_NO_CACHE_DIR=');
  if (at < 0) return false;
  const value = script.slice(at + 'PIP_NO_CACHE_DIR='.length);
  return TRUTHY.some((t) => value.startsWith(t));
}

function isPipWrapper(cmd: ShellCommand): boolean {
  const wraps = (w: string) =>
    cmd.name.includes(w) || (cmd.name.startsWith('python') && containsSequence(argValues(cmd), ['-m', w]));
  return wraps('pipx') || wraps('pipenv');
}

function envSetsNoCacheDir(instr: Instruction): boolean {
  const pairs = instr.pairs?.map((p) => [p.key.value, p.value?.value ?? ''] as const) ??
    instr.args.flatMap((a, i, all) => (i % 2 === 0 ? [[a.value, all[i + 1]?.value ?? ''] as const] : []));
  return pairs.some(([key, value]) => key === 'PIP_NO_CACHE_DIR' && TRUTHY.includes(dropQuotes(value)));
}

/**
 * `ENV PIP_NO_CACHE_DIR=1` counts for its stage and for stages built FROM it (by name),
 * like hadolint's DL3042.
 */
export const dl3042: Check = (ctx) => {
  const noCacheByStage = new Map<string, boolean>();
  const NO_STAGE = '\u0000none';
  let current = NO_STAGE;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') {
      const { alias, reference } = fromParts(instr);
      const inherited = noCacheByStage.get(reference.name) ?? false;
      current = alias ?? reference.name;
      noCacheByStage.set(current, inherited);
    } else if (instr.keyword === 'ENV') {
      if (envSetsNoCacheDir(instr)) noCacheByStage.set(current, true);
    } else if (instr.keyword === 'RUN') {
      if (noCacheByStage.get(current)) continue;
      const shell = runShell(instr);
      if (scriptSetsNoCacheDir(shell.original)) continue;
      const forgot = shell.commands.some(
        (c) => isPipInstall(c) && !argValues(c).includes('--no-cache-dir') && !isPipWrapper(c),
      );
      if (forgot) out.push(report(ctx, DL3042, item));
    }
  }
  return out;
};
