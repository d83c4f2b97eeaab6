/**
 * The build checks' stage simulation (stage-sim.ts) keeps its own record of the variables
 * before each instruction, as immutable states, because the checks ask about any point of
 * the file. The engine's steps resolve variables through lib/docker/arg-scope.ts. Both
 * must follow BuildKit's dispatchEnv/dispatchArg the same way: on random Dockerfiles, every
 * LABEL value the simulation expands equals the label the engine puts in the image config.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextFor } from './test-support';
import { simulate } from './stage-sim';

const name = fc.constantFrom('A', 'B', 'PATH', 'TARGETARCH', 'BUILDKIT_SBOM_SCAN_STAGE');
const ref = name.chain((n) => fc.constantFrom(`$${n}`, `\${${n}}`, `\${${n}:-d}`, `\${${n}:+s}`, `\${${n}-u}`));
const part = fc.oneof(fc.constantFrom('x', '/srv', '', 'a-b'), ref);
const word = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

/** One instruction; `probe` numbers the LABELs so each lands under its own key. */
const instruction = fc.oneof(
  // One to three pairs: the pairs of one ENV are all expanded against the variables from before it.
  fc.array(fc.tuple(name, word), { minLength: 1, maxLength: 3 }).map((pairs) => `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`),
  fc.tuple(name, word).map(([k, v]) => `ARG ${k}=${v}`),
  name.map((k) => `ARG ${k}`),
  word.map((w) => `LABEL probe="${w}"`),
);

const stageNames = ['s0', 's1', 's2'];
const stage = (index: number) =>
  fc.tuple(fc.constantFrom('scratch', ...stageNames.slice(0, index)), fc.array(instruction, { minLength: 1, maxLength: 10 })).map(
    ([base, body]) => [`FROM ${base} AS s${index}`, ...body, 'LABEL probe="$A|$B|$PATH|$TARGETARCH|${BUILDKIT_SBOM_SCAN_STAGE-unset}"'].join('\n'),
  );
const dockerfile = fc
  .tuple(
    fc.array(fc.constantFrom('ARG A=global', 'ARG B', 'ARG TARGETARCH', 'ARG B=${A}-b'), { maxLength: 3 }),
    fc.integer({ min: 1, max: 3 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => stage(i)))),
  )
  .map(([globals, stages]) => [...globals, ...stages].join('\n') + '\n')
  // Each LABEL gets its own key, so the final config keeps every probe.
  .map((text) => {
    let n = 0;
    return text.replace(/LABEL probe=/g, () => `LABEL probe${n++}=`);
  });

describe('the checks\' stage simulation and the engine\'s ARG/ENV scope', () => {
  it('expand every word to the same value on random Dockerfiles (ENV, ARG with and without default, global ARGs, stages FROM stages)', () => {
    fc.assert(
      fc.property(dockerfile, fc.boolean(), (text, withBuildArgs) => {
        const buildArgs: Record<string, string> = withBuildArgs ? { A: 'cli-a', TARGETARCH: 'arm64' } : {};
        const ctx = contextFor(text, { buildArgs });
        const fromEngine = new Map<string, string>();
        for (const stage of ctx.analysis.stages) {
          const last = stage.steps[stage.steps.length - 1];
          for (const [key, value] of Object.entries(last?.config.labels ?? {})) fromEngine.set(`${stage.index}:${key}`, value);
        }
        const fromSimulation = new Map<string, string | null>();
        for (const state of simulate(ctx).states) {
          if (state.line.instruction.keyword !== 'LABEL') continue;
          const [key, value] = state.expansions;
          fromSimulation.set(`${state.stage.index}:${key.result.result}`, value.result.result);
        }
        // Labels are inherited by a child stage: compare the probes each stage wrote itself.
        for (const [key, value] of fromSimulation) expect({ key, value: fromEngine.get(key) }).toEqual({ key, value });
      }),
      { numRuns: 400 },
    );
  });
});
