import { describe, expect, it } from 'vitest';
import { build } from './index';
import { COURSE_NOTES_DOCKERFILE, helloWorldProject } from '../projects';

const REF = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}::[a-z2-7]{25}/;

function lastLine(log: string): string {
  return log.split('\n').pop()!;
}

describe('missing COPY sources (BuildKit "not found" error, Dockerfile reference: COPY)', () => {
  const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY src/ ./src/\nCMD ["python", "src/main.py"]\n';

  it('prints the step error, the failed-step box, the Dockerfile snippet and the final error', () => {
    const result = build({ dockerfile, context: { 'main.py': 'x' } });
    expect(result.ok).toBe(false);
    const ref = REF.exec(result.error!)![0];
    expect(result.error).toBe(`ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref ${ref}: "/src": not found`);
    expect(result.log).toContain(`ERROR: failed to calculate checksum of ref ${ref}: "/src": not found\n------\n > [3/3] COPY src/ ./src/:\n------\n`);
    expect(result.log).toContain(
      [
        'Dockerfile:3',
        '--------------------',
        '   1 |     FROM python:3.12-slim',
        '   2 |     WORKDIR /app',
        '   3 | >>> COPY src/ ./src/',
        '   4 |     CMD ["python", "src/main.py"]',
        '   5 |     ',
        '--------------------',
        result.error,
      ].join('\n'),
    );
    expect(lastLine(result.log)).toBe(result.error);
    expect(result.steps.at(-1)).toMatchObject({ label: '[3/3] COPY src/ ./src/', error: `failed to calculate checksum of ref ${ref}: "/src": not found` });
  });

  it('uses the same deterministic ref id for the same context', () => {
    expect(build({ dockerfile, context: { a: '1' } }).error).toBe(build({ dockerfile, context: { a: '1' } }).error);
  });

  it('treats a source excluded by .dockerignore as not found', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nCOPY config.yml /etc/app/\n', context: { 'config.yml': 'a: 1', '.dockerignore': '*.yml\n' } });
    expect(result.error).toMatch(/: "\/config\.yml": not found$/);
  });

  it('clamps ../ to the context root instead of failing with "forbidden path"', () => {
    const ok = build({ dockerfile: 'FROM alpine:3.20\nCOPY ../src ./src/\n', context: { 'src/a.py': 'x' } });
    expect(ok.ok, ok.log).toBe(true);
    const missing = build({ dockerfile: 'FROM alpine:3.20\nCOPY ../../src ./src/\n', context: { 'app/a.py': 'x' } });
    expect(missing.error).toMatch(/: "\/src": not found$/);
    expect(missing.log).not.toContain('forbidden path');
  });

  it('accepts a wildcard that matches nothing', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nCOPY *.txt /data/\n', context: { 'a.py': 'x' } });
    expect(result.ok, result.log).toBe(true);
  });
});

describe('Dockerfile errors', () => {
  it('fails the course notes Dockerfile on CMD["python", ...] with the parser error and snippet', () => {
    const result = build({ dockerfile: COURSE_NOTES_DOCKERFILE, context: helloWorldProject });
    expect(result.error).toBe('ERROR: failed to build: failed to solve: dockerfile parse error on line 11: unknown instruction: CMD["python",');
    expect(result.log).toContain('Dockerfile:11\n--------------------\n   9 |     EXPOSE 9000\n  10 |     \n  11 | >>> CMD["python", "hello_world/main.py"]\n  12 |     \n--------------------\n');
    expect(result.steps).toEqual([]);
    expect(result.log).toMatch(/^#0 building with "default" instance using docker driver\n\n#1 \[internal\] load build definition from Dockerfile\n#1 transferring dockerfile: \d+B done\n#1 DONE 0\.0s\n/);
  });

  it('with CMD fixed, runs into the notes\' RUN of a text file: exit code 126 from /bin/sh (dash)', () => {
    const fixed = COURSE_NOTES_DOCKERFILE.replace('CMD["python"', 'CMD ["python"');
    const result = build({ dockerfile: fixed, context: helloWorldProject });
    expect(result.error).toBe('ERROR: failed to build: failed to solve: process "/bin/sh -c hello_world/requirements.txt" did not complete successfully: exit code: 126');
    expect(result.log).toMatch(/#\d+ \d\.\d{3} \/bin\/sh: 1: hello_world\/requirements\.txt: Permission denied\n#\d+ ERROR: process "\/bin\/sh -c hello_world\/requirements\.txt" did not complete successfully: exit code: 126/);
    expect(result.log).toMatch(/------\n > \[4\/4\] RUN hello_world\/requirements\.txt:\n\d\.\d{3} \/bin\/sh: 1: hello_world\/requirements\.txt: Permission denied\n------/);
    expect(result.log).toContain('   7 | >>> RUN hello_world/requirements.txt');
  });

  it('fails the notes\' typo `RUN hello/requirements.txt`: nothing could have created it (exit 127)', () => {
    const typo = COURSE_NOTES_DOCKERFILE.replace('CMD["python"', 'CMD ["python"').replace('RUN hello_world/requirements.txt', 'RUN hello/requirements.txt');
    const result = build({ dockerfile: typo, context: helloWorldProject });
    expect(result.log).toMatch(/#\d+ \d\.\d{3} \/bin\/sh: 1: hello\/requirements\.txt: not found/);
    expect(result.error).toBe('ERROR: failed to build: failed to solve: process "/bin/sh -c hello/requirements.txt" did not complete successfully: exit code: 127');
  });

  it('does not guess about paths an earlier RUN or the base image may have created', () => {
    expect(build({ dockerfile: 'FROM alpine:3.20\nWORKDIR /app\nRUN mkdir bin && touch bin/x\nRUN bin/tool\n', context: {} }).ok).toBe(true);
    expect(build({ dockerfile: 'FROM golang:1.22\nRUN bin/tool\n', context: {} }).ok).toBe(true);
  });

  it('runs an executable script that was copied in', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nCOPY setup.sh .\nRUN ./setup.sh\n', context: { 'setup.sh': { content: '#!/bin/sh\n', mode: '0755' } } });
    expect(result.ok, result.log).toBe(true);
  });

  it('fails apt-get on Alpine with BusyBox wording (exit 127)', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nRUN apt-get update && apt-get install -y curl\n', context: {} });
    expect(result.log).toMatch(/#\d+ \d\.\d{3} \/bin\/sh: apt-get: not found/);
    expect(result.error).toBe('ERROR: failed to build: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y curl" did not complete successfully: exit code: 127');
  });

  it('reports an empty Dockerfile and one without instructions', () => {
    expect(build({ dockerfile: '', context: {} }).error).toBe('ERROR: failed to build: failed to solve: the Dockerfile cannot be empty');
    expect(build({ dockerfile: '# only a comment\n', context: {} }).error).toBe('ERROR: failed to build: failed to solve: file with no instructions');
  });

  it('reports an unknown --target with a suggestion', () => {
    const df = 'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20 AS final\n';
    expect(build({ dockerfile: df, context: {}, target: 'biuld' }).error).toBe('ERROR: failed to build: failed to solve: target stage "biuld" could not be found (did you mean build?)');
    expect(build({ dockerfile: df, context: {}, target: 'prod' }).error).toBe('ERROR: failed to build: failed to solve: target stage "prod" could not be found');
  });

  it('reports base images the registry does not have', () => {
    const tag = build({ dockerfile: 'FROM python:2.99\n', context: {} });
    expect(tag.error).toBe('ERROR: failed to build: failed to solve: python:2.99: failed to resolve source metadata for docker.io/library/python:2.99: docker.io/library/python:2.99: not found');
    expect(tag.log).toContain('#2 [internal] load metadata for docker.io/library/python:2.99\n#2 ERROR: docker.io/library/python:2.99: not found');
    expect(tag.log).toContain('   1 | >>> FROM python:2.99');
    const repo = build({ dockerfile: 'FROM pythn:3.9\n', context: {} });
    expect(repo.error).toContain('failed to resolve source metadata for docker.io/library/pythn:3.9: pull access denied');
  });

  it('reports an uppercase base image name like BuildKit', () => {
    expect(build({ dockerfile: 'FROM Python:3.9\n', context: {} }).error).toBe(
      'ERROR: failed to build: failed to solve: failed to parse stage name "Python:3.9": invalid reference format: repository name (library/Python) must be lowercase',
    );
  });

  it('reports COPY --from of its own stage as a circular dependency', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20 AS build\nCOPY --from=build /a /b\n', context: {} });
    expect(result.error).toBe('ERROR: failed to build: failed to solve: circular dependency detected on stage: build');
  });
});

describe('tags', () => {
  it('rejects invalid tags before building, with buildx wording', () => {
    expect(build({ dockerfile: 'FROM alpine:3.20\n', context: {}, tags: ['MyApp'] })).toMatchObject({
      ok: false,
      error: 'ERROR: failed to build: invalid tag "MyApp": repository name must be lowercase',
      log: 'ERROR: failed to build: invalid tag "MyApp": repository name must be lowercase',
    });
    expect(build({ dockerfile: 'FROM alpine:3.20\n', context: {}, tags: ['my app'] }).error).toBe('ERROR: failed to build: invalid tag "my app": invalid reference format');
  });

  it('names every -t in the export step, normalised', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\n', context: {}, tags: ['myapp', 'myapp:V1.0', 'registry.example.com:5000/team/app'] });
    expect(result.log).toContain('naming to docker.io/library/myapp:latest done');
    expect(result.log).toContain('naming to docker.io/library/myapp:V1.0 done');
    expect(result.log).toContain('naming to registry.example.com:5000/team/app:latest done');
    expect(result.image!.tags).toEqual(['docker.io/library/myapp:latest', 'docker.io/library/myapp:V1.0', 'registry.example.com:5000/team/app:latest']);
  });
});

describe('build-check warnings', () => {
  it('summarises the warnings of built stages only, after the build', () => {
    const df = 'FROM alpine:3.20 AS unused\nCMD echo unused\nFROM alpine:3.20\nCMD echo used\n';
    const result = build({ dockerfile: df, context: {} });
    expect(result.ok).toBe(true);
    expect(result.log).toMatch(/#\d+ DONE \d\.\ds\n\n 1 warning found/);
    expect(result.log).toContain('#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)\n#1 DONE 0.0s');
    expect(result.log.split('\n').slice(-2)).toEqual([
      ' 1 warning found (use docker --debug to expand):',
      ' - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)',
    ]);
    expect(result.warnings).toEqual([{ rule: 'JSONArgsRecommended', message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals', line: 4 }]);
  });

  it('fails on warnings when # check=error=true', () => {
    const result = build({ dockerfile: '# check=error=true\nFROM alpine:3.20\nCMD echo hi\n', context: {} });
    expect(result.error).toBe('ERROR: failed to build: failed to solve: lint violation found for rules: JSONArgsRecommended');
  });
});

describe('COPY --from that BuildKit refuses before resolving any image (toCommand)', () => {
  it('an index past the last stage: "invalid stage index N", no source snippet', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=2 /x /x\n', context: {} });
    expect(result.ok).toBe(false);
    expect(result.error).toBe('ERROR: failed to build: failed to solve: invalid stage index 2');
    expect(result.log).not.toContain('load metadata');
  });

  it('a variable in --from', () => {
    const result = build({ dockerfile: 'FROM alpine:3.20\nARG S=a\nCOPY --from=$S /x /x\n', context: {} });
    expect(result.error).toBe(
      'ERROR: failed to build: failed to solve: variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
    );
  });
});
