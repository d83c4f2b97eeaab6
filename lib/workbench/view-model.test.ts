import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { oneLine, planDrawing, resolveStageRef, targetAtLine, toWorkbenchModel } from './view-model';

const MULTI = `FROM golang:1.23 AS build
WORKDIR /src
# build the binary
RUN go build \\
    -o /out/app
FROM alpine AS debug
RUN apk add curl
FROM scratch
COPY --from=build /out/app /app
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/
EXPOSE 8080
ENTRYPOINT ["/app"]
`;

describe('the layer view model', () => {
  const model = toWorkbenchModel(analyze(MULTI));

  it('has one column per stage, the built one marked final, unused ones with the reason', () => {
    expect(model.stages.map((s) => [s.label, s.isFinal, s.used])).toEqual([
      ['build (stage 0)', false, true],
      ['debug (stage 1)', false, false],
      ['stage 2', true, true],
    ]);
    expect(model.stages[1].unusedReason).toMatch(/Not built/);
  });

  it('draws layer steps as layers and config steps as tags, with their summaries', () => {
    const final = model.stages[2];
    expect(final.items.map((i) => [i.keyword, i.kind])).toEqual([
      ['COPY', 'layer'],
      ['COPY', 'layer'],
      ['EXPOSE', 'config'],
      ['ENTRYPOINT', 'config'],
    ]);
    expect(final.layerCount).toBe(2);
    expect(final.items.every((i) => i.summary.length > 0)).toBe(true);
  });

  it('links COPY --from to its source stage, or marks an image source', () => {
    const [fromStage, fromImage] = model.stages[2].items;
    expect(fromStage.copyFrom).toEqual({ ref: 'build', stageIndex: 0 });
    expect(fromImage.copyFrom).toEqual({ ref: 'nginx:1.27', stageIndex: null });
  });

  it('finds the step under a line, including continuation lines, and the FROM line', () => {
    expect(targetAtLine(model, 5)).toMatchObject({ kind: 'item', item: { keyword: 'RUN', line: 4, endLine: 5 } });
    expect(targetAtLine(model, 8)).toMatchObject({ kind: 'base', stage: { index: 2 } });
    expect(targetAtLine(model, 3)).toBeNull(); // a comment between steps
    expect(targetAtLine(model, 99)).toBeNull();
  });

  it('keeps the diagnostics in file order and an outline for hovers', () => {
    const m = toWorkbenchModel(analyze('FROM alpine\nCMD["sh"]\nrun echo\n'));
    const lines = m.diagnostics.map((d) => d.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(m.instructions.map((i) => [i.keyword, i.known])).toEqual([
      ['FROM', true],
      ['CMD["SH"]', false],
      ['RUN', true],
    ]);
  });

  it('is much smaller than the analysis it comes from', () => {
    const big = ['FROM alpine'].concat(Array.from({ length: 400 }, (_, i) => (i % 2 ? `ENV K${i}=v` : `RUN echo ${i}`))).join('\n');
    const analysis = analyze(big);
    expect(JSON.stringify(toWorkbenchModel(analysis)).length * 5).toBeLessThan(JSON.stringify(analysis).length);
  });
});

describe('helpers', () => {
  it('resolves stage references like BuildKit: by name in any case or by index, never the stage itself', () => {
    const stages = [{ index: 0, name: 'Build' }, { index: 1, name: null }];
    expect(resolveStageRef(stages, 'build', 2)).toBe(0);
    expect(resolveStageRef(stages, '1', 2)).toBe(1);
    expect(resolveStageRef(stages, '1', 1)).toBeNull();
    expect(resolveStageRef(stages, 'alpine', 2)).toBeNull();
  });
  it('shortens long instructions to one line', () => {
    expect(oneLine('RUN a \\\n   b')).toBe('RUN a \\ b');
    expect(oneLine('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });
});

describe('drawing a huge Dockerfile', () => {
  const stagesSource = Array.from({ length: 60 }, (_, s) => [`FROM alpine AS s${s}`, ...Array.from({ length: 20 }, (_, i) => `RUN echo ${s}-${i}`)].join('\n')).join('\n');
  const model = toWorkbenchModel(analyze(stagesSource));

  it('draws at most the budget of blocks, always including the final stage', () => {
    const plan = planDrawing(model.stages, 400, 200);
    const blocks = plan.drawn.reduce((n, d) => n + d.limit + 1, 0);
    expect(blocks).toBeLessThanOrEqual(400);
    expect(plan.drawn.some((d) => d.stage.isFinal && d.limit === 20)).toBe(true);
    expect(plan.hiddenStages).toBe(model.stages.length - plan.drawn.length);
    expect(plan.hiddenStages).toBeGreaterThan(0);
  });

  it('draws everything when it fits', () => {
    const small = toWorkbenchModel(analyze('FROM a AS x\nRUN a\nFROM b\nCOPY --from=x / /\n'));
    expect(planDrawing(small.stages)).toEqual({ drawn: small.stages.map((stage) => ({ stage, limit: stage.items.length })), hiddenStages: 0 });
  });

  it('caps one enormous stage per stage', () => {
    const one = toWorkbenchModel(analyze(['FROM alpine', ...Array.from({ length: 500 }, (_, i) => `RUN echo ${i}`)].join('\n')));
    expect(planDrawing(one.stages, 400, 200).drawn[0].limit).toBe(200);
  });
});
