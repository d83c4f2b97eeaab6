import { describe, expect, it } from 'vitest';
import { redundantTargetPlatform } from './redundant-target-platform';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'RedundantTargetPlatform';
const check = (src: string) => runCheck(redundantTargetPlatform, src);

// Ported from BuildKit's testRedundantTargetPlatform.
describe('RedundantTargetPlatform', () => {
  it('warns for $TARGETPLATFORM and ${TARGETPLATFORM}, quoting the flag as written', () => {
    const found = check('\nFROM --platform=$TARGETPLATFORM scratch\n');
    expectWarnings(found, RULE, [
      [2, 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior'],
    ]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 40 });
    expectWarnings(check('\nFROM --platform=${TARGETPLATFORM} scratch\n'), RULE, [
      [2, 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior'],
    ]);
  });

  it('is silent for BUILDPLATFORM, constants and combinations', () => {
    expect(check('FROM --platform=$BUILDPLATFORM golang AS build\n')).toEqual([]);
    expect(check('FROM --platform=linux/amd64 alpine\n')).toEqual([]);
    expect(check('FROM --platform=$TARGETOS/$TARGETARCH alpine\n')).toEqual([]);
    expect(check('FROM alpine\n')).toEqual([]);
  });
});
