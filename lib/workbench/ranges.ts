/**
 * Positions at the edge between the engine and the editors.
 *
 * The engine and Monaco both count lines and columns from 1 with an exclusive end column, so
 * converting is a rename plus clamping: a diagnostic computed for an older text (the learner kept
 * typing while the analysis ran) must still land inside the current text. The textarea fallback
 * works with 0-based string offsets, converted here too.
 */
import type { Range } from '@/lib/engine/types';

/** The shape of Monaco's IRange, without importing Monaco (lib/ stays framework-free). */
export interface MonacoRangeLike {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** What range conversion needs to know about a text: its line count and each line's length. */
export interface TextShape {
  lineCount: number;
  /** Length of a 1-based line, without its line break. */
  lineLength(line: number): number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Line lengths of a text, split the way Monaco and the engine split it (CRLF, CR and LF). */
export function shapeOf(text: string): TextShape {
  const lengths = text.split(LINE_BREAK).map((line) => line.length);
  return { lineCount: lengths.length, lineLength: (line) => lengths[line - 1] ?? 0 };
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(Math.max(Math.trunc(value), min), max);
}

/** A position clamped into the text: line in 1..lineCount, column in 1..lineLength+1. */
export function clampPosition(shape: TextShape, line: number, column: number): { line: number; column: number } {
  const l = clamp(line, 1, Math.max(1, shape.lineCount));
  return { line: l, column: clamp(column, 1, shape.lineLength(l) + 1) };
}

/** A Range clamped into the text, with its end never before its start. */
export function clampRange(range: Range, shape: TextShape): Range {
  const start = clampPosition(shape, range.line, range.column);
  let end = clampPosition(shape, range.endLine, range.endColumn);
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) end = start;
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Engine range -> Monaco range, clamped when the text's shape is given. */
export function toMonacoRange(range: Range, shape?: TextShape): MonacoRangeLike {
  const r = shape ? clampRange(range, shape) : range;
  return { startLineNumber: r.line, startColumn: r.column, endLineNumber: r.endLine, endColumn: r.endColumn };
}

/** Monaco range -> engine range. */
export function fromMonacoRange(range: MonacoRangeLike): Range {
  return { line: range.startLineNumber, column: range.startColumn, endLine: range.endLineNumber, endColumn: range.endColumn };
}

/**
 * A range a learner can see. An empty range (a problem "at" a position, e.g. a missing argument at
 * the end of a line) would draw nothing, so it grows to the rest of its line, or to the character
 * before it at the end of a line, or stays empty on an empty line.
 */
export function visibleRange(range: Range, shape: TextShape): Range {
  const r = clampRange(range, shape);
  if (r.line !== r.endLine || r.column !== r.endColumn) return r;
  const length = shape.lineLength(r.line);
  if (r.column <= length) return { ...r, endColumn: length + 1 };
  if (length > 0) return { ...r, column: length, endColumn: length + 1 };
  return r;
}

/** Whole lines `line..endLine` (inclusive), as a range that ends at the end of `endLine`. */
export function lineSpan(line: number, endLine: number, shape: TextShape): Range {
  const first = clampPosition(shape, line, 1).line;
  const last = Math.max(first, clampPosition(shape, endLine, 1).line);
  return { line: first, column: 1, endLine: last, endColumn: shape.lineLength(last) + 1 };
}

/** 0-based offsets of each line start, for the textarea fallback. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based position -> 0-based string offset (clamped into the text). */
export function positionToOffset(text: string, line: number, column: number): number {
  const starts = lineStarts(text);
  const shape = shapeOf(text);
  const p = clampPosition(shape, line, column);
  return starts[p.line - 1] + p.column - 1;
}

/** 0-based string offset -> 1-based position. */
export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  const o = clamp(offset, 0, text.length);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= o) low = mid;
    else high = mid - 1;
  }
  // An offset inside a CRLF pair belongs to the end of its line.
  const lineLength = shapeOf(text).lineLength(low + 1);
  return { line: low + 1, column: Math.min(o - starts[low], lineLength) + 1 };
}
