import { describe, expect, it } from 'vitest';
import { reservedStageName } from './reserved-stage-name';
import { expectWarnings, runCheck } from './test-support';

describe('ReservedStageName', () => {
  it('warns for stages named scratch or context (BuildKit testReservedStageName)', () => {
    const found = runCheck(reservedStageName, '\nFROM scratch AS scratch\nFROM scratch AS context\n');
    expectWarnings(found, 'ReservedStageName', [
      [2, 'Stage name should not use the same name as reserved stage "scratch"'],
      [3, 'Stage name should not use the same name as reserved stage "context"'],
    ]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 24 });
  });

  it('is silent when scratch is only the base image', () => {
    expect(runCheck(reservedStageName, '\nFROM scratch\nFROM scratch AS a\n')).toEqual([]);
  });

  it('lowercases the name first', () => {
    expectWarnings(runCheck(reservedStageName, 'FROM alpine AS Context\n'), 'ReservedStageName', [
      [1, 'Stage name should not use the same name as reserved stage "context"'],
    ]);
  });
});
