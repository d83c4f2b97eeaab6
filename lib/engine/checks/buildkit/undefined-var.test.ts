import { describe, expect, it } from 'vitest';
import { undefinedVar } from './undefined-var';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'UndefinedVar';
const check = (src: string, buildArgs?: Record<string, string>) => runCheck(undefinedVar, src, { buildArgs });

describe('UndefinedVar', () => {
  // Ported from BuildKit's testUnmatchedVars.
  it('is silent for a declared ARG, even without a value', () => {
    expect(check('\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n')).toEqual([]);
  });

  it('inherits ARGs from the stage it is built from', () => {
    expect(check('\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n')).toEqual([]);
  });

  it('leaves RUN commands to the shell, and knows PATH', () => {
    expect(check('\nFROM alpine\nRUN echo $PATH\n')).toEqual([]);
    expect(check('FROM alpine\nRUN echo $NOT_DEFINED\nCMD echo $ALSO_NOT\n')).toEqual([]);
  });

  it('warns when the variable is used before its ARG', () => {
    const found = check('\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n');
    expectWarnings(found, RULE, [[3, "Usage of undefined variable '$foo'"]]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 12 });
  });

  it('suggests a close name', () => {
    const src = '\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n';
    expectWarnings(check(src), RULE, [[6, "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"]]);
    expectWarnings(check('\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n'), RULE, [
      [3, "Usage of undefined variable '$PAHT' (did you mean $PATH?)"],
    ]);
  });

  it('checks every stage, like docker build --check (BuildKit testAllTargetUnmarshal)', () => {
    const src = '\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n';
    expectWarnings(check(src), RULE, [
      [3, "Usage of undefined variable '$foo'"],
      [6, "Usage of undefined variable '$bar'"],
    ]);
  });

  it('does not see global ARGs inside a stage unless redeclared', () => {
    expectWarnings(check('ARG VERSION=1.0\nFROM alpine\nLABEL version=$VERSION\n'), RULE, [
      [3, "Usage of undefined variable '$VERSION'"],
    ]);
    expect(check('ARG VERSION=1.0\nFROM alpine\nARG VERSION\nLABEL version=$VERSION\n')).toEqual([]);
  });

  it('needs ARG for the predefined platform variables inside a stage', () => {
    expectWarnings(check('FROM alpine\nCOPY bin/$TARGETARCH/app /app\n'), RULE, [
      [2, "Usage of undefined variable '$TARGETARCH'"],
    ]);
    expect(check('FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n')).toEqual([]);
  });

  it('expands each ENV word with the environment from before the instruction', () => {
    expectWarnings(check('FROM alpine\nENV A=1 B=$A\n'), RULE, [[2, "Usage of undefined variable '$A'"]]);
    expect(check('FROM alpine\nENV A=1\nENV B=$A\n')).toEqual([]);
  });

  it('lets a later ARG default use an earlier one in the same instruction', () => {
    expect(check('FROM alpine\nARG A=1 B=$A\nLABEL b=$B\n')).toEqual([]);
  });

  it('reports variables in defaults of ${...} forms too', () => {
    expectWarnings(check('FROM alpine\nWORKDIR ${APP_DIR:-/app}\n'), RULE, [[2, "Usage of undefined variable '$APP_DIR'"]]);
  });

  it('ignores escaped and single-quoted dollars', () => {
    expect(check("FROM alpine\nLABEL price=\\$5 note='$NOT_A_VAR'\n")).toEqual([]);
  });

  it('checks expandable COPY heredocs but not quoted ones', () => {
    expectWarnings(check('FROM alpine\nCOPY <<EOF /greeting\nhello $NAME\nEOF\n'), RULE, [
      [2, "Usage of undefined variable '$NAME'"],
    ]);
    expect(check("FROM alpine\nCOPY <<'EOF' /greeting\nhello $NAME\nEOF\n")).toEqual([]);
  });

  it('knows the environment of common official images', () => {
    expect(check('FROM node:20-alpine\nLABEL node=$NODE_VERSION\n')).toEqual([]);
    expect(check('FROM python:3.12-slim\nLABEL py=$PYTHON_VERSION\n')).toEqual([]);
    expectWarnings(check('FROM node:20-alpine\nLABEL node=$NODE_VERSON\n'), RULE, [
      [2, "Usage of undefined variable '$NODE_VERSON' (did you mean $NODE_VERSION?)"],
    ]);
  });

  it('stays silent for images whose environment it cannot know', () => {
    expect(check('FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR $DOTNET_ROOT\n')).toEqual([]);
    expect(check('FROM eclipse-temurin:21\nCOPY app.jar $JAVA_HOME/app.jar\n')).toEqual([]);
  });

  it('reports each variable once per instruction', () => {
    expectWarnings(check('FROM alpine\nCOPY $SRC $SRC/\n'), RULE, [[2, "Usage of undefined variable '$SRC'"]]);
  });

  it('inherits ENV from the stage it is built from, but not from other stages', () => {
    expect(check('FROM alpine AS base\nENV APP=/app\nFROM base\nWORKDIR $APP\n')).toEqual([]);
    expectWarnings(check('FROM alpine AS base\nENV APP=/app\nFROM alpine\nWORKDIR $APP\n'), RULE, [
      [4, "Usage of undefined variable '$APP'"],
    ]);
  });

  it('does not expand an ARG default that a --build-arg replaces', () => {
    expect(check('FROM alpine\nARG DIR=$NOPE\n', { DIR: '/srv' })).toEqual([]);
    expectWarnings(check('FROM alpine\nARG DIR=$NOPE\n'), RULE, [[2, "Usage of undefined variable '$NOPE'"]]);
  });

  it('checks RUN --mount options, which BuildKit expands', () => {
    expectWarnings(check('FROM alpine\nRUN --mount=type=cache,target=$CACHE_DIR make\n'), RULE, [
      [2, "Usage of undefined variable '$CACHE_DIR'"],
    ]);
  });
});
