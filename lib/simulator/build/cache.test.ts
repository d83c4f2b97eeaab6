import { describe, expect, it } from 'vitest';
import { build } from './index';
import { HELLO_WORLD_DOCKERFILE, HELLO_WORLD_NAIVE_DOCKERFILE, helloWorldProject } from '../projects';
import type { BuildCache, BuildRequest, BuildResult, VirtualFiles } from '../types';

/** Builds once to fill the cache, then builds `next` on that cache. */
function rebuild(first: BuildRequest, next: Partial<BuildRequest>): { before: BuildResult; after: BuildResult } {
  const before = build(first);
  expect(before.ok, before.log).toBe(true);
  const after = build({ ...first, ...next }, before.cache);
  expect(after.ok, after.log).toBe(true);
  return { before, after };
}

function statusOf(result: BuildResult, labelPart: string): string {
  const step = result.steps.find((s) => s.label.includes(labelPart));
  if (!step) throw new Error(`no step "${labelPart}" in ${result.steps.map((s) => s.label).join(' | ')}`);
  return step.status;
}

const executed = (result: BuildResult) => result.steps.filter((s) => s.status === 'EXECUTED').map((s) => s.label);

const withFile = (files: VirtualFiles, path: string, content: string | { content: string; mode?: string }): VirtualFiles => ({ ...files, [path]: content });

describe('the course notes cache scenario (hello_world)', () => {
  const request: BuildRequest = { dockerfile: HELLO_WORLD_DOCKERFILE, context: helloWorldProject, tags: ['hello'] };
  const edited = withFile(helloWorldProject, 'python/hello_world/main.py', 'print("edited")\n');

  it('cache-friendly order: editing main.py keeps the requirements COPY and pip install CACHED', () => {
    const { after } = rebuild(request, { context: edited });
    expect(statusOf(after, 'COPY python/hello_world/requirements.txt')).toBe('CACHED');
    expect(statusOf(after, 'RUN pip install')).toBe('CACHED');
    expect(statusOf(after, 'COPY python/hello_world ./hello_world')).toBe('EXECUTED');
    const miss = after.steps.find((s) => s.status === 'EXECUTED')!;
    expect(miss.missReason).toMatchObject({ kind: 'files-changed', files: [{ path: 'python/hello_world/main.py', change: 'modified' }] });
  });

  it('naive order: the same edit re-runs pip install', () => {
    const { after } = rebuild({ ...request, dockerfile: HELLO_WORLD_NAIVE_DOCKERFILE }, { dockerfile: HELLO_WORLD_NAIVE_DOCKERFILE, context: edited });
    expect(statusOf(after, 'COPY python/hello_world ./hello_world')).toBe('EXECUTED');
    expect(statusOf(after, 'RUN pip install')).toBe('EXECUTED');
    expect(after.steps.find((s) => s.label.includes('RUN pip'))!.missReason?.kind).toBe('previous-step');
  });

  it('a cached rebuild is faster and reports the time the cache saved', () => {
    const { before, after } = rebuild(request, { context: edited });
    expect(after.totalTime).toBeLessThan(before.totalTime);
    const pip = after.steps.find((s) => s.label.includes('RUN pip'))!;
    expect(pip.duration).toBe(0);
    expect(after.savedTime).toBeGreaterThanOrEqual(pip.executeDuration);
    expect(pip.executeDuration).toBeGreaterThan(5);
  });
});

describe('COPY cache keys: content and mode of the selected files (BuildKit hashes content and mode, not mtime)', () => {
  const base: BuildRequest = { dockerfile: 'FROM alpine:3.20\nCOPY . /app\nRUN ls /app\n', context: { 'run.sh': 'echo hi\n', 'notes.md': 'x' } };

  it('an unchanged rebuild is fully CACHED', () => {
    const { after } = rebuild(base, {});
    expect(executed(after)).toEqual([]);
  });

  it('a chmod misses the cache, and says why', () => {
    const { after } = rebuild(base, { context: withFile(base.context, 'run.sh', { content: 'echo hi\n', mode: '0755' }) });
    expect(statusOf(after, 'COPY . /app')).toBe('EXECUTED');
    expect(after.steps.find((s) => s.label.includes('COPY'))!.missReason).toMatchObject({ kind: 'files-changed', files: [{ path: 'run.sh', change: 'mode' }] });
  });

  it('a new file in a copied directory misses the cache', () => {
    const { after } = rebuild(base, { context: withFile(base.context, 'extra.txt', '') });
    expect(after.steps.find((s) => s.label.includes('COPY'))!.missReason?.files).toEqual([{ path: 'extra.txt', change: 'added' }]);
  });

  it('the Dockerfile is part of the context: editing only CMD makes COPY . . miss', () => {
    const request: BuildRequest = { dockerfile: 'FROM alpine:3.20\nCOPY . .\nCMD ["sh"]\n', context: { 'a.txt': 'a' } };
    const { after } = rebuild(request, { dockerfile: 'FROM alpine:3.20\nCOPY . .\nCMD ["sh", "-c", "ls"]\n' });
    expect(statusOf(after, 'COPY . .')).toBe('EXECUTED');
    expect(after.steps.find((s) => s.label.includes('COPY'))!.missReason?.files).toEqual([{ path: 'Dockerfile', change: 'modified' }]);
  });

  it('... unless .dockerignore lists the Dockerfile', () => {
    const context = { 'a.txt': 'a', '.dockerignore': 'Dockerfile\n' };
    const request: BuildRequest = { dockerfile: 'FROM alpine:3.20\nCOPY . .\nCMD ["sh"]\n', context };
    const { after } = rebuild(request, { dockerfile: 'FROM alpine:3.20\nCOPY . .\nCMD ["sh", "-c", "ls"]\n' });
    expect(statusOf(after, 'COPY . .')).toBe('CACHED');
  });

  it('editing a file that .dockerignore excludes changes nothing', () => {
    const context = { 'app.py': 'x', 'notes.md': 'a', '.dockerignore': '*.md\n' };
    const { after } = rebuild({ dockerfile: 'FROM alpine:3.20\nCOPY . .\n', context }, { context: { ...context, 'notes.md': 'b' } });
    expect(executed(after)).toEqual([]);
  });

  it('<Dockerfile>.dockerignore next to the Dockerfile replaces the root .dockerignore', () => {
    const context = {
      'app.py': 'x',
      'secret.txt': 's',
      '.dockerignore': 'app.py\n',
      'docker/Dockerfile.dockerignore': 'secret.txt\n',
    };
    const result = build({ dockerfile: 'FROM alpine:3.20\nCOPY app.py /app.py\n', dockerfilePath: 'docker/Dockerfile', context });
    expect(result.ok, result.log).toBe(true);
    const blocked = build({ dockerfile: 'FROM alpine:3.20\nCOPY secret.txt /s\n', dockerfilePath: 'docker/Dockerfile', context });
    expect(blocked.error).toContain('"/secret.txt": not found');
  });
});

describe('RUN cache keys: command, environment, workdir, user', () => {
  const dockerfile = (env: string) => `FROM alpine:3.20\nRUN echo first\nENV MODE=${env}\nCOPY a.txt /a.txt\nRUN echo second\n`;

  it('editing an ENV value re-runs the next RUN but not the COPY between them', () => {
    const { after } = rebuild({ dockerfile: dockerfile('dev'), context: { 'a.txt': 'a' } }, { dockerfile: dockerfile('prod') });
    expect(statusOf(after, 'RUN echo first')).toBe('CACHED');
    expect(statusOf(after, 'COPY a.txt')).toBe('CACHED');
    expect(statusOf(after, 'RUN echo second')).toBe('EXECUTED');
    expect(after.steps.find((s) => s.label.includes('echo second'))!.missReason).toMatchObject({ kind: 'env-changed', name: 'MODE' });
  });

  it('changing the command misses, and reverting it is CACHED again', () => {
    const first: BuildRequest = { dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n', context: {} };
    const changed = build({ ...first, dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' }, build(first).cache);
    expect(changed.steps[1]).toMatchObject({ status: 'EXECUTED', missReason: { kind: 'instruction-changed' } });
    const reverted = build(first, changed.cache);
    expect(reverted.steps[1].status).toBe('CACHED');
  });

  it('a USER change misses only when a RUN or WORKDIR follows it', () => {
    const { after } = rebuild({ dockerfile: 'FROM alpine:3.20\nRUN true\nUSER app\n', context: {} }, { dockerfile: 'FROM alpine:3.20\nRUN true\nUSER nobody\n' });
    expect(executed(after)).toEqual([]);
    const { after: withRun } = rebuild({ dockerfile: 'FROM alpine:3.20\nUSER app\nRUN id\n', context: {} }, { dockerfile: 'FROM alpine:3.20\nUSER nobody\nRUN id\n' });
    expect(withRun.steps[1]).toMatchObject({ status: 'EXECUTED', missReason: { kind: 'user-changed' } });
  });

  it('config-only edits (CMD, LABEL, EXPOSE, comments) execute nothing but give a new image', () => {
    const { before, after } = rebuild(
      { dockerfile: 'FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]\n', context: {} },
      { dockerfile: '# a comment\nFROM alpine:3.20\nRUN echo hi\nLABEL team=web\nEXPOSE 8080\nCMD ["sh", "-c", "env"]\n' },
    );
    expect(executed(after)).toEqual([]);
    expect(after.image!.id).not.toBe(before.image!.id);
  });
});

describe('ARG', () => {
  const dockerfile = 'FROM alpine:3.20\nRUN echo before\nARG VERSION=1\nRUN echo build\nRUN echo later\n';

  it('a changed value invalidates the first RUN after the declaration, not the RUN before', () => {
    const { after } = rebuild({ dockerfile, context: {} }, { buildArgs: { VERSION: '2' } });
    expect(statusOf(after, 'echo before')).toBe('CACHED');
    expect(after.steps.find((s) => s.label.includes('echo build'))).toMatchObject({ status: 'EXECUTED', missReason: { kind: 'arg-changed', name: 'VERSION', text: 'ARG VERSION changed' } });
    expect(statusOf(after, 'echo later')).toBe('EXECUTED');
  });

  it('an undeclared --build-arg changes nothing', () => {
    const { after } = rebuild({ dockerfile, context: {} }, { buildArgs: { HTTP_PROXY: 'http://proxy:3128', OTHER: 'x' } });
    expect(executed(after)).toEqual([]);
  });

  it('an ENV that overrides the ARG with a constant keeps later RUNs cached', () => {
    const df = 'FROM alpine:3.20\nARG MODE=a\nENV MODE=fixed\nRUN echo $MODE\n';
    const { after } = rebuild({ dockerfile: df, context: {} }, { buildArgs: { MODE: 'b' } });
    expect(executed(after)).toEqual([]);
  });

  it('records the args in the RUN history line', () => {
    const result = build({ dockerfile, context: {}, buildArgs: { VERSION: '2' } });
    expect(result.image!.history.map((h) => h.createdBy)).toContain('RUN |1 VERSION=2 /bin/sh -c echo build # buildkit');
  });
});

describe('stages, --no-cache, base images', () => {
  it('builds only the stages the target needs', () => {
    const df = 'FROM alpine:3.20 AS unused\nRUN echo never\nFROM alpine:3.20 AS build\nRUN echo build > /out\nFROM alpine:3.20\nCOPY --from=build /out /out\n';
    const result = build({ dockerfile: df, context: {} });
    expect(result.steps.some((s) => s.label.includes('never'))).toBe(false);
    expect(result.log).not.toContain('echo never');
    const targeted = build({ dockerfile: df, context: {}, target: 'unused' });
    expect(targeted.steps.map((s) => s.stage)).toEqual(['unused', 'unused']);
  });

  it('COPY --from is content-based: the other stage re-running with identical files keeps it CACHED', () => {
    const df = 'FROM alpine:3.20 AS assets\nCOPY static/ /static/\nCOPY README.md /README.md\nFROM nginx:latest\nCOPY --from=assets /static /usr/share/nginx/html\n';
    const context = { 'static/index.html': '<h1>hi</h1>', 'README.md': 'v1' };
    const { after } = rebuild({ dockerfile: df, context }, { context: { ...context, 'README.md': 'v2' } });
    expect(statusOf(after, 'COPY README.md')).toBe('EXECUTED');
    expect(statusOf(after, 'COPY --from=assets')).toBe('CACHED');
    const { after: changed } = rebuild({ dockerfile: df, context }, { context: { ...context, 'static/index.html': '<h1>new</h1>' } });
    expect(changed.steps.find((s) => s.label.includes('--from=assets'))).toMatchObject({ status: 'EXECUTED', missReason: { kind: 'source-stage-changed' } });
  });

  it('--no-cache re-executes RUN and COPY, and says so', () => {
    const request: BuildRequest = { dockerfile: 'FROM alpine:3.20\nCOPY a /a\nRUN echo hi\n', context: { a: 'a' } };
    const { after } = rebuild(request, { noCache: true });
    expect(executed(after)).toHaveLength(2);
    expect(after.steps[1].missReason).toEqual({ kind: 'no-cache', text: '--no-cache' });
  });

  it('pulls a base image once: the first build shows the FROM downloading, the next one CACHED', () => {
    const { before, after } = rebuild({ dockerfile: 'FROM python:3.12-slim\nRUN echo hi\n', context: {} }, {});
    expect(before.steps[0]).toMatchObject({ status: 'BASE', pulled: true });
    expect(before.log).toMatch(/#\d+ resolve docker\.io\/library\/python:3\.12-slim@sha256:[0-9a-f]{64} done/);
    expect(after.steps[0].pulled).toBe(false);
    expect(after.log).toMatch(/#(\d+) \[1\/2\] FROM docker\.io\/library\/python:3\.12-slim@sha256:[0-9a-f]{64}\n#\1 CACHED/);
  });

  it('a different base image invalidates the stage and says so', () => {
    const { after } = rebuild({ dockerfile: 'FROM python:3.9\nWORKDIR /app\n', context: {} }, { dockerfile: 'FROM python:3.12\nWORKDIR /app\n' });
    expect(after.steps[1]).toMatchObject({ status: 'EXECUTED', missReason: { kind: 'base-changed', text: 'base image changed (python:3.9 → python:3.12)' } });
  });

  it('the cache belongs to the builder: an identical step of another project is a hit (B.10)', () => {
    const one = build({ dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n', context: { 'x.txt': '1' } });
    const other = build({ dockerfile: 'FROM alpine:3.20\nRUN apk add curl\n', context: { 'y.txt': '2' } }, one.cache);
    expect(other.steps[1].status).toBe('CACHED');
  });

  it('does not modify the cache it was given', () => {
    const first = build({ dockerfile: 'FROM alpine:3.20\nRUN echo a\n', context: {} });
    const snapshot = JSON.stringify(first.cache);
    build({ dockerfile: 'FROM alpine:3.20\nRUN echo b\n', context: {} }, first.cache as BuildCache);
    expect(JSON.stringify(first.cache)).toBe(snapshot);
  });
});
