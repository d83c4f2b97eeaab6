import { describe, expect, it } from 'vitest';
import { HELLO_WORLD_DOCKERFILE, HELLO_WORLD_NAIVE_DOCKERFILE } from '@/lib/simulator/projects';
import { checkExercise, exerciseSchema, hintsFor, solutionDiff, startWorkspace, type Exercise, type Goal } from './index';
import { snapshotOf } from '@/lib/workspace/snapshot';

const BUILD = 'docker build -t hello .';
const GOOD = HELLO_WORLD_DOCKERFILE.replace('pip install -r', 'pip install --no-cache-dir -r');

function exercise(goals: unknown[], dockerfile: string, extra: Record<string, string> = {}, project = 'hello-world'): Exercise {
  return exerciseSchema.parse({
    id: 'test',
    title: 'A test',
    lesson: 'a-lesson',
    start: { project, files: { Dockerfile: dockerfile, ...extra }, command: BUILD },
    goals,
    hints: ['An authored hint.'],
    solution: { files: { Dockerfile: GOOD } },
  });
}

/** The outcome of one goal on a start workspace with `dockerfile`. */
function check(goal: { kind: Goal['kind'] } & Record<string, unknown>, dockerfile: string, extra?: Record<string, string>) {
  const ex = exercise([goal], dockerfile, extra);
  return checkExercise(ex, startWorkspace(ex)).goals[0];
}

const replace = (from: string | RegExp, to: string, text = GOOD) => text.replace(from, to);

describe('goal kinds from the analysis', () => {
  it('base-image: repository, pinned tag, exact tag', () => {
    expect(check({ kind: 'base-image', image: 'python' }, GOOD).met).toBe(true);
    const untagged = check({ kind: 'base-image', image: 'python' }, replace('python:3.9', 'python'));
    expect(untagged).toMatchObject({ met: false });
    expect(untagged.hint).toContain('`FROM python`');
    expect(untagged.hint).toContain('python:latest');
    expect(check({ kind: 'base-image', image: 'python' }, replace('python:3.9', 'python:latest')).met).toBe(false);
    expect(check({ kind: 'base-image', image: 'python', pinned: false }, replace('python:3.9', 'python')).met).toBe(true);
    expect(check({ kind: 'base-image', image: 'python', tag: '3.12-slim' }, GOOD)).toMatchObject({ met: false, message: expect.stringContaining('python:3.9') });
    expect(check({ kind: 'base-image', image: 'python' }, replace('python:3.9', 'docker.io/library/python@sha256:' + 'a'.repeat(64))).met).toBe(true);
    expect(check({ kind: 'base-image', image: 'python' }, replace('python:3.9', 'node:22')).met).toBe(false);
    expect(check({ kind: 'base-image', image: 'python' }, 'WORKDIR /app\n').hint).toContain('begins with FROM');
  });

  it('workdir: set by WORKDIR; a RUN cd is named in the hint', () => {
    expect(check({ kind: 'workdir', path: '/app' }, GOOD).met).toBe(true);
    expect(check({ kind: 'workdir', path: '/app/' }, GOOD).met).toBe(true);
    expect(check({ kind: 'workdir', path: '/srv' }, GOOD)).toMatchObject({ met: false, message: 'The working directory is /app, not /srv.' });
    const cd = check({ kind: 'workdir', path: '/app' }, 'FROM python:3.12-slim\nCOPY . /app/\nRUN cd /app && ls\n');
    expect(cd.met).toBe(false);
    expect(cd.hint).toContain('line 3 (`RUN cd /app && ls`)');
  });

  it('cmd-exec-form: exec form, what it runs (paths resolved against WORKDIR), shell form, glued CMD[, single quotes', () => {
    const runs = ['python', 'hello_world/main.py'];
    expect(check({ kind: 'cmd-exec-form', runs }, GOOD).met).toBe(true);
    expect(check({ kind: 'cmd-exec-form', runs }, replace('"hello_world/main.py"', '"/app/hello_world/main.py"')).met).toBe(true);
    expect(check({ kind: 'cmd-exec-form', runs }, replace('"hello_world/main.py"', '"hello_world/cli.py"')).met).toBe(false);
    const shell = check({ kind: 'cmd-exec-form' }, replace('CMD ["python", "hello_world/main.py"]', 'CMD python hello_world/main.py'));
    expect(shell.met).toBe(false);
    expect(shell.hint).toMatch(/^Your CMD is in shell form: line \d+ \(`CMD python hello_world\/main.py`\)/);
    expect(shell.hint).toContain('CMD ["python", "hello_world/main.py"]');
    const glued = check({ kind: 'cmd-exec-form' }, replace('CMD ["python"', 'CMD["python"'));
    expect(glued.hint).toContain('no space after CMD');
    const single = check({ kind: 'cmd-exec-form' }, replace('CMD ["python", "hello_world/main.py"]', "CMD ['python', 'hello_world/main.py']"));
    expect(single).toMatchObject({ met: false, message: expect.stringContaining('single quotes') });
    expect(check({ kind: 'cmd-exec-form' }, 'FROM python:3.12-slim\n').met).toBe(false);
  });

  it('exposes: the port, "only", and a host mapping', () => {
    expect(check({ kind: 'exposes', port: 9000 }, GOOD).met).toBe(true);
    expect(check({ kind: 'exposes', port: 8000 }, GOOD)).toMatchObject({ met: false, message: 'The image documents 9000/tcp, not 8000/tcp.' });
    expect(check({ kind: 'exposes', port: 9000, only: true }, replace('EXPOSE 9000', 'EXPOSE 9000 9001')).met).toBe(false);
    const mapping = check({ kind: 'exposes', port: 9000 }, replace('EXPOSE 9000', 'EXPOSE 80:9000'));
    expect(mapping.met).toBe(false);
    expect(mapping.hint).toContain('docker run -p HOST:9000');
    expect(check({ kind: 'exposes', port: 9000, protocol: 'udp' }, GOOD).met).toBe(false);
  });

  it('no-diagnostic: by code, hadolint rule or BuildKit check, quoting the line; context problems count', () => {
    expect(check({ kind: 'no-diagnostic', codes: ['DL3006'] }, GOOD).met).toBe(true);
    const latest = check({ kind: 'no-diagnostic', codes: ['DL3006'] }, replace('python:3.9', 'python'));
    expect(latest.met).toBe(false);
    expect(latest.hint).toContain('line 1 of your Dockerfile (`FROM python`)');
    expect(check({ kind: 'no-diagnostic', codes: ['JSONArgsRecommended'] }, replace('CMD ["python", "hello_world/main.py"]', 'CMD python hello_world/main.py')).met).toBe(false);
    const missing = check({ kind: 'no-diagnostic', codes: ['lw-copy-source-missing'] }, replace('COPY python/hello_world ./hello_world', 'COPY hello_world ./hello_world'));
    expect(missing.met).toBe(false);
  });

  it('deps-before-source: manifest first, install, then source; each failure says why', () => {
    expect(check({ kind: 'deps-before-source', manifest: 'requirements.txt' }, GOOD).met).toBe(true);
    const naive = check({ kind: 'deps-before-source', manifest: 'requirements.txt' }, HELLO_WORLD_NAIVE_DOCKERFILE);
    expect(naive.met).toBe(false);
    expect(naive.hint).toContain('`COPY python/hello_world ./hello_world`');
    const noInstall = check({ kind: 'deps-before-source', manifest: 'requirements.txt' }, replace('pip install --no-cache-dir -r hello_world/requirements.txt', 'hello_world/requirements.txt'));
    expect(noInstall.message).toContain('No RUN installs');
    expect(noInstall.hint).toContain('as if it were a program');
    const noSource = check({ kind: 'deps-before-source', manifest: 'requirements.txt' }, replace('COPY python/hello_world ./hello_world\n', ''));
    expect(noSource.message).toContain('Nothing copies the source');
    const noCopy = check({ kind: 'deps-before-source', manifest: 'requirements.txt' }, replace('COPY python/hello_world/requirements.txt ./hello_world/requirements.txt\n', ''));
    expect(noCopy.met).toBe(false);
  });

  it('max-layers counts RUN, COPY, ADD and WORKDIR', () => {
    expect(check({ kind: 'max-layers', max: 4 }, GOOD).met).toBe(true);
    const split = check({ kind: 'max-layers', max: 4 }, replace('RUN pip', 'RUN echo one\nRUN pip'));
    expect(split).toMatchObject({ met: false, message: 'The Dockerfile adds 5 layers; at most 4 are wanted.' });
    expect(split.hint).toContain('2 RUN instructions');
  });
});

describe('goal kinds from the simulated build', () => {
  it('build-succeeds: with -f and a context, with Docker\'s error when it fails', () => {
    const ok = { kind: 'build-succeeds', command: BUILD } as const;
    expect(check(ok, GOOD).met).toBe(true);
    const broken = check(ok, replace('CMD ["python"', 'CMD["python"'));
    expect(broken.met).toBe(false);
    expect(broken.message).toContain('unknown instruction: CMD["python",');
    const copy = check(ok, replace('COPY python/hello_world ./hello_world', 'COPY hello_world ./hello_world'));
    expect(copy.hint).toMatch(/The build stops at `\[\d\/\d\] COPY hello_world/);
    expect(copy.message).toContain('"/hello_world": not found');
    const dashF = exercise([{ kind: 'build-succeeds', command: 'docker build -t img_name -f resources/docker/Dockerfile .' }, { kind: 'build-succeeds', command: 'docker build -t img_name .', cwd: 'resources/docker' }], 'FROM python:3.12-slim\n', {}, 'custom-dockerfile-location');
    const report = checkExercise(dashF, startWorkspace(dashF));
    expect(report.goals.map((g) => g.met)).toEqual([true, false]);
    expect(report.goals[1].message).toContain('"/src": not found');
  });

  it('never changes the learner\'s workspace (files, images, cache, last build)', () => {
    const ex = exercise([{ kind: 'build-succeeds', command: BUILD }, { kind: 'deps-cached-after-edit', command: BUILD, edit: 'python/hello_world/main.py' }, { kind: 'container-runs', argv: ['python', 'hello_world/main.py'], workdir: '/app', command: BUILD }], GOOD);
    const ws = startWorkspace(ex);
    const before = JSON.stringify(snapshotOf(ws, { docker: true }));
    const revision = ws.revision;
    expect(checkExercise(ex, ws).solved).toBe(true);
    expect(JSON.stringify(snapshotOf(ws, { docker: true }))).toBe(before);
    expect(ws.revision).toBe(revision);
    expect(ws.lastBuild).toBeNull();
  });

  it('deps-cached-after-edit: runs the rebuild itself and names the first step that re-ran', () => {
    const goal = { kind: 'deps-cached-after-edit', command: BUILD, edit: 'python/hello_world/main.py' } as const;
    expect(check(goal, GOOD)).toMatchObject({ met: true, message: expect.stringContaining('is CACHED') });
    const naive = check(goal, HELLO_WORLD_NAIVE_DOCKERFILE);
    expect(naive.met).toBe(false);
    expect(naive.message).toContain('EXECUTED again');
    expect(naive.message).toContain('python/hello_world/main.py changed');
    expect(check({ ...goal, edit: 'python/hello_world/requirements.txt' }, GOOD).met).toBe(false);
    expect(check({ ...goal, edit: 'nope.py' }, GOOD).met).toBe(false);
    expect(check(goal, replace('CMD ["python"', 'CMD["python"')).message).toContain('first build fails');
  });

  it('image-has-files: where COPY puts files (directory sources, file sources, trailing slash)', () => {
    const goal = { kind: 'image-has-files', command: BUILD, paths: ['/app/hello_world/main.py', '/app/hello_world/requirements.txt'] } as const;
    expect(check(goal, GOOD).met).toBe(true);
    const wrong = check(goal, replace('COPY python/hello_world ./hello_world', 'COPY python/hello_world/main.py ./'));
    expect(wrong.met).toBe(false);
    expect(wrong.message).toBe('The image has no /app/hello_world/main.py.');
    expect(wrong.hint).toContain('/app/main.py');
    expect(check({ ...goal, paths: ['/app/main.py'] }, replace('COPY python/hello_world ./hello_world', 'COPY python/hello_world/main.py .')).met).toBe(true);
    expect(check({ ...goal, paths: ['/app/hello_world/main.py'] }, replace('COPY python/hello_world ./hello_world', 'COPY . .').replace('hello_world/requirements.txt ./hello_world/requirements.txt', 'hello_world/requirements.txt ./')).met).toBe(false);
  });
});

describe('goal kind from docker run', () => {
  const goal = { kind: 'container-runs', argv: ['python', 'hello_world/main.py'], workdir: '/app', command: BUILD } as const;

  it('reads the built image: command, working directory and the script in the image', () => {
    expect(check(goal, GOOD)).toMatchObject({ met: true, message: 'docker run starts python hello_world/main.py in /app, and the script is in the image.' });
    expect(check({ ...goal, command: undefined }, GOOD).met).toBe(true);
    const shell = check(goal, replace('CMD ["python", "hello_world/main.py"]', 'CMD python hello_world/main.py'));
    expect(shell.message).toBe('docker run would start /bin/sh -c "python hello_world/main.py", not python hello_world/main.py.');
    const inherited = check(goal, replace('CMD ["python", "hello_world/main.py"]\n', ''));
    expect(inherited.message).toContain("the base image's command");
    const elsewhere = check(goal, replace('COPY python/hello_world ./hello_world', 'COPY python/hello_world ./app'));
    expect(elsewhere).toMatchObject({ met: false, message: expect.stringContaining('/app/hello_world/main.py is not in the image') });
    const noWorkdir = check(goal, replace('WORKDIR /app\n', ''));
    expect(noWorkdir.met).toBe(false);
  });
});

describe('checkExercise and hintsFor', () => {
  const ex = exercise(
    [
      { kind: 'build-succeeds', command: BUILD },
      { kind: 'cmd-exec-form', runs: ['python', 'hello_world/main.py'] },
    ],
    replace('CMD ["python", "hello_world/main.py"]', 'CMD python hello_world/main.py').replace('CMD python', 'CMD  python'),
  );

  it('lists every goal with a label and a sentence', () => {
    const report = checkExercise(ex, startWorkspace(ex));
    expect(report.goals.map((g) => [g.label, g.met])).toEqual([
      ['`docker build -t hello .` succeeds', true],
      ['CMD is in exec form and runs python hello_world/main.py', false],
    ]);
    expect(report.solved).toBe(false);
  });

  it('the first hint is about the learner\'s own text, then the authored hints', () => {
    const ws = startWorkspace(ex);
    const hints = hintsFor(ex, ws);
    expect(hints[0]).toMatchObject({ source: 'yours', goalIndex: 1 });
    expect(hints[0].text).toContain('Your CMD is in shell form');
    expect(hints.slice(1)).toEqual([{ text: 'An authored hint.', source: 'authored' }]);
    ws.write('Dockerfile', GOOD);
    expect(hintsFor(ex, ws)[0].text).toBe('Every goal is met: there is nothing left to fix.');
  });

  it('prefers a hint from the Dockerfile over a build error when both fail', () => {
    const both = exercise([{ kind: 'build-succeeds', command: BUILD }, { kind: 'cmd-exec-form' }], replace('CMD ["python"', 'CMD["python"'));
    const first = hintsFor(both, startWorkspace(both))[0];
    expect(first.goalIndex).toBe(1);
    expect(first.text).toContain('no space after CMD');
  });
});

describe('solutionDiff', () => {
  it('a line diff with line numbers on both sides', () => {
    const diff = solutionDiff('FROM python\nWORKDIR /app\nCMD python main.py\n', 'FROM python:3.12-slim\nWORKDIR /app\nCMD ["python", "main.py"]\n');
    expect(diff.changed).toBe(true);
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(2);
    expect(diff.lines).toEqual([
      { kind: 'removed', text: 'FROM python', oldLine: 1 },
      { kind: 'added', text: 'FROM python:3.12-slim', newLine: 1 },
      { kind: 'same', text: 'WORKDIR /app', oldLine: 2, newLine: 2 },
      { kind: 'removed', text: 'CMD python main.py', oldLine: 3 },
      { kind: 'added', text: 'CMD ["python", "main.py"]', newLine: 3 },
    ]);
  });

  it('no change, CRLF and a missing final newline', () => {
    expect(solutionDiff('a\r\nb\r\n', 'a\nb\n').changed).toBe(false);
    expect(solutionDiff('', 'FROM x\n').lines).toEqual([{ kind: 'added', text: 'FROM x', newLine: 1 }]);
  });
});
