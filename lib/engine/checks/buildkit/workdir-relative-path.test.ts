import { describe, expect, it } from 'vitest';
import { workdirRelativePath } from './workdir-relative-path';
import { expectWarnings, runCheck } from './test-support';

const RULE = 'WorkdirRelativePath';
const check = (src: string) => runCheck(workdirRelativePath, src);

// Ported from BuildKit's testWorkdirRelativePath.
describe('WorkdirRelativePath', () => {
  it('warns for a relative first WORKDIR', () => {
    const found = check('\nFROM scratch\nWORKDIR app/\n');
    expectWarnings(found, RULE, [[3, 'Relative workdir "app/" can have unexpected results if the base image changes']]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 13 });
  });

  it('is silent when an earlier stage in the chain set an absolute WORKDIR', () => {
    expect(check('\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n')).toEqual([]);
  });

  it('only checks the first WORKDIR of the stage', () => {
    expect(check('FROM alpine\nWORKDIR /app\nWORKDIR src\n')).toEqual([]);
    expectWarnings(check('FROM alpine\nWORKDIR app\nWORKDIR src\n'), RULE, [
      [2, 'Relative workdir "app" can have unexpected results if the base image changes'],
    ]);
  });

  it('checks the path after variable expansion', () => {
    expect(check('FROM alpine\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME\n')).toEqual([]);
    expectWarnings(check('FROM alpine\nARG DIR=app\nWORKDIR $DIR\n'), RULE, [
      [3, 'Relative workdir "app" can have unexpected results if the base image changes'],
    ]);
  });

  it('stays silent when the path depends on an environment variable of an unknown base image', () => {
    expect(check('FROM example.com/team/base\nWORKDIR $HOME_DIR\n')).toEqual([]);
  });

  it('does not inherit an absolute WORKDIR from an unrelated stage', () => {
    expectWarnings(check('FROM alpine AS a\nWORKDIR /app\nFROM alpine\nWORKDIR src\n'), RULE, [
      [4, 'Relative workdir "src" can have unexpected results if the base image changes'],
    ]);
  });

  // dockerfile2llb/convert.go: a child stage starts from the parent's LLB state (ARG values
  // included), then adds every entry of the parent's image Config.Env again, so a parent's
  // ENV wins over a parent ARG of the same name that had shadowed it in the parent.
  it("expands a child stage's variable with the parent's ENV value, not the parent ARG that shadowed it", () => {
    const src = 'FROM alpine AS base\nENV DIR=/srv/app\nARG DIR=app\nWORKDIR $DIR\nFROM base\nWORKDIR $DIR\n';
    // In the parent the ARG wins (relative "app"); the child sees Config.Env's "/srv/app".
    expectWarnings(check(src), RULE, [[4, 'Relative workdir "app" can have unexpected results if the base image changes']]);
    const child = 'FROM alpine AS base\nENV DIR=/srv/app\nARG DIR=app\nFROM base\nWORKDIR $DIR\n';
    expect(check(child)).toEqual([]);
  });

  it('keeps an ARG value in a child stage when the parent has no ENV of that name', () => {
    const src = 'FROM alpine AS base\nARG DIR=app\nFROM base\nWORKDIR $DIR\n';
    expectWarnings(check(src), RULE, [[4, 'Relative workdir "app" can have unexpected results if the base image changes']]);
  });
});
