import { describe, expect, it } from 'vitest';
import { noEmptyContinuation } from './no-empty-continuation';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'NoEmptyContinuation';

describe('NoEmptyContinuation', () => {
  it('marks the last line of a continued instruction with a blank line in it (BuildKit testNoEmptyContinuation)', () => {
    const src = `
FROM scratch
# warning: empty continuation line
COPY Dockerfile \\

.
COPY Dockerfile \\
.
`;
    const found = runCheck(noEmptyContinuation, src);
    expectWarnings(found, RULE, [[6, 'Empty continuation line']]);
    expect(found[0]).toMatchObject({ line: 6, column: 1, endLine: 6, endColumn: 2 });
  });

  it('reports once per instruction, however many blank lines it has', () => {
    const src = 'FROM alpine\nRUN echo a \\\n\n   \n  && echo b \\\n\n  && echo c\n';
    expectWarnings(runCheck(noEmptyContinuation, src), RULE, [[7, 'Empty continuation line']]);
  });

  it('does not count comment lines inside a continuation, or blank lines in a heredoc', () => {
    const src = 'FROM alpine\nRUN echo a \\\n# a comment\n  && echo b\nRUN <<EOF\necho x\n\necho y\nEOF\n';
    expect(runCheck(noEmptyContinuation, src)).toEqual([]);
  });

  it('offers to delete the blank lines', () => {
    const src = 'FROM alpine\nRUN echo a \\\n\n  && echo b\n';
    const [d] = runCheck(noEmptyContinuation, src);
    expect(applyFix(src, d)).toBe('FROM alpine\nRUN echo a \\\n  && echo b\n');
  });
  it('does not count the end of the file after a final line break as a line', () => {
    expectWarnings(runCheck(noEmptyContinuation, 'FROM alpine\nRUN echo a \\\n\n'), RULE, [[3, 'Empty continuation line']]);
    expect(runCheck(noEmptyContinuation, 'FROM alpine\nRUN echo a \\\n')).toEqual([]);
  });
});
