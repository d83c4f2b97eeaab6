import { describe, expect, it } from 'vitest';
import { build } from './index';

function image(dockerfile: string, context = {}) {
  const result = build({ dockerfile, context });
  expect(result.ok, result.log).toBe(true);
  return result.image!;
}

describe('image history (BuildKit commitToHistory, docker history)', () => {
  it('writes one entry per instruction, # buildkit only after RUN/COPY/ADD, and no entry for ONBUILD', () => {
    const img = image(
      'FROM alpine:3.20\nARG V=1\nENV APP=/srv LEVEL="debug mode"\nLABEL team="web"\nWORKDIR $APP\nCOPY --chmod=755 run.sh .\nRUN ./run.sh\nEXPOSE 9000 53/udp\nUSER nobody\nONBUILD RUN echo child\nENTRYPOINT ["./run.sh"]\nCMD ["--help"]\n',
      { 'run.sh': { content: '#!/bin/sh\n', mode: '0755' } },
    );
    const own = img.history.slice(-10).map((h) => [h.createdBy, h.emptyLayer]);
    expect(own).toEqual([
      ['ARG V=1', true],
      ['ENV APP=/srv LEVEL=debug mode', true],
      ['LABEL team=web', true],
      ['WORKDIR /srv', false],
      ['COPY --chmod=755 run.sh . # buildkit', false],
      ['RUN |1 V=1 /bin/sh -c ./run.sh # buildkit', false],
      ['EXPOSE [53/udp 9000/tcp]', true],
      ['USER nobody', true],
      ['ENTRYPOINT ["./run.sh"]', true],
      ['CMD ["--help"]', true],
    ]);
    expect(img.history.slice(-10).every((h) => h.comment === 'buildkit.dockerfile.v0')).toBe(true);
  });

  it('expands a config instruction with the env before it: the base image\'s PATH, not the values it sets itself', () => {
    const img = image('FROM alpine:3.20\nVOLUME /data\nENV PATH=/app:$PATH A=1 B=$A\nLABEL b=$B\n');
    expect(img.history.slice(-3).map((h) => h.createdBy)).toEqual([
      'VOLUME [/data]',
      'ENV PATH=/app:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin A=1 B=',
      'LABEL b=',
    ]);
  });

  it('gives later steps and the image the env BuildKit has: ENV values that use the base image\'s variables', () => {
    const base = image('FROM python:3.12-slim\n').config.env;
    const dockerfile = 'FROM python:3.12-slim\nENV V=$PYTHON_VERSION PATH=/app:$PATH\nRUN echo $V\n';
    const result = build({ dockerfile, context: {} });
    expect(result.ok, result.log).toBe(true);
    expect(result.image!.config.env).toEqual({ ...base, V: base.PYTHON_VERSION, PATH: `/app:${base.PATH}` });
    expect(base.PYTHON_VERSION).toMatch(/^3\.12\./);
    // The RUN's label shows the command with the env expanded (processCmdEnv).
    expect(result.steps.at(-1)!.label).toBe(`[2/2] RUN echo ${base.PYTHON_VERSION}`);
  });

  it('expands WORKDIR, USER and LABEL with the values the base image sets, in the config and the history', () => {
    const base = image('FROM python:3.12-slim\n').config.env;
    const img = image('FROM python:3.12-slim\nWORKDIR /opt/$PYTHON_VERSION\nUSER $PYTHON_VERSION\nLABEL v=$PYTHON_VERSION\n');
    expect(img.config.workdir).toBe(`/opt/${base.PYTHON_VERSION}`);
    expect(img.config.user).toBe(base.PYTHON_VERSION);
    expect(img.config.labels.v).toBe(base.PYTHON_VERSION);
    expect(img.history.slice(-3).map((h) => h.createdBy)).toEqual([
      `WORKDIR /opt/${base.PYTHON_VERSION}`,
      `USER ${base.PYTHON_VERSION}`,
      `LABEL v=${base.PYTHON_VERSION}`,
    ]);
  });

  it('gives a stage FROM another stage the base image\'s value of a name the parent\'s ARG had shadowed', () => {
    const base = image('FROM python:3.12-slim\n').config.env;
    const img = image('FROM python:3.12-slim AS p\nARG PYTHON_VERSION=x\nENV A=$PYTHON_VERSION\nFROM p\nENV V=$PYTHON_VERSION\n');
    expect(img.config.env.A).toBe('x');
    expect(img.config.env.V).toBe(base.PYTHON_VERSION);
  });

  it('keeps the base image rows and layers under the Dockerfile\'s', () => {
    const img = image('FROM python:3.12-slim\nRUN echo hi\n');
    expect(img.history[0].createdBy).toMatch(/^# debian\.sh/);
    expect(img.layers.length).toBe(img.history.filter((h) => !h.emptyLayer).length);
    expect(img.size).toBe(img.layers.reduce((sum, l) => sum + l.size, 0));
  });

  it('uses the original creation time for cached layers', () => {
    const first = build({ dockerfile: 'FROM alpine:3.20\nRUN echo a\n', context: {}, now: 1000 });
    const second = build({ dockerfile: 'FROM alpine:3.20\nRUN echo a\nCMD ["sh"]\n', context: {}, now: 5000 }, first.cache);
    const rows = second.image!.history.slice(-2);
    expect(rows.map((h) => h.created)).toEqual([1000, 5000]);
  });
});

describe('image config: base image config plus the Dockerfile (Dockerfile reference: CMD, ENTRYPOINT)', () => {
  it('inherits CMD and ENV from the base image', () => {
    const img = image('FROM python:3.9\nENV APP_ENV=prod\n');
    expect(img.config.cmd).toEqual(['python3']);
    expect(img.config.env).toMatchObject({ PYTHON_VERSION: '3.9.23', APP_ENV: 'prod', LANG: 'C.UTF-8' });
  });

  it('an ENTRYPOINT resets a CMD inherited from the base image', () => {
    expect(image('FROM python:3.9\nENTRYPOINT ["python", "app.py"]\n').config.cmd).toBeNull();
    expect(image('FROM python:3.9\nCMD ["a"]\nENTRYPOINT ["python"]\n').config.cmd).toEqual(['a']);
  });

  it('stores a shell-form CMD as /bin/sh -c and keeps exposed ports of the base', () => {
    const img = image('FROM nginx:latest\nEXPOSE 8080\nCMD nginx -g "daemon off;"\n');
    expect(img.config.cmd).toEqual(['/bin/sh', '-c', 'nginx -g "daemon off;"']);
    expect(img.config.exposedPorts).toEqual(['80/tcp', '8080/tcp']);
    expect(img.config.entrypoint).toEqual(['/docker-entrypoint.sh']);
  });

  // moby/buildkit exporter/containerimage/writer.go and solver/llbsolver/provenance.go: the image
  // manifest depends on the content only, the attestation (and so the index, the image ID) on the build.
  it('gives an identical rebuild the same manifest and creation time but a new image ID', () => {
    const df = 'FROM alpine:3.20\nRUN echo a\n';
    const first = build({ dockerfile: df, context: {}, tags: ['docker.io/library/a:latest'] });
    const again = build({ dockerfile: df, context: {}, tags: ['docker.io/library/a:latest'] }, first.cache);
    expect(again.cache.images[again.image!.id].manifest).toBe(first.cache.images[first.image!.id].manifest);
    expect(again.image!.created).toBe(first.image!.created);
    expect(again.image!.id).not.toBe(first.image!.id);
    // moby/moby#49702: the image that had the name is kept, dangling.
    expect(again.cache.images[first.image!.id].tags).toEqual([]);
  });
});
