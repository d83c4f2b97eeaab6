import { describe, expect, it } from 'vitest';
import { stageNameCasing } from './stage-name-casing';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'StageNameCasing';

describe('StageNameCasing', () => {
  it('warns on a stage name with uppercase letters (BuildKit testStageName)', () => {
    const src = `
# warning: stage name should be lowercase
#
FROM scratch AS BadStageName

# warning: 'as' should match 'FROM' cmd casing.
#
FROM scratch as base2

FROM scratch AS base3
`;
    const found = runCheck(stageNameCasing, src);
    expectWarnings(found, RULE, [[4, "Stage name 'BadStageName' should be lowercase"]]);
    expect(found[0]).toMatchObject({ line: 4, column: 1, endLine: 4, endColumn: 29, severity: 'warning' });
  });

  it('is silent for lowercase names and unnamed stages', () => {
    expect(runCheck(stageNameCasing, 'FROM alpine AS build\nFROM build\nFROM scratch\n')).toEqual([]);
  });

  it('still warns for a FROM before a parse error, as BuildKit does while parsing (testWarningsBeforeError)', () => {
    const src = '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\nFROM scratch AS Later\n';
    expectWarnings(runCheck(stageNameCasing, src), RULE, [[2, "Stage name 'BadStageName' should be lowercase"]]);
  });

  it('offers to lowercase the name', () => {
    const src = 'FROM node:20 AS Builder\nRUN true\n';
    const [d] = runCheck(stageNameCasing, src);
    expect(applyFix(src, d)).toBe('FROM node:20 AS builder\nRUN true\n');
  });
  it('warns even when the name is invalid, because BuildKit checks before parsing FROM', () => {
    expectWarnings(runCheck(stageNameCasing, 'FROM alpine AS 1St\nFROM alpine AS Next\n'), RULE, [
      [1, "Stage name '1St' should be lowercase"],
    ]);
  });
});
