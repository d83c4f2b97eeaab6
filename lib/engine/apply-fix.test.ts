import { describe, expect, it } from 'vitest';
import { applyFix } from './apply-fix';

describe('applying a fix to plain text', () => {
  it('inserts the missing space of CMD["python", "main.py"]', () => {
    const src = 'FROM python:3.12\nCMD["python", "main.py"]\n';
    expect(applyFix(src, { title: 'Insert a space', edits: [{ line: 2, column: 4, endLine: 2, endColumn: 4, text: ' ' }] })).toBe('FROM python:3.12\nCMD ["python", "main.py"]\n');
  });

  it('applies several edits against the original positions', () => {
    const src = 'from alpine\nrun echo hi\n';
    const fixed = applyFix(src, {
      title: 'Upper-case',
      edits: [
        { line: 1, column: 1, endLine: 1, endColumn: 5, text: 'FROM' },
        { line: 2, column: 1, endLine: 2, endColumn: 4, text: 'RUN' },
      ],
    });
    expect(fixed).toBe('FROM alpine\nRUN echo hi\n');
  });

  it('refuses overlapping edits', () => {
    expect(
      applyFix('abcdef', {
        title: 'x',
        edits: [
          { line: 1, column: 1, endLine: 1, endColumn: 4, text: 'X' },
          { line: 1, column: 3, endLine: 1, endColumn: 5, text: 'Y' },
        ],
      }),
    ).toBeNull();
  });
});
