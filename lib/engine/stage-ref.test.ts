import { describe, expect, it } from 'vitest';
import { analyzeWith } from '@/lib/engine/analyze';
import { fromBaseStage, fromFlagError, fromFlagStage, stageNameTable } from '@/lib/docker/stage-ref';

const stagesOf = (src: string) => analyzeWith(src, {}, []).stages;

describe('FROM <stage> (dispatchStates.addState)', () => {
  it('names an earlier stage only when written as BuildKit stores the name: lower case', () => {
    const [, lower, upper] = stagesOf('FROM alpine AS Base\nFROM base\nFROM BASE\n');
    expect(lower.baseStage).toBe(0);
    expect(upper.baseStage).toBeNull();
    expect(upper.base).toBe('BASE');
  });
  it('never names a later stage or the stage itself, and takes the latest earlier duplicate', () => {
    expect(fromBaseStage(['a', null, 'b'], 'b', 1)).toBeNull();
    expect(fromBaseStage(['a', 'a', null], 'a', 2)).toBe(1);
    expect(stagesOf('FROM a AS a\n')[0].baseStage).toBeNull();
  });
});

describe('--from=<stage> (toCommand, findStateByName, findStateByIndex)', () => {
  const table = stageNameTable(['build', null, 'Test']);
  it('matches a name in any case, and an index, among all stages', () => {
    expect(fromFlagStage(table, 'BUILD', 1)).toBe(0);
    expect(fromFlagStage(table, 'test', 0)).toBe(2);
    expect(fromFlagStage(table, '1', 0)).toBe(1);
  });
  it('is an image when no stage has the name or the index is past the last stage; never the stage itself', () => {
    expect(fromFlagStage(table, 'alpine', 0)).toBeNull();
    expect(fromFlagStage(table, '3', 0)).toBeNull();
    expect(fromFlagStage(table, 'build', 0)).toBeNull();
  });
  it('makes a later stage a dependency that is built', () => {
    const stages = stagesOf('FROM alpine AS final\nCOPY --from=Assets /a /a\nFROM alpine AS assets\nRUN make\n');
    const analysis = analyzeWith('FROM alpine AS final\nCOPY --from=Assets /a /a\nFROM alpine AS assets\nRUN make\n', { target: 'final' }, []);
    expect(analysis.stages.map((s) => s.used)).toEqual([true, true]);
    expect(stages[0].steps[0].summary).toBe('Copies /a from stage "assets" to /a');
  });
});

describe('COPY --from errors (convert.go toCommand)', () => {
  it('an index past the last stage, or below zero, is "invalid stage index N" (strconv.Atoi forms included)', () => {
    expect(fromFlagError('2', 2, '\\')).toBe('invalid stage index 2');
    expect(fromFlagError('-1', 2, '\\')).toBe('invalid stage index -1');
    expect(fromFlagError('+05', 2, '\\')).toBe('invalid stage index 5');
    expect(fromFlagError('1', 2, '\\')).toBeNull();
    expect(fromFlagError('01', 2, '\\')).toBeNull();
  });

  it('a variable is refused (lexed with an empty environment, the word must not change)', () => {
    expect(fromFlagError('$STAGE', 2, '\\')).toBe(
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    );
    expect(fromFlagError('build', 2, '\\')).toBeNull();
    expect(fromFlagError('alpine:3.20', 2, '\\')).toBeNull();
  });

  it('+1 and 01 name stage 1 like 1 does', () => {
    const table = stageNameTable(['a', 'b']);
    expect(fromFlagStage(table, '+1', 0)).toBe(1);
    expect(fromFlagStage(table, '01', 0)).toBe(1);
  });
});
