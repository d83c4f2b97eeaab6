import { describe, expect, it } from 'vitest';
import { duplicateStageName } from './duplicate-stage-name';
import { expectWarnings, runCheck } from './test-support';

describe('DuplicateStageName', () => {
  it('marks the second FROM with the same name (BuildKit testDuplicateStageName)', () => {
    const found = runCheck(duplicateStageName, '\nFROM scratch AS b\nFROM scratch AS b\n');
    expectWarnings(found, 'DuplicateStageName', [[3, 'Duplicate stage name "b", stage names should be unique']]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 18 });
  });

  it('compares names case-insensitively, as BuildKit lowercases them', () => {
    expectWarnings(runCheck(duplicateStageName, 'FROM alpine AS Build\nFROM alpine AS build\n'), 'DuplicateStageName', [
      [2, 'Duplicate stage name "build", stage names should be unique'],
    ]);
  });

  it('is silent for distinct names', () => {
    expect(runCheck(duplicateStageName, '\nFROM scratch AS b1\nFROM scratch AS b2\n')).toEqual([]);
  });
});
