import { describe, expect, it } from 'vitest';
import { invalidDefinitionDescription } from './invalid-definition-description';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'InvalidDefinitionDescription';
const check = (src: string) => runCheck(invalidDefinitionDescription, src);

// Ported from BuildKit's testDefinitionDescription.
describe('InvalidDefinitionDescription', () => {
  it('accepts comments that start with the ARG or stage name, and comments cut off by an empty #', () => {
    const src = [
      '# check=experimental=InvalidDefinitionDescription',
      '# foo this is the foo',
      'ARG foo=bar',
      '',
      '# base this is the base image',
      'FROM scratch AS base',
      '',
      '# version this is the version number',
      'ARG version=latest',
      '',
      '# baz this is the baz',
      'ARG foo=baz bar=qux baz=quux',
      '#',
      'ARG bit=bat',
      '',
      '# comment for something other than ARG or FROM',
      'COPY Dockerfile .',
      '',
    ].join('\n');
    expect(check(src)).toEqual([]);
  });

  it('warns for comments that do not, as a warning when the directive enables it', () => {
    const src = [
      '# check=experimental=InvalidDefinitionDescription',
      '# bar this is the bar',
      'ARG foo=bar',
      '# BasE this is the BasE image',
      'FROM scratch AS base',
      '# definitely a bad comment',
      'ARG version=latest',
      '# definitely a bad comment',
      'ARG foo=baz bar=qux baz=quux',
      '',
    ].join('\n');
    const found = check(src);
    expectWarnings(found, RULE, [
      [3, 'Comment for ARG should follow the format: `# foo <description>`'],
      [5, 'Comment for FROM should follow the format: `# base <description>`'],
      [7, 'Comment for ARG should follow the format: `# version <description>`'],
      [9, 'Comment for ARG should follow the format: `# <arg_key> <description>`'],
    ]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 12 });
  });

  it("is shown as 'info' when the experimental rule is not enabled", () => {
    const found = check('FROM alpine\n# the version we ship\nARG VERSION=1\n');
    expectWarnings(found, RULE, [[3, 'Comment for ARG should follow the format: `# VERSION <description>`']]);
    expect(found[0].severity).toBe('info');
  });

  it('does not take parser directives for descriptions', () => {
    expect(check('# syntax=docker/dockerfile:1\nFROM alpine AS build\n')).toEqual([]);
    expect(check('# syntax=docker/dockerfile:1\n# escape=`\nARG VERSION=1\n')).toEqual([]);
  });

  it('does not check unnamed stages', () => {
    expect(check('# the base image\nFROM alpine\n')).toEqual([]);
  });
  it('is not checked on a FROM that fails to parse, nor after it', () => {
    expect(check('# a stage\nFROM alpine AS 1st\n# nope\nARG X=1\n')).toEqual([]);
  });
});
