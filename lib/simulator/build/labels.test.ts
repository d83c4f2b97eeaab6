import { describe, expect, it } from 'vitest';
import { build } from './index';
import type { BuildStep } from '../types';

const labels = (steps: BuildStep[]) => steps.map((s) => s.label.replace(/@sha256:[0-9a-f]{64}/, ''));

describe('step labels and numbering (BuildKit dockerfile2llb prefixCommand)', () => {
  it('counts FROM, RUN, COPY, ADD and WORKDIR only, and leaves out the stage for one stage', () => {
    const result = build({
      dockerfile: 'FROM python:3.12-slim\nENV A=1\nWORKDIR /app\nLABEL x=y\nCOPY app.py .\nRUN python -c "print(1)"\nEXPOSE 80\nCMD ["python", "app.py"]\n',
      context: { 'app.py': 'print(1)' },
    });
    expect(result.ok).toBe(true);
    expect(labels(result.steps)).toEqual([
      '[1/4] FROM docker.io/library/python:3.12-slim',
      '[2/4] WORKDIR /app',
      '[3/4] COPY app.py .',
      '[4/4] RUN python -c "print(1)"',
    ]);
    expect(result.log).toMatch(/^#\d+ \[2\/4\] WORKDIR \/app$/m);
  });

  it('names stages in multi-stage files, uses stage-<i> for unnamed ones and does not count FROM scratch', () => {
    const result = build({
      dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod .\nRUN go build -o /hello\nFROM scratch\nCOPY --from=build /hello /hello\n',
      context: { 'go.mod': 'module x' },
    });
    expect(labels(result.steps)).toEqual([
      '[build 1/4] FROM docker.io/library/golang:1.22',
      '[build 2/4] WORKDIR /src',
      '[build 3/4] COPY go.mod .',
      '[build 4/4] RUN go build -o /hello',
      '[stage-1 1/1] COPY --from=build /hello /hello',
    ]);
  });

  it('does not count FROM <stage>, and lower-cases stage names', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20 AS Base\nRUN true\nFROM base AS prod\nCOPY app.txt .\n', context: { 'app.txt': 'x' } });
    expect(labels(result.steps)).toContain('[prod 1/1] COPY app.txt .');
    expect(labels(result.steps)).toContain('[base 2/2] RUN true');
  });

  it('pads the step number to the width of the total, as BuildKit does', () => {
    const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i}`).join('\n');
    const result = build({ dockerfile: `FROM alpine:3.20\n${runs}\n`, context: {} });
    expect(labels(result.steps)[0]).toBe('[ 1/11] FROM docker.io/library/alpine:3.20');
    expect(labels(result.steps)[10]).toBe('[11/11] RUN echo 9');
  });

  it('expands ENV and ARG values in the shown command but keeps quotes and unset variables', () => {
    const result = build({
      dockerfile: 'FROM alpine:3.20\nARG APP_VERSION=2.0\nENV DIR=/srv\nRUN echo "version $APP_VERSION" $HOME\nWORKDIR $DIR\n',
      context: {},
    });
    expect(labels(result.steps)).toEqual(['[1/3] FROM docker.io/library/alpine:3.20', '[2/3] RUN echo "version 2.0" $HOME', '[3/3] WORKDIR /srv']);
  });

  it('upper-cases a lower-case keyword and summarises a heredoc RUN', () => {
    const result = build({ dockerfile: 'from alpine:3.20\nrun <<EOF\napk add curl\necho done\nEOF\n', context: {} });
    expect(labels(result.steps)[1]).toBe('[2/2] RUN <<EOF (apk add curl...)');
  });

  it('counts WORKDIR / in N without giving it a step, as dispatchWorkdir skips it', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nWORKDIR /\nRUN true\n', context: {} });
    expect(labels(result.steps)).toEqual(['[1/3] FROM docker.io/library/alpine:3.20', '[2/3] RUN true']);
  });

  it('shows the resolved base digest in the FROM line, as BuildKit pins it', () => {
    const result = build({ dockerfile: 'FROM python:3.9\n', context: {} });
    expect(result.steps[0].label).toMatch(/^\[1\/1\] FROM docker\.io\/library\/python:3\.9@sha256:[0-9a-f]{64}$/);
  });
});
