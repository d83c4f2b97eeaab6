/**
 * Variable resolution as BuildKit dispatches it (moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go: dispatchEnv and dispatchArg both call
 * d.state.AddEnv; dispatchState.init; the Config.Env loop in toDispatchState).
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from './analyze';

function lastEnv(text: string, stage = -1): Record<string, string> {
  const stages = analyzeWith(text, {}, []).stages;
  const steps = stages.at(stage)?.steps ?? [];
  return steps[steps.length - 1].config.env;
}

describe('stage variables', () => {
  it('ENV A=1 then ARG A=2: later words see "2" (the ARG is the last to set A); the image keeps A=1', () => {
    expect(lastEnv('FROM alpine\nENV A=1\nARG A=2\nENV B=$A\n')).toEqual({ A: '1', B: '2' });
  });

  it('ARG A=2 then ENV A=1: later words see "1"', () => {
    expect(lastEnv('FROM alpine\nARG A=2\nENV A=1\nENV B=$A\n')).toEqual({ A: '1', B: '1' });
  });

  it('an ARG without a value does not replace the ENV value', () => {
    expect(lastEnv('FROM alpine\nENV A=1\nARG A\nENV B=$A\n')).toEqual({ A: '1', B: '1' });
  });

  it("a stage FROM another stage inherits its ARGs and their values, and the parent's ENV wins again over a parent ARG", () => {
    const text = 'FROM alpine AS parent\nARG V=7\nENV A=1\nARG A=2\nFROM parent\nENV X=$V Y=$A\n';
    expect(lastEnv(text)).toEqual({ A: '1', X: '7', Y: '1' });
  });

  it('global ARG defaults see the predefined platform ARGs (defaultArgs)', () => {
    const stages = analyzeWith('ARG IMAGE=alpine:$TARGETARCH\nFROM $IMAGE\n', {}, []).stages;
    expect(stages[0].base).toBe('alpine:amd64');
  });

  it('a global ARG declared again without a value keeps its value (buildMetaArgs)', () => {
    const stages = analyzeWith('ARG IMAGE=alpine\nARG IMAGE\nFROM $IMAGE\n', {}, []).stages;
    expect(stages[0].base).toBe('alpine');
  });
});
