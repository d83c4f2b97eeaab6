/**
 * Layers and config, as the "Layers and config" section, BuildKit's dispatchers
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go) and the Dockerfile reference
 * (https://docs.docker.com/reference/dockerfile/) describe them. Rules are run without any
 * rule set (analyzeWith(..., [])): this is the engine core alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from './analyze';
import type { AnalyzeOptions, Stage, Step } from './types';

const run = (src: string, options: AnalyzeOptions = {}) => analyzeWith(src, options, []);
const stepsOf = (src: string, options: AnalyzeOptions = {}, stage = -1): Step[] => {
  const stages = run(src, options).stages;
  return stages[stage < 0 ? stages.length - 1 : stage].steps;
};
const last = (src: string, options: AnalyzeOptions = {}) => stepsOf(src, options).at(-1)!;
const layers = (src: string) => stepsOf(src).map((s) => [s.keyword, s.createsLayer]);

describe('which steps create a layer', () => {
  it('RUN, COPY and ADD always do, even a no-op RUN', () => {
    expect(layers('FROM alpine\nRUN true\nCOPY a b\nADD c d\nRUN ["true"]\n')).toEqual([
      ['RUN', true], ['COPY', true], ['ADD', true], ['RUN', true],
    ]);
  });
  it('WORKDIR does unless the resolved path is /', () => {
    expect(layers('FROM alpine\nWORKDIR /\nWORKDIR /tmp\nWORKDIR /app/..\nWORKDIR app\n')).toEqual([
      ['WORKDIR', false], ['WORKDIR', true], ['WORKDIR', false], ['WORKDIR', true],
    ]);
  });
  it('WORKDIR through a variable that resolves to / adds no layer', () => {
    expect(layers('FROM alpine\nENV ROOT=/\nWORKDIR $ROOT\n')).toEqual([['ENV', false], ['WORKDIR', false]]);
  });
  it('config instructions change only the config', () => {
    const src = `FROM alpine
ENV A=1
LABEL b=2
ARG C=3
EXPOSE 80
USER app
VOLUME /data
STOPSIGNAL SIGINT
SHELL ["/bin/bash", "-c"]
HEALTHCHECK CMD true
CMD ["x"]
ENTRYPOINT ["y"]
MAINTAINER me
`;
    const steps = stepsOf(src);
    expect(steps.map((s) => s.keyword)).toEqual([
      'ENV', 'LABEL', 'ARG', 'EXPOSE', 'USER', 'VOLUME', 'STOPSIGNAL', 'SHELL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'MAINTAINER',
    ]);
    expect(steps.every((s) => !s.createsLayer && s.history === true)).toBe(true);
  });
  it('ONBUILD is a step with no layer and no history entry', () => {
    const [step] = stepsOf('FROM alpine\nONBUILD RUN npm ci\n');
    expect(step).toMatchObject({ keyword: 'ONBUILD', createsLayer: false, history: false });
    expect(step.config.onbuild).toEqual(['RUN npm ci']);
  });
  it('global ARGs are not steps of any stage', () => {
    const analysis = run('ARG V=1\nFROM alpine:$V\nRUN true\n');
    expect(analysis.stages[0].steps.map((s) => s.keyword)).toEqual(['RUN']);
    expect(analysis.globalArgs).toEqual([{ name: 'V', value: '1', line: 1 }]);
  });
  it('steps keep line ranges, continuation included', () => {
    const [step] = stepsOf('FROM alpine\nRUN a \\\n  && b\n');
    expect([step.line, step.endLine, step.text]).toEqual([2, 3, 'RUN a   && b']);
  });
});

describe('stages and bases', () => {
  it('FROM scratch starts with PATH and workdir /', () => {
    const analysis = run('FROM scratch\nCOPY a /a\n');
    expect(analysis.stages[0].steps[0].config.env).toEqual({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' });
    expect(analysis.stages[0].steps[0].config.workdir).toBe('/');
  });
  it('an external image starts from an empty config', () => {
    const { config } = last('FROM node:20\nLABEL a=b\n');
    expect(config).toMatchObject({ workdir: '/', env: {}, cmd: null, entrypoint: null, user: '', shell: ['/bin/sh', '-c'] });
  });
  it('FROM <stage> inherits that stage’s config (case-insensitive name)', () => {
    const analysis = run('FROM alpine AS Base\nENV A=1\nWORKDIR /app\nCMD ["sh"]\nFROM base\nUSER x\n');
    const child = analysis.stages[1];
    expect(child.baseStage).toBe(0);
    expect(child.base).toBe('base');
    expect(child.steps[0].config).toMatchObject({ env: { A: '1' }, workdir: '/app', cmd: ['sh'], user: 'x' });
  });
  it('the base is resolved with global ARGs and build args', () => {
    const src = 'ARG TAG=3.19\nFROM alpine:${TAG}\n';
    expect(run(src).stages[0].base).toBe('alpine:3.19');
    expect(run(src, { buildArgs: { TAG: '3.20' } }).stages[0].base).toBe('alpine:3.20');
  });
  it('stage name, index and line', () => {
    const [a, b] = run('FROM alpine AS build\n\nFROM scratch\n').stages;
    expect([a.index, a.name, a.line, b.index, b.name, b.line]).toEqual([0, 'build', 1, 1, null, 3]);
  });
});

describe('used stages (BuildKit dependency rule)', () => {
  const src = `FROM golang AS build
RUN go build -o /out/app
FROM alpine AS tools
RUN apk add curl
FROM alpine AS cache-src
RUN true
FROM scratch AS unused
COPY x /x
FROM alpine AS base
FROM base
COPY --from=build /out/app /app
COPY --from=1 /usr/bin/curl /usr/bin/curl
RUN --mount=type=cache,from=cache-src,target=/c true
`;
  it('the last stage and what it needs through FROM, COPY --from (name or index) and RUN --mount=from', () => {
    const stages = run(src).stages;
    expect(stages.map((s) => [s.name, s.used])).toEqual([
      ['build', true], ['tools', true], ['cache-src', true], ['unused', false], ['base', true], [null, true],
    ]);
    expect(stages[3].unusedReason).toMatch(/^Not built/);
    expect(stages.filter((s) => s.used).every((s) => s.unusedReason === undefined)).toBe(true);
  });
  it('--target builds that stage and its dependencies only', () => {
    const analysis = run(src, { target: 'unused' });
    expect(analysis.targetStage).toBe(3);
    expect(analysis.stages.map((s) => s.used)).toEqual([false, false, false, true, false, false]);
  });
  it('COPY --from an image is not a stage dependency', () => {
    const stages = run('FROM alpine AS a\nFROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n').stages;
    expect(stages.map((s) => s.used)).toEqual([false, true]);
  });
});

describe('config: variables resolved the way Docker does', () => {
  it('WORKDIR, EXPOSE, COPY destination use ENV and in-scope ARGs', () => {
    const steps = stepsOf('FROM alpine\nARG PORT=9000\nENV APP=/srv\nWORKDIR ${APP}\nEXPOSE $PORT\nCOPY src/ ./src/\n');
    expect(steps[2].config.workdir).toBe('/srv');
    expect(steps[3].config.exposedPorts).toEqual(['9000/tcp']);
    expect(steps[4].summary).toBe('Copies src/ from the build context to /srv/src/');
  });
  it('${VAR:-default} and ${VAR:+alt}', () => {
    const { config } = last('FROM alpine\nENV SET=yes\nLABEL a=${UNSET:-fallback} b=${SET:+alt} c=${UNSET:+alt} d=${SET:-x}\n');
    expect(config.labels).toEqual({ a: 'fallback', b: 'alt', c: '', d: 'yes' });
  });
  it('a global ARG is visible in a stage only once redeclared there', () => {
    const steps = stepsOf('ARG DIR=/opt\nFROM alpine\nWORKDIR /x$DIR\nARG DIR\nWORKDIR $DIR\n');
    expect(steps.map((s) => s.config.workdir)).toEqual(['/x', '/x', '/opt']);
  });
  it('build args override ARG defaults; ENV overrides ARG', () => {
    const src = 'FROM alpine\nARG V=1\nENV A=$V\nENV V=env\nLABEL v=$V\n';
    expect(last(src).config).toMatchObject({ env: { A: '1', V: 'env' }, labels: { v: 'env' } });
    expect(last(src, { buildArgs: { V: '2' } }).config.env.A).toBe('2');
  });
  it('a build arg that is not declared with ARG is not visible', () => {
    expect(last('FROM alpine\nENV A=x$V\n', { buildArgs: { V: '2' } }).config.env.A).toBe('x');
  });
  it('within one ENV the previous value is used', () => {
    const { config } = last('FROM alpine\nENV abc=hello\nENV abc=bye def=$abc\n');
    expect(config.env).toEqual({ abc: 'bye', def: 'hello' });
  });
  it('ENV and LABEL remove quotes and escapes; the legacy form takes the rest of the line', () => {
    const { config } = last('FROM alpine\nENV A="a b" B=c\\ d\nENV ONE TWO= THREE=world\nLABEL "x y"="1 2"\n');
    expect(config.env).toEqual({ A: 'a b', B: 'c d', ONE: 'TWO= THREE=world' });
    expect(config.labels).toEqual({ 'x y': '1 2' });
  });
  it('USER, VOLUME and STOPSIGNAL are expanded', () => {
    const { config } = last('FROM alpine\nARG U=app\nARG SIG=SIGINT\nUSER ${U}:${U}\nVOLUME ["/data/$U", "/logs"]\nVOLUME /cache /logs\nSTOPSIGNAL $SIG\n');
    expect(config).toMatchObject({ user: 'app:app', volumes: ['/data/app', '/logs', '/cache'], stopSignal: 'SIGINT' });
  });
  it('EXPOSE records protocols, ranges and only the container port of a mapping, without duplicates', () => {
    const { config } = last('FROM alpine\nEXPOSE 80 53/udp 8000-8002 127.0.0.1:8080:90 80/tcp\n');
    expect(config.exposedPorts).toEqual(['80/tcp', '53/udp', '8000/tcp', '8001/tcp', '8002/tcp', '90/tcp']);
  });
});

describe('config after each step', () => {
  it('later steps never change an earlier step’s config (shared parts are read-only)', () => {
    const steps = stepsOf('FROM alpine\nENV A=1\nLABEL l=1\nEXPOSE 80\nVOLUME /v\nONBUILD RUN x\nENV B=2\nLABEL m=2\nEXPOSE 81\nVOLUME /w\nONBUILD RUN y\n');
    expect(steps[4].config).toMatchObject({ env: { A: '1' }, labels: { l: '1' }, exposedPorts: ['80/tcp'], volumes: ['/v'], onbuild: ['RUN x'] });
    expect(steps[9].config).toMatchObject({
      env: { A: '1', B: '2' },
      labels: { l: '1', m: '2' },
      exposedPorts: ['80/tcp', '81/tcp'],
      volumes: ['/v', '/w'],
      onbuild: ['RUN x', 'RUN y'],
    });
  });
  it('a child stage does not change its parent stage’s final config', () => {
    const analysis = run('FROM alpine AS a\nENV A=1\nFROM a\nENV A=2\n');
    expect(analysis.stages[0].steps[0].config.env).toEqual({ A: '1' });
    expect(analysis.stages[1].steps[0].config.env).toEqual({ A: '2' });
  });
});

describe('config: WORKDIR', () => {
  it('a relative WORKDIR is resolved against the previous one', () => {
    const steps = stepsOf('FROM alpine\nWORKDIR /a\nWORKDIR b\nWORKDIR c\nWORKDIR ../d\n');
    expect(steps.map((s) => s.config.workdir)).toEqual(['/a', '/a/b', '/a/b/c', '/a/b/d']);
  });
  it('~ is literal (no shell expansion)', () => {
    expect(last('FROM alpine\nWORKDIR ~/app\n').config.workdir).toBe('/~/app');
  });
});

describe('config: CMD and ENTRYPOINT', () => {
  it('the last CMD wins; shell form is stored with the shell', () => {
    const steps = stepsOf('FROM alpine\nCMD ["a"]\nCMD npm start\n');
    expect(steps.map((s) => s.config.cmd)).toEqual([['a'], ['/bin/sh', '-c', 'npm start']]);
  });
  it('shell form uses the SHELL in effect', () => {
    expect(last('FROM alpine\nSHELL ["/bin/bash", "-lc"]\nENTRYPOINT exec app\n').config.entrypoint).toEqual(['/bin/bash', '-lc', 'exec app']);
  });
  it('ENTRYPOINT clears a CMD inherited from the base stage', () => {
    const src = 'FROM alpine AS base\nCMD ["sh"]\nFROM base\nENTRYPOINT ["tini", "--"]\n';
    const step = last(src);
    expect(step.config.cmd).toBeNull();
    expect(step.summary).toContain('clears the CMD inherited from the base image');
  });
  it('ENTRYPOINT keeps a CMD set earlier in the same stage (BuildKit dispatchEntrypoint)', () => {
    expect(last('FROM alpine\nCMD ["--help"]\nENTRYPOINT ["app"]\n').config).toMatchObject({ cmd: ['--help'], entrypoint: ['app'] });
  });
  it('a CMD after ENTRYPOINT is kept', () => {
    expect(last('FROM alpine AS b\nCMD ["x"]\nFROM b\nENTRYPOINT ["app"]\nCMD ["run"]\n').config).toMatchObject({ cmd: ['run'], entrypoint: ['app'] });
  });
  it('CMD [] is an empty command; ENTRYPOINT [] clears the entrypoint', () => {
    const steps = stepsOf('FROM alpine\nENTRYPOINT ["x"]\nCMD []\nENTRYPOINT []\n');
    expect(steps[1].config.cmd).toEqual([]);
    expect(steps[2].config.entrypoint).toBeNull();
  });
  it('single-quoted JSON is shell form (BuildKit parser parseMaybeJSON)', () => {
    expect(last("FROM alpine\nCMD ['python', 'main.py']\n").config.cmd).toEqual(['/bin/sh', '-c', "['python', 'main.py']"]);
  });
  it('HEALTHCHECK: NONE, exec and shell forms', () => {
    const steps = stepsOf('FROM alpine\nHEALTHCHECK CMD curl -f http://x/\nHEALTHCHECK --interval=5s CMD ["true"]\nHEALTHCHECK NONE\n');
    expect(steps.map((s) => s.config.healthcheck)).toEqual([['CMD-SHELL', 'curl -f http://x/'], ['CMD', 'true'], ['NONE']]);
  });
});

describe('summaries', () => {
  const src = `FROM alpine
WORKDIR /app
COPY src/ ./src/
EXPOSE 9000
ENV NODE_ENV=production
RUN npm ci
CMD ["node", "server.js"]
`;
  it('read as one plain sentence per step', () => {
    expect(stepsOf(src).map((s) => s.summary)).toEqual([
      'Sets the working directory to /app (creates it if missing)',
      'Copies src/ from the build context to /app/src/',
      'Records that the app listens on port 9000/tcp (documentation only; publish with docker run -p)',
      'Sets NODE_ENV=production in the environment of later instructions and of containers',
      'Runs "npm ci" with /bin/sh -c at build time and saves the changed files as a new layer',
      'Sets the default command to ["node", "server.js"] (runs when a container starts; docker run arguments replace it)',
    ]);
  });
  it('name the stage COPY --from copies from', () => {
    expect(last('FROM alpine AS build\nFROM alpine\nCOPY --from=build /out /app\n').summary).toBe('Copies /out from stage "build" to /app');
  });
  it('say when CMD is ignored by a shell-form ENTRYPOINT', () => {
    expect(last('FROM alpine\nENTRYPOINT exec app\nCMD ["x"]\n').summary).toContain('shell-form ENTRYPOINT ignores');
  });
  it('every step of a realistic file has one', () => {
    const stages: Stage[] = run(src + 'ONBUILD COPY . /\nHEALTHCHECK NONE\nVOLUME /v\nUSER u\nSTOPSIGNAL SIGINT\nLABEL a=b\nARG X\nSHELL ["sh","-c"]\nADD https://example.com/x /x\n').stages;
    for (const step of stages[0].steps) expect(step.summary, step.text).toMatch(/^[A-Z][^\n]+[^.]$/);
  });
});

describe("variables the base image sets (the engine cannot pull it, so it shows ${NAME} instead of a value)", () => {
  it('shows ${NAME} for a variable a known official image sets, and an empty value for one it does not', () => {
    const step = last('FROM python:3.12-slim\nENV V=$PYTHON_VERSION X=$NOPE\n');
    expect(step.config.env).toEqual({ V: '${PYTHON_VERSION}', X: '' });
    expect(step.summary).toBe(
      'Sets V=${PYTHON_VERSION} and X= in the environment of later instructions and of containers. ${PYTHON_VERSION} stands for the value the base image sets, if any: Docker reads it from the image when it builds, and Layerwise cannot pull the image to show it',
    );
  });

  it('keeps the image PATH in ENV PATH=$PATH:... rather than dropping it', () => {
    expect(last('FROM alpine\nENV PATH=$PATH:/app\n').config.env).toEqual({ PATH: '${PATH}:/app' });
    expect(last('FROM node:20\nWORKDIR /opt/$NODE_VERSION\n').config.workdir).toBe('/opt/${NODE_VERSION}');
  });

  it('uses the value the Dockerfile set, and knows scratch has only PATH', () => {
    const own = last('FROM python:3.12\nENV PYTHON_VERSION=1\nENV V=$PYTHON_VERSION\n');
    expect(own.config.env.V).toBe('1');
    expect(own.summary).not.toContain('base image');
    const scratch = last('FROM scratch\nENV P=$PATH Q=$NOPE\n');
    expect(scratch.config.env.P).toBe('/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(scratch.config.env.Q).toBe('');
    expect(scratch.summary).not.toContain('base image');
  });

  it('uses the image values when the caller knows them (the simulated build), without the note', () => {
    const steps = stepsOf('FROM python:3.12-slim\nENV V=$PYTHON_VERSION X=$NOPE\n', { baseImageEnv: (image) => (image === 'python:3.12-slim' ? { PYTHON_VERSION: '3.12.1' } : null) });
    expect(steps[0].config.env).toEqual({ V: '3.12.1', X: '' });
    expect(steps[0].summary).not.toContain('base image');
  });

  it('treats any variable as possibly set by an image it knows nothing about, also in stages built FROM that stage', () => {
    const src = 'FROM mycorp/base AS b\nENV X=$FOO\nFROM b\nLABEL y=$BAR x=$X\n';
    expect(last(src).config.labels).toEqual({ y: '${BAR}', x: '${FOO}' });
    expect(last(src).summary).toContain('${BAR} stands for the value the base image sets');
  });
});

describe('base image variables in a long line', () => {
  it('names a few in the summary and counts the rest', () => {
    const refs = Array.from({ length: 6 }, (_, i) => `K${i}=$V${i}`).join(' ');
    const step = last(`FROM mycorp/base\nENV ${refs}\n`);
    expect(step.config.env.K5).toBe('${V5}');
    expect(step.summary).toContain('${V0}, ${V1}, ${V2}, ${V3} and 2 more stand for the values the base image sets');
  });
});
