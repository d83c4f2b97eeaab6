import { describe, expect, it } from 'vitest';
import { undefinedArgInFrom } from './undefined-arg-in-from';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'UndefinedArgInFrom';
const check = (src: string, buildArgs?: Record<string, string>) => runCheck(undefinedArgInFrom, src, { buildArgs });

// Ported from BuildKit's testUndeclaredArg.
describe('UndefinedArgInFrom', () => {
  it('is silent for declared global ARGs, with or without a default', () => {
    expect(check('\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n')).toEqual([]);
    expect(check('\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n')).toEqual([]);
    expect(check('\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n')).toEqual([]);
    expect(check('\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n')).toEqual([]);
  });

  it('knows the predefined platform ARGs, also when redeclared', () => {
    expect(check('\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n')).toEqual([]);
    expect(check('\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n')).toEqual([]);
    expect(check('FROM --platform=$TARGETOS/$TARGETARCH alpine\n')).toEqual([]);
  });

  it('warns for a misspelt platform ARG, with a suggestion', () => {
    const found = check('\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n');
    expectWarnings(found, RULE, [[2, "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"]]);
    expect(found[0]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 39 });
  });

  it('suggests a declared global ARG', () => {
    const src = '\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n';
    expectWarnings(check(src), RULE, [[4, "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)"]]);
  });

  it('warns without a suggestion when nothing is close', () => {
    const src = '\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n';
    expectWarnings(check(src), RULE, [[3, "FROM argument 'version' is not declared"]]);
  });

  it('does not count an ARG declared inside a stage', () => {
    const src = 'FROM alpine\nARG IMAGE=alpine\nFROM $IMAGE\n';
    expectWarnings(check(src), RULE, [[3, "FROM argument 'IMAGE' is not declared"]]);
  });

  it('a --build-arg does not declare the ARG', () => {
    expectWarnings(check('FROM alpine:$TAG\n', { TAG: '3.20' }), RULE, [[1, "FROM argument 'TAG' is not declared"]]);
  });
});
