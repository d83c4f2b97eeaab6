import type { Range } from '../types';

/**
 * Physical lines of a Dockerfile and offset -> 1-based position conversion.
 *
 * Lines end at "\r\n", "\n" or a lone "\r", the way Monaco and dockerfile-ast
 * (vscode TextDocument) count them, so every position we report lands where the
 * editor shows it. BuildKit itself only breaks on "\n" and strips trailing "\r";
 * the two agree for LF and CRLF files, which is all Docker users write.
 */
export class SourceText {
  readonly text: string;
  /** Offset where each line starts (index 0 = line 1). */
  readonly lineStarts: number[];
  /** Offset where each line's content ends (before its line break). */
  readonly lineEnds: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) {
        ends.push(i);
        starts.push(i + 1);
      } else if (ch === 13 /* \r */) {
        ends.push(i);
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Content of 0-based line `index`, without its line break. */
  lineText(index: number): string {
    return this.text.slice(this.lineStarts[index], this.lineEnds[index]);
  }

  /** Content plus line break of 0-based line `index` (heredoc bodies keep their line ends). */
  lineWithBreak(index: number): string {
    const end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    return this.text.slice(this.lineStarts[index], end);
  }

  lines(): string[] {
    const out: string[] = new Array(this.lineCount);
    for (let i = 0; i < out.length; i++) out[i] = this.lineText(i);
    return out;
  }

  /** 0-based line index holding `offset` (binary search). */
  lineIndexAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of a source offset; offsets inside a line break clamp to the line end. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const index = this.lineIndexAt(clamped);
    const column = Math.min(clamped, this.lineEnds[index]) - this.lineStarts[index];
    return { line: index + 1, column: column + 1 };
  }

  /** 0-based column of a clamped offset on 0-based line `index` (inside a line break: the line end). */
  private columnAt(index: number, clamped: number): number {
    return Math.min(clamped, this.lineEnds[index]) - this.lineStarts[index];
  }

  /**
   * Range from source offsets [start, end). Computed without position() objects: every
   * argument of every instruction gets a range, and the two objects per range were
   * garbage the collector had to walk.
   */
  /** `hint`: a line index the start is likely on (a logical line's first line); checked, not trusted. */
  range(start: number, end: number, hint = -1): Range {
    const max = this.text.length;
    const a = Math.max(0, Math.min(start, max));
    const b = Math.max(0, Math.min(Math.max(start, end), max));
    const starts = this.lineStarts;
    const lineA = hint >= 0 && starts[hint] <= a && a < (starts[hint + 1] ?? Infinity) ? hint : this.lineIndexAt(a);
    // Most ranges lie on one line: look for the end from the start's line first.
    const lineB = b < (this.lineStarts[lineA + 1] ?? Infinity) ? lineA : this.lineIndexAt(b);
    return { line: lineA + 1, column: this.columnAt(lineA, a) + 1, endLine: lineB + 1, endColumn: this.columnAt(lineB, b) + 1 };
  }

  /** Range of whole lines (0-based, inclusive), from column 1 to the end of the last line. */
  lineRange(firstIndex: number, lastIndex: number): Range {
    return {
      line: firstIndex + 1,
      column: 1,
      endLine: lastIndex + 1,
      endColumn: this.lineEnds[lastIndex] - this.lineStarts[lastIndex] + 1,
    };
  }
}
