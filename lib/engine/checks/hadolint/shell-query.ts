/**
 * Questions hadolint's rules ask about the simple commands of a RUN script (hadolint
 * src/Hadolint/Shell.hs vocabulary: cmdHasArgs, hasFlag, usingProgram, isPipInstall...),
 * over what shell-parse.ts splits.
 */
import { ASSIGNMENT, type ParsedShell, type ShellCommand } from './shell-parse';

export function argValues(cmd: ShellCommand): string[] {
  return cmd.args.map((a) => a.value);
}

/** hadolint's cmdHasArgs: the command is `name` and one of its arguments is in `expected`. */
export function cmdHasArgs(cmd: ShellCommand, name: string, expected: string[]): boolean {
  return cmd.name === name && cmd.args.some((a) => expected.includes(a.value));
}

export function hasFlag(cmd: ShellCommand, flag: string): boolean {
  return cmd.flags.some((f) => f.name === flag);
}

export function hasAnyFlag(cmd: ShellCommand, flags: string[]): boolean {
  return cmd.flags.some((f) => flags.includes(f.name));
}

export function hasArg(cmd: ShellCommand, arg: string): boolean {
  return cmd.args.some((a) => a.value === arg);
}

/** hadolint's usingProgram: one of the commands is `program`. */
export function usingProgram(shell: ParsedShell, program: string): boolean {
  return shell.commands.some((c) => c.name === program);
}

/**
 * hadolint's dropFlagArg followed by getArgsNoFlags: the arguments that are not flags,
 * leaving out the word right after each of `flagsWithValue` (its value).
 */
export function argsWithoutFlags(cmd: ShellCommand, flagsWithValue: string[] = []): string[] {
  const dropped = new Set<number>();
  for (const flag of cmd.flags) {
    if (flagsWithValue.includes(flag.name)) dropped.add(flag.argIndex + 1);
  }
  const flagWords = new Set(cmd.flags.map((f) => f.argIndex));
  return cmd.args
    .map((a, index) => ({ a, index }))
    .filter(({ index }) => !dropped.has(index) && !flagWords.has(index))
    .map(({ a }) => a.value);
}

/** True when `needle` occurs as a contiguous run inside `haystack`. */
export function containsSequence(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((n, j) => haystack[i + j] === n)) return true;
  }
  return false;
}

/** hadolint's isPipInstall: `pip* ... install ...` or `python* -m pip install`. */
export function isPipInstall(cmd: ShellCommand): boolean {
  const args = argValues(cmd);
  const standard = cmd.name.startsWith('pip') && args.includes('install');
  const viaPython = cmd.name.startsWith('python') && containsSequence(args, ['-m', 'pip', 'install']);
  return standard || viaPython;
}

/* ---------- what a learner's command actually runs ---------- */

export interface EffectiveCommand {
  /** Program name, e.g. "python3" (a path such as /usr/bin/python3 is kept as written). */
  name: string;
  /** The arguments after the program, as plain strings. */
  args: string[];
  /** The shell command it came from. */
  command: ShellCommand;
}

const PREFIX_PROGRAMS = new Set(['sudo', 'doas', 'env', 'nohup', 'exec', 'time', 'nice', 'command', 'builtin', 'gosu', 'su-exec', 'tini', 'dumb-init', 'stdbuf']);
/** Options of prefix programs that take a value in the next word. */
const PREFIX_OPTIONS_WITH_VALUE: Record<string, string[]> = {
  sudo: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T'],
  doas: ['-u', '-C'],
  env: ['-u', '-C', '-S'],
  nice: ['-n'],
  exec: ['-a'],
};

/**
 * The program a command really runs, looking through `sudo`, `env VAR=x`, `nohup`,
 * `exec`, `time`, `nice`, `gosu user`, `tini --`... (for learner rules; hadolint's own
 * rules use `name` and keep `sudo` visible).
 */
export function effectiveCommand(cmd: ShellCommand): EffectiveCommand | null {
  const all = cmd.words.map((w) => w.value);
  let k = 0;
  for (let guard = 0; guard < 10 && k < all.length; guard++) {
    const base = basename(all[k]);
    if (!PREFIX_PROGRAMS.has(base)) break;
    k++;
    const valued = PREFIX_OPTIONS_WITH_VALUE[base] ?? [];
    while (k < all.length) {
      const w = all[k];
      if (w === '--') {
        k++;
        break;
      }
      if (base === 'env' && ASSIGNMENT.test(w)) {
        k++;
        continue;
      }
      if (w.startsWith('-') && w.length > 1) {
        k += valued.includes(w) ? 2 : 1;
        continue;
      }
      if (base === 'nice' || base === 'stdbuf') break;
      if (base === 'gosu' || base === 'su-exec') k++; // the user to run as
      break;
    }
  }
  if (k >= all.length) return null;
  return { name: all[k], args: all.slice(k + 1), command: cmd };
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
