import { describe, expect, it } from 'vitest';
import { fromAsCasing } from './from-as-casing';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'FromAsCasing';

describe('FromAsCasing', () => {
  it("warns when 'as' is lowercase after FROM (BuildKit testStageName)", () => {
    const src = `
# warning: stage name should be lowercase
#
FROM scratch AS BadStageName

# warning: 'as' should match 'FROM' cmd casing.
#
FROM scratch as base2

FROM scratch AS base3
`;
    const found = runCheck(fromAsCasing, src);
    expectWarnings(found, RULE, [[8, "'as' and 'FROM' keywords' casing do not match"]]);
    expect(found[0]).toMatchObject({ line: 8, column: 1, endLine: 8, endColumn: 22 });
  });

  it("warns when 'AS' is uppercase after from", () => {
    const src = `
# warning: 'AS' should match 'from' cmd casing.
#
from scratch AS base

from scratch as base2
`;
    expectWarnings(runCheck(fromAsCasing, src), RULE, [[4, "'AS' and 'from' keywords' casing do not match"]]);
  });

  it('leaves a mixed-case FROM to ConsistentInstructionCasing', () => {
    expect(runCheck(fromAsCasing, 'From scratch as base\nFROM scratch AS base2\n')).toEqual([]);
  });

  it('is silent without a stage name', () => {
    expect(runCheck(fromAsCasing, 'from alpine\nFROM alpine\n')).toEqual([]);
  });

  it("offers to recase 'as' to match FROM", () => {
    const src = 'FROM golang:1.22 as build\n';
    const [d] = runCheck(fromAsCasing, src);
    expect(applyFix(src, d)).toBe('FROM golang:1.22 AS build\n');
  });
});
