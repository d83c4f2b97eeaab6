/**
 * Shared helpers for the BuildKit build checks: diagnostics in the engine's shape,
 * source ranges the way BuildKit marks them, and when BuildKit stops linting.
 */
import type { CheckContext, Diagnostic, Fix, Range, Severity } from '../../types';
import { argDeclarations, keyValuePairs } from './instruction-args';
import { perAnalysis } from '../per-analysis';
import { logicalLines, restWords, type LogicalLine } from './source-scan';

/** A BuildKit check warning. `message` is BuildKit's text (kept as buildkitMessage), `note` one plain sentence for learners. */
export function buildkitDiagnostic(
  rule: string,
  range: Range,
  message: string,
  note?: string,
  fix?: Fix,
  severity: Severity = 'warning',
): Diagnostic {
  // A literal, not `{ ...range, code, ... }`: V8 (Node 20) builds a spread followed by more
  // properties on a slow path, tens of times slower, and a file can have thousands of these.
  const diagnostic: Diagnostic = {
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    code: rule,
    buildkitCheck: rule,
    buildkitMessage: message,
    severity,
    message: withNote(message, note),
  };
  if (fix) diagnostic.fix = fix;
  return diagnostic;
}

/** BuildKit's text first, unchanged, then the learner's sentence. */
export function withNote(message: string, note?: string): string {
  if (!note) return message;
  return endsSentence(message) ? `${message} ${note}` : `${message}. ${note}`;
}

/** True when the text ends in ".", "?", "!" or "?)" (a character test: this runs for every diagnostic). */
function endsSentence(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 /* . */ || last === 63 /* ? */ || last === 33 /* ! */) return true;
  return last === 41 /* ) */ && text.charCodeAt(text.length - 2) === 63;
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

/** Where BuildKit's instructions.Parse stops, if it does. */
export interface ParseStop {
  line: number;
  /** The instruction itself parsed; only its place was wrong (anything but ARG before the first FROM). */
  parsedItself: boolean;
  /** The instruction was recognised, so the checks BuildKit runs before parsing it still ran. */
  known: boolean;
}

/**
 * The first instruction BuildKit's instructions.Parse rejects: an unknown
 * instruction, one whose arguments do not parse, or anything but ARG before the
 * first FROM. Null when the whole file parses. After it, BuildKit runs no check.
 */
export const parseStop = perAnalysis((ctx): ParseStop | null => {
  let sawFrom = false;
  for (const line of logicalLines(ctx)) {
    const { instruction } = line;
    if (!instruction.known) return { line: line.startLine, parsedItself: false, known: false };
    if (rejectedByParser(line)) return { line: line.startLine, parsedItself: false, known: true };
    if (instruction.keyword === 'FROM') sawFrom = true;
    else if (!sawFrom && instruction.keyword !== 'ARG') return { line: line.startLine, parsedItself: true, known: true };
  }
  return sawFrom ? null : { line: Infinity, parsedItself: true, known: true };
});

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

/** Argument errors BuildKit's instructions/parse.go raises (the common ones). */
function rejectedByParser(line: LogicalLine): boolean {
  const { instruction, rest } = line;
  switch (instruction.keyword) {
    case 'FROM': {
      const words = restWords(line);
      if (words.length === 1) return false;
      return !(words.length === 3 && words[1].toLowerCase() === 'as' && STAGE_NAME.test(words[2].toLowerCase()));
    }
    case 'ENV':
    case 'LABEL':
      return keyValuePairs(line) === null;
    case 'ARG': {
      const args = argDeclarations(line);
      return args.length === 0 || args.some((a) => a.key === '');
    }
    case 'COPY':
    case 'ADD':
      return (instruction.json ?? restWords(line)).length < 2;
    case 'WORKDIR':
    case 'USER':
    case 'STOPSIGNAL':
    case 'MAINTAINER':
    case 'EXPOSE':
    case 'VOLUME':
    case 'ONBUILD':
      return rest === '';
    case 'SHELL':
      return instruction.json === null || instruction.json.length === 0;
    case 'HEALTHCHECK': {
      const type = restWords(line)[0]?.toUpperCase();
      return type !== 'NONE' && type !== 'CMD';
    }
    default:
      return false;
  }
}

/**
 * Instructions that BuildKit's parse-phase checks see. `beforeParsing` checks
 * (MAINTAINER, stage name casing) run on an instruction before its arguments are
 * parsed, so they also see the instruction that stops the parse, if it is known.
 */
export function parsedLines(ctx: CheckContext, phase: 'beforeParsing' | 'afterParsing'): LogicalLine[] {
  return phase === 'beforeParsing' ? linesBeforeParsing(ctx) : linesAfterParsing(ctx);
}

function linesUpToStop(ctx: CheckContext, includeStop: (stop: ParseStop) => boolean): LogicalLine[] {
  const stop = parseStop(ctx);
  if (!stop) return logicalLines(ctx);
  const withStop = includeStop(stop);
  return logicalLines(ctx).filter((l) => l.startLine < stop.line || (withStop && l.startLine === stop.line));
}

const linesBeforeParsing = perAnalysis((ctx) => linesUpToStop(ctx, (stop) => stop.known));
const linesAfterParsing = perAnalysis((ctx) => linesUpToStop(ctx, (stop) => stop.parsedItself));

/** True when the Dockerfile parses far enough for BuildKit's later checks to run. */
export function parsesCompletely(ctx: CheckContext): boolean {
  return parseStop(ctx) === null;
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
