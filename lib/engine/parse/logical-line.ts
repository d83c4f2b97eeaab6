import type { Range } from '../types';
import type { SourceText } from './source';

interface Piece {
  /** Offset in the logical line. */
  logical: number;
  /** Offset in the source text. */
  source: number;
  length: number;
}

/**
 * One instruction's text after BuildKit joined its continuation lines, with a map
 * back to source offsets so ranges of words can be reported where they were written.
 */
export class LogicalLine {
  text = '';
  private readonly pieces: Piece[] = [];

  /** The line the instruction starts on: most ranges lie on it, so no search is needed for them. */
  private readonly firstLine: number;

  /** `anchor`: source offset where the instruction starts, used while the text is empty. */
  constructor(
    private readonly src: SourceText,
    private readonly anchor: number,
  ) {
    this.firstLine = src.lineIndexAt(anchor);
  }

  append(sourceOffset: number, fragment: string): void {
    if (fragment.length === 0) return;
    this.pieces.push({ logical: this.text.length, source: sourceOffset, length: fragment.length });
    this.text += fragment;
  }

  /** Source offset of a logical offset (the end of the text maps just past the last piece). */
  toSource(offset: number): number {
    const pieces = this.pieces;
    if (pieces.length === 0) return this.anchor;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].logical <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = pieces[lo];
    return piece.source + Math.min(offset - piece.logical, piece.length);
  }

  /** Source range of logical [start, end). */
  range(start: number, end: number): Range {
    const from = this.toSource(start);
    const to = end > start ? this.toSource(end - 1) + 1 : from;
    return this.src.range(from, to, this.firstLine);
  }
}
