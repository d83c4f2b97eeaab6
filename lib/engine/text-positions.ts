/**
 * Positions in a text as the engine counts them: lines and columns from 1, the end column
 * exclusive, columns in UTF-16 code units (as Monaco counts them), lines split at CRLF, CR and
 * LF. Pure text arithmetic, shared by the engine (applying a fix) and the editors (lib/workbench).
 */

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

function clampNumber(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(Math.max(Math.trunc(value), min), max);
}

/** A position clamped into the text: line in 1..lineCount, column in 1..lineLength+1. */
export function clampPosition(shape: TextShape, line: number, column: number): { line: number; column: number } {
  const l = clampNumber(line, 1, Math.max(1, shape.lineCount));
  return { line: l, column: clampNumber(column, 1, shape.lineLength(l) + 1) };
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
  const o = clampNumber(offset, 0, text.length);
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
