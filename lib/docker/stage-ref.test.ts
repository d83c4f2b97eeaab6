import { describe, expect, it } from 'vitest';
import { analyzeWith } from '@/lib/engine/analyze';
import { fromBaseStage, fromFlagStage, stageNameTable } from './stage-ref';

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
