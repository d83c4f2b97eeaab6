/**
 * Positions at the edge between the engine and the editors.
 *
 * The engine and Monaco both count lines and columns from 1 with an exclusive end column, so
 * converting is a rename plus clamping: a diagnostic computed for an older text (the learner kept
 * typing while the analysis ran) must still land inside the current text. The textarea fallback
 * works with 0-based string offsets, converted here too.
 */
import type { Range } from '@/lib/engine/types';
import { clampPosition, type TextShape } from '@/lib/engine/text-positions';

export { clampPosition, offsetToPosition, positionToOffset, shapeOf, type TextShape } from '@/lib/engine/text-positions';

/** The shape of Monaco's IRange, without importing Monaco (lib/ stays framework-free). */
export interface MonacoRangeLike {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
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

