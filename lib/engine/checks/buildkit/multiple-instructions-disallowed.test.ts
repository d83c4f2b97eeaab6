import { describe, expect, it } from 'vitest';
import { multipleInstructionsDisallowed } from './multiple-instructions-disallowed';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'MultipleInstructionsDisallowed';
const message = (name: string) =>
  `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`;
const check = (src: string) => runCheck(multipleInstructionsDisallowed, src);

// Ported from BuildKit's testMultipleInstructionsDisallowed.
describe('MultipleInstructionsDisallowed', () => {
  it('marks the earlier of two CMD, ENTRYPOINT and HEALTHCHECK', () => {
    const src = [
      '',
      'FROM scratch',
      'ENTRYPOINT ["/myapp"]',
      'ENTRYPOINT ["/myotherapp"]',
      'CMD ["/myapp"]',
      'CMD ["/myotherapp"]',
      'HEALTHCHECK CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myotherapp"]',
      '',
    ].join('\n');
    const found = check(src);
    expectWarnings(found, RULE, [
      [3, message('ENTRYPOINT')],
      [5, message('CMD')],
      [7, message('HEALTHCHECK')],
    ]);
    expect(found.find((d) => d.line === 3)).toMatchObject({ column: 1, endLine: 3, endColumn: 22 });
  });

  it('still warns when other instructions, heredocs included, come between', () => {
    const src = [
      '',
      'FROM scratch',
      'ENTRYPOINT ["/myapp"]',
      'CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myapp"]',
      'COPY <<EOF /a.txt',
      'Hello, World!',
      'EOF',
      'ENTRYPOINT ["/myotherapp"]',
      'CMD ["/myotherapp"]',
      'HEALTHCHECK CMD ["/myotherapp"]',
      '',
    ].join('\n');
    expectWarnings(check(src), RULE, [
      [3, message('ENTRYPOINT')],
      [4, message('CMD')],
      [5, message('HEALTHCHECK')],
    ]);
  });

  it('is silent when a child stage overrides its parent', () => {
    const src = [
      '',
      'FROM scratch AS a',
      'ENTRYPOINT ["/myapp"]',
      'CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myapp"]',
      '',
      'FROM a AS b',
      'ENTRYPOINT ["/myotherapp"]',
      'CMD ["/myotherapp"]',
      'HEALTHCHECK CMD ["/myotherapp"]',
      '',
    ].join('\n');
    expect(check(src)).toEqual([]);
  });

  it('marks every overridden one, naming the instruction as the later one writes it', () => {
    expectWarnings(check('FROM alpine\ncmd a\nCMD b\ncmd c\n'), RULE, [
      [2, message('CMD')],
      [3, message('cmd')],
    ]);
  });

  it('marks the whole earlier instruction, continuation lines included', () => {
    const src = 'FROM alpine\nCMD ["node", \\\n     "app.js"]\nCMD ["node", "other.js"]\n';
    const found = check(src);
    expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([[2, 1, 3, 15]]);
  });
});
