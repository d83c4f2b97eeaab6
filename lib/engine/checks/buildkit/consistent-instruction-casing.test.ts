import { describe, expect, it } from 'vitest';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'ConsistentInstructionCasing';
const check = (src: string) => runCheck(consistentInstructionCasing, src);

// Ported from BuildKit's testConsistentInstructionCasing.
describe('ConsistentInstructionCasing', () => {
  it('flags a mixed-case keyword against an uppercase majority', () => {
    const src = '\n# warning\n#\nFrom scratch as base\nFROM scratch AS base2\n';
    const found = check(src);
    expectWarnings(found, RULE, [[4, "Command 'From' should match the case of the command majority (uppercase)"]]);
    expect(found[0]).toMatchObject({ line: 4, column: 1, endLine: 4, endColumn: 21 });
  });

  it('flags a lowercase keyword against an uppercase majority', () => {
    const src = '\nFROM scratch\n# warning\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n';
    expectWarnings(check(src), RULE, [[4, "Command 'copy' should match the case of the command majority (uppercase)"]]);
  });

  it('uses the lowercase majority when it is larger', () => {
    const src = '\n# warning\n#\nfrOM scratch as base\nfrom scratch as base2\n';
    expectWarnings(check(src), RULE, [[4, "Command 'frOM' should match the case of the command majority (lowercase)"]]);
    const src2 = '\nfrom scratch\n# warning\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n';
    expectWarnings(check(src2), RULE, [[4, "Command 'COPY' should match the case of the command majority (lowercase)"]]);
  });

  it('flags the FROM when the rest of the file disagrees', () => {
    const upper = '\n# warning\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n';
    expectWarnings(check(upper), RULE, [[4, "Command 'from' should match the case of the command majority (uppercase)"]]);
    const lower = '\n# warning\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n';
    expectWarnings(check(lower), RULE, [[4, "Command 'FROM' should match the case of the command majority (lowercase)"]]);
  });

  it('is silent when all keywords agree, heredoc bodies included', () => {
    expect(check('\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n')).toEqual([]);
    expect(check('\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n')).toEqual([]);
    expect(check("\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n")).toEqual([]);
  });

  it('neither counts nor checks ARGs before the first FROM', () => {
    expect(check('arg VERSION=1\narg OTHER=2\nFROM alpine\nRUN true\n')).toEqual([]);
  });

  it('treats a tie as an uppercase majority', () => {
    expectWarnings(check('from alpine\nRUN true\n'), RULE, [
      [1, "Command 'from' should match the case of the command majority (uppercase)"],
    ]);
  });

  it('is skipped when the file does not parse (BuildKit stops before this check)', () => {
    expect(check('FROM alpine\ncopy a b\nCOPY c d\nBADCMD\n')).toEqual([]);
  });

  it('offers to recase the keyword', () => {
    const src = 'FROM alpine\nrun echo hi\nRUN echo ho\n';
    const [d] = check(src);
    expect(applyFix(src, d)).toBe('FROM alpine\nRUN echo hi\nRUN echo ho\n');
  });
  it('is skipped when an instruction has invalid arguments', () => {
    expect(check('FROM alpine\ncopy a b\nCOPY c d\nENV\n')).toEqual([]);
    expect(check('FROM alpine AS 1st\ncopy a b\nCOPY c d\n')).toEqual([]);
  });
});
