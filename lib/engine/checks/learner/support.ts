/** Helpers shared by Layerwise's learner rules. */
import type { CheckContext, Instruction, Range } from '@/lib/engine/types';
import { runScript } from '../hadolint/support';

import { KNOWN_INSTRUCTIONS } from '@/lib/docker/instructions';

/**
 * The instruction word as BuildKit splits it: everything from the keyword's start up to
 * the first space or tab (so `CMD["python",` for `CMD["python", "main.py"]`).
 */
export function instructionWord(ctx: CheckContext, instr: Instruction): { word: string; range: Range } {
  const { line, column } = instr.keywordRange;
  const text = ctx.lines[line - 1] ?? '';
  const word = /^[^\t\v\f\r ]*/.exec(text.slice(column - 1))?.[0] || instr.rawKeyword;
  return { word, range: { line, column, endLine: line, endColumn: column + word.length } };
}

/** `CMD[` style: a known keyword glued to the `[` of an exec-form array. Returns the keyword. */
export function keywordGluedToBracket(word: string): string | null {
  const match = /^([A-Za-z]+)\[/.exec(word);
  return match && KNOWN_INSTRUCTIONS.has(match[1].toUpperCase()) ? match[1] : null;
}

/**
 * Maps offsets of a RUN's shell script back to the source, when the script is exactly
 * the instruction's arguments on one line (shell form, no heredoc). Null otherwise.
 */
export function scriptToSource(instr: Instruction): ((start: number, end: number) => Range) | null {
  const args = instr.argsRange;
  if (!args || instr.json || instr.heredocs.length > 0 || args.line !== args.endLine) return null;
  if (instr.argsText === undefined || runScript(instr) !== instr.argsText) return null;
  return (start, end) => ({ line: args.line, column: args.column + start, endLine: args.line, endColumn: args.column + end });
}

/** POSIX path normalisation (no filesystem): resolves `.` and `..`, keeps a leading `/`. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return (absolute ? '/' : '') + parts.join('/');
}

/** `path` resolved against the directory `cwd` (absolute). */
export function resolvePath(cwd: string, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwd || '/'}/${path}`) || '/';
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : path.slice(0, i);
}

/** True when `path` is `dir` itself or inside it. */
export function isInside(path: string, dir: string): boolean {
  return path === dir || dir === '/' || path.startsWith(`${dir}/`);
}

/** `path` relative to `dir` (path must be inside dir). */
export function relativeTo(path: string, dir: string): string {
  if (path === dir) return '.';
  return dir === '/' ? path.slice(1) : path.slice(dir.length + 1);
}
