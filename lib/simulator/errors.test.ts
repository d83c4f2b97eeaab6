import { describe, expect, it } from 'vitest';
import { buildxError, copySourceNotFound, fakeRefId, sourceSnippet } from './errors';

const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ ./src/\nCMD ["python", "src/main.py"]\n';

describe('sourceSnippet', () => {
  it('prints the failing line with two lines around it, like BuildKit', () => {
    expect(sourceSnippet('Dockerfile', dockerfile, 3)).toBe(
      [
        'Dockerfile:3',
        '--------------------',
        '   1 |     FROM python:3.12-slim',
        '   2 |     WORKDIR /app',
        '   3 | >>> COPY src/ ./src/',
        '   4 |     CMD ["python", "src/main.py"]',
        '   5 |     ',
        '--------------------',
      ].join('\n'),
    );
  });

  it('shifts the window at the start of the file and marks every line of a range', () => {
    const out = sourceSnippet('Dockerfile', dockerfile, 1).split('\n');
    expect(out[2]).toBe('   1 | >>> FROM python:3.12-slim');
    // Go's loop counts a missing line above as a step too, so only two lines follow.
    expect(out).toHaveLength(2 + 3 + 1);
    const range = sourceSnippet('Dockerfile', 'FROM a\nRUN x \\\n  y\nCMD z\n', 2, 3).split('\n');
    expect(range.filter((l) => l.includes('>>>'))).toHaveLength(2);
  });

  it('prints nothing for a line outside the file', () => {
    expect(sourceSnippet('Dockerfile', dockerfile, 40)).toBe('');
  });
});

describe('error texts', () => {
  it('formats the missing COPY source error with a ref id', () => {
    const ref = fakeRefId('ctx');
    expect(ref).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}::[a-z2-7]{25}$/);
    expect(buildxError(copySourceNotFound(ref, '/src'))).toBe(
      `ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref ${ref}: "/src": not found`,
    );
  });
});
