/** Rules that follow RUN instructions through a stage: DL3059, DL4001, DL4006. */
import type { Check, Diagnostic, Instruction } from '@/lib/engine/types';
import { basename, hasFlag, parseShell } from './shell';
import { instructionStream, report, runShell, type HadolintRule } from './support';

export const DL3059: HadolintRule = {
  code: 'DL3059',
  severity: 'info',
  message: 'Multiple consecutive `RUN` instructions. Consider consolidation.',
  explanation: 'Each RUN makes its own layer; commands that belong together can share one RUN, joined with &&.',
};

const flagsKey = (instr: Instruction) =>
  instr.flags
    .map((f) => `${f.name}=${f.value ?? ''}`)
    .sort()
    .join(' ');

/**
 * Two RUNs in a row with the same flags, each running a single command. A RUN that
 * chains commands (&&, ;) is taken as a deliberate split, as hadolint does.
 */
export const dl3059: Check = (ctx) => {
  let previous: { flags: string; commands: number } | null = null;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword !== 'RUN') {
      previous = null;
      continue;
    }
    const current = { flags: flagsKey(instr), commands: runShell(instr).commands.length };
    if (previous === null || previous.flags !== current.flags || current.commands > 1 || previous.commands > 1) {
      previous = current;
    } else {
      out.push(report(ctx, DL3059, item));
    }
  }
  return out;
};

export const DL4001: HadolintRule = {
  code: 'DL4001',
  severity: 'warning',
  message: 'Either use Wget or Curl but not both.',
};

/** Once a stage has used both curl and wget, every RUN using either is reported. */
export const dl4001: Check = (ctx) => {
  let used = new Set<string>();
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    if (item.instr.keyword === 'FROM') used = new Set();
    if (item.instr.keyword !== 'RUN') continue;
    const tools = runShell(item.instr).commands.map((c) => c.name).filter((n) => n === 'curl' || n === 'wget');
    tools.forEach((t) => used.add(t));
    if (tools.length > 0 && used.size >= 2) out.push(report(ctx, DL4001, item));
  }
  return out;
};

export const DL4006: HadolintRule = {
  code: 'DL4006',
  severity: 'warning',
  message:
    'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check',
  explanation: 'Without pipefail a pipe succeeds when its last command does, so a failure before the | does not stop the build.',
};

const NON_POSIX_SHELLS = ['pwsh', 'powershell', 'cmd'];

function shellHasPipefail(shell: string): boolean {
  return parseShell(shell).commands.some(
    (c) => ['bash', 'zsh', 'ash'].includes(basename(c.name)) && hasFlag(c, 'o') && c.args.some((a) => a.value === 'pipefail'),
  );
}

export const dl4006: Check = (ctx) => {
  let pipefail = false;
  const out: Diagnostic[] = [];
  for (const item of instructionStream(ctx)) {
    const { instr } = item;
    if (instr.keyword === 'FROM') pipefail = false;
    if (instr.keyword === 'SHELL') {
      const shell = (instr.json ?? instr.args.map((a) => a.value)).join(' ');
      pipefail = NON_POSIX_SHELLS.some((s) => shell.startsWith(s)) || shellHasPipefail(shell);
    }
    if (instr.keyword === 'RUN' && !pipefail && runShell(instr).hasPipes) out.push(report(ctx, DL4006, item));
  }
  return out;
};
