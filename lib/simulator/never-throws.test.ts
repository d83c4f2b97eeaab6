import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build, createDockerCli, helloWorldProject, type BuildResult } from './index';

const keyword = fc.constantFrom('FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR', 'ENV', 'ARG', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'LABEL', 'USER', 'VOLUME', 'SHELL', 'HEALTHCHECK', 'ONBUILD', 'from', 'Copy', 'CMD[', 'RUNN', '#', '');
const word = fc.oneof(
  fc.constantFrom('python:3.9', 'alpine:3.20', 'scratch', 'AS', 'build', '.', './', '/app', '../src', '*.py', '--from=build', '--from=0', '--chmod=755', '$X', '${Y:-z}', '<<EOF', 'EOF', '["a", "b"]', "['a']", '\\', '"q"', 'app.py', 'src/', '9000', '80/udp', 'A=1'),
  fc.string({ maxLength: 8 }),
);
const line = fc.tuple(keyword, fc.array(word, { maxLength: 4 })).map(([k, ws]) => [k, ...ws].join(' '));
const dockerfile = fc.oneof(fc.array(line, { maxLength: 12 }).map((ls) => ls.join('\n')), fc.string({ maxLength: 200 }));
const context = fc.dictionary(fc.constantFrom('app.py', 'src/main.py', 'src/a.txt', 'Dockerfile', '.dockerignore', 'x/y/z'), fc.string({ maxLength: 20 }));

function wellFormed(result: BuildResult): void {
  expect(typeof result.ok).toBe('boolean');
  expect(typeof result.log).toBe('string');
  if (!result.ok) expect(result.error).toMatch(/^ERROR: /);
  else expect(result.image?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(result.log).not.toContain('internal simulator error');
}

describe('never throws', () => {
  it('build() on arbitrary Dockerfiles, contexts and options', () => {
    fc.assert(
      fc.property(dockerfile, context, fc.option(fc.string({ maxLength: 6 }), { nil: undefined }), fc.boolean(), fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }), (df, ctx, target, noCache, tags) => {
        const first = build({ dockerfile: df, context: ctx, target, noCache, tags });
        wellFormed(first);
        wellFormed(build({ dockerfile: df, context: ctx, target, noCache, tags }, first.cache));
      }),
      { numRuns: 150 },
    );
  });

  it('build() is deterministic', () => {
    fc.assert(
      fc.property(dockerfile, context, (df, ctx) => {
        expect(build({ dockerfile: df, context: ctx }).log).toBe(build({ dockerfile: df, context: ctx }).log);
      }),
      { numRuns: 40 },
    );
  });

  const command = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc
      .tuple(
        fc.constantFrom('docker build', 'docker run', 'docker pull', 'docker images', 'docker history', 'docker rmi', 'docker tag', 'docker image ls', 'docker ps', 'docker stop', 'docker start', 'docker rm', 'docker logs', 'docker inspect', 'docker container', 'docker image', 'docker version', 'docker', 'ls', 'cd', 'cat', 'tree', 'chmod', 'touch', 'rm', 'echo'),
        fc.array(fc.oneof(fc.constantFrom('-t', 'img', '-f', 'Dockerfile', '.', '..', '-p', '8000:9000', '-P', '-d', '--no-cache', '--target', '--build-arg', 'A=1', '--progress=plain', 'hello', 'python:3.9', '&&', '||', ';', '>', '"', "'", '$HOME', '+x', '--foo', '-q', '--name', 'web', '--rm', '-e', '-a', '-f'), fc.string({ maxLength: 6 })), { maxLength: 6 }),
      )
      .map(([c, args]) => [c, ...args].join(' ')),
  );

  it('cli.run() on arbitrary command lines', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 5 }), (lines) => {
        const cli = createDockerCli(helloWorldProject);
        for (const l of lines) {
          const result = cli.run(l);
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect(typeof result.output).toBe('string');
          expect(result.output).not.toContain('internal simulator error');
        }
      }),
      { numRuns: 150 },
    );
  });
});
