import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampRange, fromMonacoRange, lineSpan, offsetToPosition, positionToOffset, shapeOf, toMonacoRange, visibleRange } from './ranges';

const text = 'FROM alpine\nRUN echo hi\n\nCMD ["sh"]';
const shape = shapeOf(text);

describe('engine <-> Monaco ranges', () => {
  it('keeps 1-based, end-exclusive positions as they are', () => {
    expect(toMonacoRange({ line: 2, column: 1, endLine: 2, endColumn: 4 })).toEqual({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 4 });
  });

  it('round-trips any range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 200 }), (line, column, extra, endColumn) => {
        const range = { line, column, endLine: line + extra, endColumn };
        expect(fromMonacoRange(toMonacoRange(range))).toEqual(range);
      }),
    );
  });

  it('clamps a range computed for an older, longer text into the current one', () => {
    expect(toMonacoRange({ line: 9, column: 3, endLine: 12, endColumn: 40 }, shape)).toEqual({ startLineNumber: 4, startColumn: 3, endLineNumber: 4, endColumn: 11 });
    expect(clampRange({ line: 2, column: 50, endLine: 2, endColumn: 60 }, shape)).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 12 });
  });

  it('never produces an end before the start, whatever the input', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10 }), fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 10 }), fc.integer({ min: -5, max: 30 }), (line, column, endLine, endColumn) => {
        const r = clampRange({ line, column, endLine, endColumn }, shape);
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.endLine).toBeLessThanOrEqual(shape.lineCount);
        expect(r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column)).toBe(true);
        expect(r.column).toBeLessThanOrEqual(shape.lineLength(r.line) + 1);
      }),
    );
  });
});

describe('visible ranges for markers', () => {
  it('widens an empty range to the rest of its line', () => {
    expect(visibleRange({ line: 2, column: 5, endLine: 2, endColumn: 5 }, shape)).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 12 });
  });
  it('marks the last character when the empty range sits at the end of a line', () => {
    expect(visibleRange({ line: 1, column: 12, endLine: 1, endColumn: 12 }, shape)).toEqual({ line: 1, column: 11, endLine: 1, endColumn: 12 });
  });
  it('leaves a range on an empty line empty (Monaco draws a squiggle there itself)', () => {
    expect(visibleRange({ line: 3, column: 1, endLine: 3, endColumn: 1 }, shape)).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 1 });
  });
  it('spans whole lines for a step', () => {
    expect(lineSpan(1, 2, shape)).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 12 });
  });
});

describe('string offsets for the textarea editor', () => {
  it('converts positions on LF, CRLF and CR texts', () => {
    expect(positionToOffset('ab\ncd', 2, 2)).toBe(4);
    expect(positionToOffset('ab\r\ncd', 2, 1)).toBe(4);
    expect(positionToOffset('ab\rcd', 2, 3)).toBe(5);
    expect(offsetToPosition('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
  });

  it('round-trips every offset that is not inside a CRLF pair', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\\'), { maxLength: 40 }).map((parts) => parts.join('')), fc.nat(), (s, n) => {
        const offset = s.length === 0 ? 0 : n % (s.length + 1);
        if (s[offset - 1] === '\r' && s[offset] === '\n') return;
        const p = offsetToPosition(s, offset);
        expect(positionToOffset(s, p.line, p.column)).toBe(offset);
      }),
    );
  });
});
