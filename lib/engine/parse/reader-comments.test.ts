import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { readBuildkit } from './buildkit-reader';

describe('comments and continuation lines as BuildKit collects them', () => {
  it('leaves parser directives out of the first instruction\'s comments', () => {
    const [from] = readBuildkit('# syntax=docker/dockerfile:1\n# check=skip=all\n# the base\nFROM alpine\n').instructions;
    expect(from.comments).toEqual(['the base']);
  });

  it('keeps a directive-looking comment that comes after another comment (it is no directive there)', () => {
    const [from] = readBuildkit('# hello\n# syntax=x\nFROM alpine\n').instructions;
    expect(from.comments).toEqual(['hello', 'syntax=x']);
  });

  it('drops the first character of an indented comment line before trimming, as parser.go does', () => {
    const [, run] = readBuildkit('FROM alpine\n  # indented\nRUN true\n').instructions;
    expect(run.comments).toEqual(['# indented']);
  });

  it('does not count the empty line after a final line break as an empty continuation line', () => {
    const [, run] = readBuildkit('FROM alpine\nRUN echo a \\\n').instructions;
    expect(run.emptyContinuationLines).toBeUndefined();
    expect(run.range.endLine).toBe(2);
    const codes = analyze('FROM alpine\nRUN echo a \\\n').diagnostics.map((d) => d.code);
    expect(codes).not.toContain('NoEmptyContinuation');
  });

  it('still reports a blank line inside the continuation before the end of the file', () => {
    const [, run] = readBuildkit('FROM alpine\nRUN echo a \\\n\n').instructions;
    expect(run.emptyContinuationLines).toEqual([3]);
  });
});
