/**
 * ARG values in RUN, as BuildKit dispatches them (moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go: dispatchArg and dispatchEnv call
 * d.state.AddEnv; runCommandString lists every d.buildArgs entry with the state env's value).
 */
import { describe, expect, it } from 'vitest';
import { build } from './index';

function runHistory(dockerfile: string): string[] {
  const result = build({ dockerfile, context: {} });
  expect(result.ok, result.log).toBe(true);
  return result.image!.history.map((h) => h.createdBy).filter((c) => c.startsWith('RUN '));
}

describe('ARG and ENV in the simulator', () => {
  it('ENV A=1 then ARG A=2: RUN sees A=2, the image keeps A=1', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nENV A=1\nARG A=2\nRUN echo $A\nWORKDIR /w$A\n', context: {} });
    expect(result.ok, result.log).toBe(true);
    expect(result.image!.history.map((h) => h.createdBy)).toContain('RUN |1 A=2 /bin/sh -c echo $A # buildkit');
    expect(result.image!.config.workdir).toBe('/w2');
    expect(result.image!.config.env.A).toBe('1');
  });

  it('ARG A=2 then ENV A=1: RUN sees A=1', () => {
    expect(runHistory('FROM alpine:3.20\nARG A=2\nENV A=1\nRUN true\n')).toEqual(['RUN |1 A=1 /bin/sh -c true # buildkit']);
  });

  it('an ARG without a value is listed as NAME= (KeyValuePairOptional.ValueString)', () => {
    expect(runHistory('FROM alpine:3.20\nARG FOO\nRUN true\n')).toEqual(['RUN |1 FOO= /bin/sh -c true # buildkit']);
  });

  it('a stage FROM another stage inherits its ARGs', () => {
    expect(runHistory('FROM alpine:3.20 AS base\nARG V=7\nFROM base\nRUN true\n').at(-1)).toBe('RUN |1 V=7 /bin/sh -c true # buildkit');
  });
});
