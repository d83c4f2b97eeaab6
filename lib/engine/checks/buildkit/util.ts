/**
 * Shared helpers for the BuildKit build checks: diagnostics in the engine's shape,
 * source ranges the way BuildKit marks them, and when BuildKit stops linting.
 */
import type { CheckContext, Diagnostic, Fix, Range, Severity } from '../../types';
import { logicalLines, type LogicalLine } from './source-scan';

/** A BuildKit check warning. `message` is BuildKit's text, `note` one plain sentence for learners. */
export function buildkitDiagnostic(
  rule: string,
  range: Range,
  message: string,
  note?: string,
  fix?: Fix,
  severity: Severity = 'warning',
): Diagnostic {
  const diagnostic: Diagnostic = {
    ...range,
    code: rule,
    buildkitCheck: rule,
    severity,
    message: withNote(message, note),
  };
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}

/** BuildKit's text first, unchanged, then the learner's sentence. */
export function withNote(message: string, note?: string): string {
  if (!note) return message;
  return /(?:[.?!]|\?\))$/.test(message) ? `${message} ${note}` : `${message}. ${note}`;
}

/** The whole instruction, heredoc bodies included: what BuildKit's node.Location() covers. */
export function instructionRange(ctx: CheckContext, line: LogicalLine): Range {
  const last = ctx.lines[line.lastLine - 1] ?? '';
  return {
    line: line.startLine,
    column: line.instruction.range.column,
    endLine: line.lastLine,
    endColumn: last.length + 1,
  };
}

/** One physical line, from its first non-blank character to its end. */
export function physicalLineRange(ctx: CheckContext, lineNo: number): Range {
  const text = ctx.lines[lineNo - 1] ?? '';
  const indent = text.length - text.trimStart().length;
  return { line: lineNo, column: indent + 1, endLine: lineNo, endColumn: text.length + 1 };
}

/**
 * The line of the first instruction BuildKit's instructions.Parse rejects (an unknown
 * instruction, or anything but ARG before the first FROM), or Infinity.
 * Checks that run while parsing still warn for the instructions before it;
 * every other check is skipped, because the build stops there.
 */
export function parseStopLine(ctx: CheckContext): number {
  let sawFrom = false;
  for (const instruction of ctx.analysis.instructions) {
    if (!instruction.known) return instruction.range.line;
    if (instruction.keyword === 'FROM') sawFrom = true;
    else if (!sawFrom && instruction.keyword !== 'ARG') return instruction.range.line;
  }
  return sawFrom ? Infinity : 0;
}

/** Instructions that BuildKit's parse phase reaches. */
export function parsedLines(ctx: CheckContext): LogicalLine[] {
  const stop = parseStopLine(ctx);
  return logicalLines(ctx).filter((l) => l.startLine < stop);
}

/** True when the Dockerfile parses far enough for BuildKit's later checks to run. */
export function parsesCompletely(ctx: CheckContext): boolean {
  return parseStopLine(ctx) === Infinity;
}

/** `lower` or `UPPER` when the word is consistently cased, null when mixed. */
export function casingOf(word: string): 'lower' | 'upper' | null {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return null;
}

/** A single-line replacement edit. Columns are 1-based, end exclusive. */
export function replaceOnLine(line: number, column: number, endColumn: number, text: string): Fix['edits'][number] {
  return { line, column, endLine: line, endColumn, text };
}
