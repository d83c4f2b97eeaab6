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
  /**
   * Where the first fragment came from; pieces after it (continuation lines) in `more`.
   * Most instructions are one line: no array and no piece object for them.
   */
  private firstSource = -1;
  private more: Piece[] | null = null;

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
    if (this.firstSource < 0) this.firstSource = sourceOffset;
    else (this.more ??= []).push({ logical: this.text.length, source: sourceOffset, length: fragment.length });
    this.text += fragment;
  }

  /** Source offset of a logical offset (the end of the text maps just past the last piece). */
  toSource(offset: number): number {
    if (this.firstSource < 0) return this.anchor;
    const pieces = this.more;
    // Before the second piece (or without one): in the first, which starts at logical 0.
    if (pieces === null || offset < pieces[0].logical) {
      const firstLength = pieces === null ? this.text.length : pieces[0].logical;
      return this.firstSource + Math.min(offset, firstLength);
    }
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
