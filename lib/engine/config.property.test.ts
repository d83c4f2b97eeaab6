/**
 * The config of every step, as the engine builds it with structure shared between steps,
 * equals the one the straightforward oracle builds by copying everything at each step
 * (test-support/reference-configs.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWith } from './analyze';
import { referenceConfigs } from './test-support/reference-configs';
import type { ImageConfig } from './types';

const name = fc.constantFrom('A', 'B', 'PATH', 'app_dir', 'TARGETARCH', '1');
const ref = name.chain((n) => fc.constantFrom(`$${n}`, `\${${n}}`, `\${${n}:-d}`, `\${${n}:+s}`, `"$${n} x"`));
const value = fc.oneof(fc.constantFrom('x', '/srv', 'two\\ words', '"q w"', "'$A'", '80', '53/udp', '8000-8002', '', '..'), ref);
const word = fc.array(value, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const pairs = (sep: string) => fc.array(fc.tuple(name, word), { minLength: 1, maxLength: 3 }).map((ps) => ps.map(([k, v]) => `${k}${sep}${v}`).join(' '));
const stageName = fc.constantFrom('base', 'Base', 'build', 'BUILD');

const instruction = fc.oneof(
  pairs('=').map((p) => `ENV ${p}`),
  fc.tuple(name, word).map(([k, v]) => `ENV ${k} ${v}`),
  pairs('=').map((p) => `LABEL ${p}`),
  fc.oneof(name, pairs('=')).map((p) => `ARG ${p}`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `EXPOSE ${ws.join(' ')}`),
  fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => `VOLUME ${ws.join(' ')}`),
  word.map((w) => `WORKDIR ${w}`),
  word.map((w) => `USER ${w}`),
  word.map((w) => `STOPSIGNAL ${w}`),
  fc.constantFrom('CMD ["run"]', 'CMD run $A', 'CMD []', 'ENTRYPOINT ["app"]', 'ENTRYPOINT app', 'ENTRYPOINT []'),
  fc.constantFrom('SHELL ["/bin/bash", "-c"]', 'HEALTHCHECK NONE', 'HEALTHCHECK CMD curl x', 'HEALTHCHECK CMD ["true"]'),
  fc.constantFrom('ONBUILD RUN make', 'ONBUILD COPY . /src', 'RUN true', 'COPY a $A/', 'MAINTAINER me', 'NOPE x'),
);

const from = fc.tuple(fc.constantFrom('alpine', 'scratch', '$IMAGE', 'base', 'BUILD', 'build'), fc.option(stageName, { nil: undefined })).map(
  ([image, as]) => `FROM ${image}${as ? ` AS ${as}` : ''}`,
);
const stage = fc.tuple(from, fc.array(instruction, { maxLength: 12 })).map(([f, body]) => [f, ...body].join('\n'));
const dockerfile = fc
  .tuple(fc.array(fc.constantFrom('ARG IMAGE=base', 'ARG A=g', 'ARG TARGETARCH'), { maxLength: 2 }), fc.array(stage, { minLength: 1, maxLength: 4 }))
  .map(([globals, stages]) => [...globals, ...stages].join('\n') + '\n');

/** The config as plain data, with the key order of env and labels (Docker's Env list is ordered). */
function plain(c: ImageConfig): unknown {
  return { ...JSON.parse(JSON.stringify(c)), envOrder: Object.keys(c.env), labelOrder: Object.keys(c.labels) };
}

describe('step configs', () => {
  it('equal the straightforward reference implementation on random Dockerfiles', () => {
    fc.assert(
      fc.property(dockerfile, fc.boolean(), (text, withBuildArg) => {
        const buildArgs: Record<string, string> = withBuildArg ? { A: 'from-cli', IMAGE: 'alpine' } : {};
        const engine = analyzeWith(text, { buildArgs }, []).stages.map((s) => s.steps.map((step) => plain(step.config)));
        const reference = referenceConfigs(text, buildArgs).map((configs) => configs.map(plain));
        expect(engine).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });

  it('share the environment object between steps that do not change it', () => {
    const steps = analyzeWith('FROM alpine\nENV A=1\nRUN true\nEXPOSE 80\nENV B=2\n', {}, []).stages[0].steps;
    expect(steps[1].config.env).toBe(steps[0].config.env);
    expect(steps[2].config.env).toBe(steps[0].config.env);
    expect(steps[3].config.env).toEqual({ A: '1', B: '2' });
    expect(steps[0].config.env).toEqual({ A: '1' });
  });
});
