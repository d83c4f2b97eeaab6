import { describe, expect, it } from 'vitest';
import { fromPlatformFlagConstDisallowed } from './from-platform-flag-const-disallowed';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'FromPlatformFlagConstDisallowed';
const check = (src: string) => runCheck(fromPlatformFlagConstDisallowed, src);

// Ported from BuildKit's testFromPlatformFlagConstDisallowed.
describe('FromPlatformFlagConstDisallowed', () => {
  it('warns for a constant platform', () => {
    const found = check('\nFROM --platform=linux/amd64 scratch\n');
    expectWarnings(found, RULE, [[2, 'FROM --platform flag should not use constant value "linux/amd64"']]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 36 });
  });

  it('is silent when the stage name mentions the architecture or the OS', () => {
    expect(check('\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n')).toEqual([]);
    expect(check('\nFROM --platform=linux/amd64 scratch AS linux\n')).toEqual([]);
  });

  it('is silent when the flag uses a variable', () => {
    expect(check('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n')).toEqual([]);
    expect(check('ARG P=linux/arm64\nFROM --platform=$P alpine\n')).toEqual([]);
  });

  it('quotes the normalised value after quote removal', () => {
    expectWarnings(check('FROM --platform="linux/arm64" alpine AS app\n'), RULE, [
      [1, 'FROM --platform flag should not use constant value "linux/arm64"'],
    ]);
  });

  it('compares the stage name with the normalised architecture', () => {
    expect(check('FROM --platform=linux/x86_64 alpine AS build-amd64\n')).toEqual([]);
  });

  it('is silent for a value that is not a platform (the build fails instead)', () => {
    expect(check('FROM --platform=not/a/valid/platform alpine\n')).toEqual([]);
  });
});
