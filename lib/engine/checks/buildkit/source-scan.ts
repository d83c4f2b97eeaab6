/**
 * The instructions as BuildKit's build checks see them (parser.Node): the joined
 * arguments, the raw flag words, the comments collected above each instruction
 * (PrevComment), empty continuation lines, and the lines each one covers.
 *
 * Everything comes from the engine's own parse (../../parse/buildkit-reader.ts reads
 * the file exactly as BuildKit's parser does); nothing here re-reads the source.
 * The list is built once per analysis and shared by every check.
 */
import type { Instruction } from '../../types';
import { parseWords as splitWords } from '../../parse/words';
import { perAnalysis } from '../per-analysis';
import type { ArgDeclaration, FromArgs, KeyValue } from './instruction-args';

export interface LogicalLine {
  instruction: Instruction;
  /** First physical line (1-based). */
  startLine: number;
  /** Last physical line of the instruction itself, before any heredoc body. */
  endLine: number;
  /** Last physical line including heredoc bodies. */
  lastLine: number;
  /** Whitespace-only lines inside the continuation (BuildKit skips them with a warning). */
  emptyContinuationLines: number[];
  /** Comments just before the instruction, as BuildKit collects them (text after '#', trimmed). */
  comments: string[];
  /** The instruction word as written. */
  command: string;
  /** Leading `--flag[=value]` words, quotes and escapes removed (BuildKit's extractBuilderFlags). */
  flags: string[];
  /** The arguments after the flags, trimmed. */
  rest: string;
  /**
   * Values read from this line on first use by ./instruction-args.ts (undefined until then).
   * Kept on the line itself: a WeakMap per value cost more than the reading, for every line.
   */
  readonly cache: LineCache;
}

/** See LogicalLine.cache. */
export interface LineCache {
  words: string[] | undefined;
  pairs: KeyValue[] | null | undefined;
  argDeclarations: ArgDeclaration[] | undefined;
  fromArgs: FromArgs | undefined;
}

// Shared by every instruction without comments or empty continuation lines (never written to).
const NO_LINES = Object.freeze([]) as unknown as number[];
const NO_COMMENTS = Object.freeze([]) as unknown as string[];
const NO_FLAGS = NO_COMMENTS;

function logicalLineOf(instruction: Instruction): LogicalLine {
  const { range } = instruction;
  // An ONBUILD trigger's heredocs belong to the wrapped instruction.
  const firstBody = (instruction.onbuild ?? instruction).heredocs.find((h) => h.range)?.range;
  return {
    instruction,
    startLine: range.line,
    endLine: firstBody ? firstBody.line - 1 : range.endLine,
    lastLine: range.endLine,
    emptyContinuationLines: instruction.emptyContinuationLines ?? NO_LINES,
    comments: instruction.comments ?? NO_COMMENTS,
    command: instruction.rawKeyword,
    flags: instruction.flags.length === 0 ? NO_FLAGS : instruction.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`)),
    rest: instruction.argsText ?? '',
    cache: { words: undefined, pairs: undefined, argDeclarations: undefined, fromArgs: undefined },
  };
}

/** One LogicalLine per instruction of ctx.analysis.instructions, in the same order. */
export const logicalLines = perAnalysis((ctx) => ctx.analysis.instructions.map(logicalLineOf));

/** The value of a `--name=value` flag word list, or undefined when the flag is absent. */
export function flagValue(flags: string[], name: string): string | undefined {
  for (const flag of flags) {
    const body = flag.replace(/^--/, '');
    const eq = body.indexOf('=');
    const key = eq === -1 ? body : body.slice(0, eq);
    if (key === name) return eq === -1 ? '' : body.slice(eq + 1);
  }
  return undefined;
}

/**
 * BuildKit's parseWords: splits on whitespace outside quotes, keeping quotes and
 * escapes in the words (they are removed later by variable expansion).
 */
export function parseWords(rest: string, escapeChar: string): string[] {
  return splitWords(rest, 0, rest.length, escapeChar).map((w) => w.value);
}

/** BuildKit's parseStringsWhitespaceDelimited (FROM, EXPOSE, and COPY/ADD shell form). */
export function whitespaceWords(rest: string): string[] {
  if (rest === '') return [];
  return rest.split(/[\t\v\f\r ]+/);
}

/** whitespaceWords of a line's arguments, split once per instruction (read-only). */
export function restWords(line: LogicalLine): string[] {
  return (line.cache.words ??= whitespaceWords(line.rest));
}
