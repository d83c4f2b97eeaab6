import { describe, expect, it } from 'vitest';
import { customDockerfileLocationProject, helloWorldProject } from '@/lib/simulator/projects';
import { analyzeInContext } from './workspace-model';
import { contextInputFor } from '@/lib/workspace/context-input';
import { COPY_SOURCE_IGNORED, COPY_SOURCE_MISSING } from '@/lib/workspace/context-check';
import { Workspace } from '@/lib/workspace/workspace';

function workspaceWith(dockerfile: string, extra: Record<string, string> = {}) {
  return new Workspace({ files: { ...helloWorldProject, Dockerfile: dockerfile, ...extra }, command: 'docker build -t hello .' });
}

function problems(ws: Workspace, path = 'Dockerfile') {
  const model = analyzeInContext(ws.read(path)!, contextInputFor(ws, path));
  return { model, context: model.diagnostics.filter((d) => d.code === COPY_SOURCE_MISSING || d.code === COPY_SOURCE_IGNORED) };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1);

describe('context-aware problems: COPY and ADD sources against the project', () => {
  it('a present file, a directory and a matching wildcard raise nothing and list what they copy', () => {
    const ws = workspaceWith('FROM python:3.12-slim\nCOPY python/hello_world/requirements.txt .\nCOPY python ./src\nCOPY python/*/*.py ./\n');
    const { model, context } = problems(ws);
    expect(context).toEqual([]);
    const copies = model.stages[0].items.map((i) => i.copies);
    expect(copies[0]).toEqual(['python/hello_world/requirements.txt']);
    expect(copies[1]).toEqual(['python/hello_world/main.py', 'python/hello_world/requirements.txt']);
    expect(copies[2]).toEqual(['python/hello_world/main.py']);
  });

  it('a wildcard that matches nothing is no error (BuildKit copies nothing)', () => {
    const ws = workspaceWith('FROM python:3.12-slim\nCOPY *.txt ./\n');
    expect(problems(ws).context).toEqual([]);
  });

  it('a missing file is an error on the source word, with the text the build fails with', () => {
    const ws = workspaceWith('FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n');
    const [problem] = problems(ws).context;
    expect(problem).toMatchObject({ code: COPY_SOURCE_MISSING, severity: 'error', line: 3, column: 6, endColumn: 22 });
    expect(problem.message).toContain('"requirements.txt" is not in the build context (the project root)');
    const build = ws.run('docker build -t hello .');
    expect(build.exitCode).toBe(1);
    expect(problem.dockerMessage).toMatch(/^ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-f-]+::[a-z2-7]+: "\/requirements.txt": not found$/);
    expect(lastLine(build.output)).toBe(problem.dockerMessage);
  });

  it('a file that .dockerignore excludes is reported as ignored, and the build fails the same way', () => {
    const ws = workspaceWith('FROM python:3.12-slim\nCOPY notes.md .\n', { 'notes.md': '# notes\n', '.dockerignore': '*.md\n' });
    const [problem] = problems(ws).context;
    expect(problem.code).toBe(COPY_SOURCE_IGNORED);
    expect(problem.message).toContain('.dockerignore keeps it out of the build context');
    expect(lastLine(ws.run('docker build -t hello .').output)).toBe(problem.dockerMessage);
  });

  it('a missing directory and a variable source are checked after expansion', () => {
    const ws = workspaceWith('FROM python:3.12-slim\nARG SRC=app\nCOPY ${SRC} /app\n');
    const [problem] = problems(ws).context;
    expect(problem.message).toContain('"app" is not in the build context');
    expect(lastLine(ws.run('docker build -t hello .').output)).toBe(problem.dockerMessage);
  });

  it('uses the context the -f command names: the notes\' -f docker/Dockerfile from resources', () => {
    const ws = new Workspace({ files: customDockerfileLocationProject, cwd: 'resources', command: 'docker build -t img_name -f docker/Dockerfile ..' });
    expect(problems(ws, 'resources/docker/Dockerfile').context).toEqual([]);
    // Built from resources with "." as the context, src/ is not in it.
    ws.run('docker build -t img_name -f docker/Dockerfile .');
    const [problem] = problems(ws, 'resources/docker/Dockerfile').context;
    expect(problem.message).toContain('(the folder "resources")');
    expect(lastLine(ws.run('docker build -t img_name -f docker/Dockerfile .').output)).toBe(problem.dockerMessage);
  });

  it('COPY --from, heredocs and URLs are not context sources', () => {
    const ws = workspaceWith('FROM alpine AS build\nRUN echo hi > /x\nFROM python:3.12-slim\nCOPY --from=build /x /x\nCOPY <<EOF /y\nhello\nEOF\nADD https://example.com/a.txt /a.txt\n');
    expect(problems(ws).context).toEqual([]);
  });
});
