import { describe, expect, it } from 'vitest';
import { helloWorldProject, customDockerfileLocationProject } from '@/lib/simulator/projects';
import { Workspace, isDockerfilePath, type WorkspaceChange } from './workspace';

function hello() {
  return new Workspace({ files: helloWorldProject, command: 'docker build -t hello .' });
}

describe('Workspace: one project for editor, files and terminal', () => {
  it('opens the Dockerfile the suggested command builds', () => {
    const ws = new Workspace({ files: customDockerfileLocationProject, command: 'docker build -t img_name -f resources/docker/Dockerfile .' });
    expect(ws.openFile).toBe('resources/docker/Dockerfile');
    expect(ws.mainDockerfile()).toBe('resources/docker/Dockerfile');
  });

  it('builds what the editor wrote, not a copy', () => {
    const ws = hello();
    const edited = ws.read('Dockerfile')!.replace('pip install -r', 'pip install --no-cache-dir -r');
    ws.write('Dockerfile', edited);
    const result = ws.run('docker build -t hello .');
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('RUN pip install --no-cache-dir -r hello_world/requirements.txt');
    expect(ws.lastBuild?.dockerfile).toBe('Dockerfile');
    expect(ws.lastBuild?.dockerfileText).toBe(edited);
  });

  it('announces terminal changes to files and the build', () => {
    const ws = hello();
    const changes: WorkspaceChange[] = [];
    ws.subscribe((c) => changes.push(c));
    ws.run('echo "print(1)" > extra.py');
    expect(changes.at(-1)).toMatchObject({ origin: 'terminal', files: ['extra.py'], build: false });
    expect(ws.read('extra.py')).toBe('print(1)\n');
    ws.run('docker build -t hello .');
    expect(changes.at(-1)?.build).toBe(true);
  });

  it('creates, renames (keeping mode), chmods and deletes files, following the open file', () => {
    const ws = hello();
    expect(ws.create('src/app.py', 'print(1)\n')).toEqual({ ok: true });
    expect(ws.create('src/app.py')).toEqual({ ok: false, message: 'src/app.py already exists.' });
    expect(ws.create('src/app.py/x')).toEqual({ ok: false, message: 'src/app.py is a file, so it cannot hold src/app.py/x.' });
    expect(ws.chmod('src/app.py', '+x')).toEqual({ ok: true });
    ws.openInEditor('src/app.py');
    expect(ws.rename('src/app.py', 'src/main.py')).toEqual({ ok: true });
    expect(ws.openFile).toBe('src/main.py');
    expect(ws.modeOf('src/main.py')).toBe('0755');
    expect(ws.has('src/app.py')).toBe(false);
    expect(ws.delete('src/main.py')).toEqual({ ok: true });
    expect(ws.openFile).toBe('Dockerfile');
  });

  it('a rename onto an existing file is refused and loses nothing', () => {
    const ws = hello();
    const before = ws.files();
    expect(ws.rename('Dockerfile', '.dockerignore').ok).toBe(false);
    expect(ws.files()).toEqual(before);
  });

  it('touch changes no cache key; chmod does', () => {
    const ws = hello();
    ws.run('docker build -t hello .');
    ws.touch('python/hello_world/main.py');
    ws.run('docker build -t hello .');
    expect(ws.lastBuild!.result.steps.filter((s) => s.status === 'EXECUTED')).toEqual([]);
    ws.chmod('python/hello_world/main.py', '0755');
    ws.run('docker build -t hello .');
    const executed = ws.lastBuild!.result.steps.filter((s) => s.status === 'EXECUTED').map((s) => s.keyword);
    expect(executed).toContain('COPY');
    expect(executed).not.toContain('RUN');
  });

  it('derives the build context of a Dockerfile from the last build, the command, or the project root', () => {
    const ws = new Workspace({ files: customDockerfileLocationProject, command: 'docker build -t img_name -f docker/Dockerfile ..', cwd: 'resources' });
    expect(ws.buildTargetFor('resources/docker/Dockerfile')).toMatchObject({ context: '.', dockerfileInContext: 'resources/docker/Dockerfile' });
    ws.run('cd docker && docker build -t x .');
    expect(ws.buildTargetFor('resources/docker/Dockerfile')).toMatchObject({ context: 'resources/docker', dockerfileInContext: 'Dockerfile' });
    const plain = new Workspace({ files: customDockerfileLocationProject });
    expect(plain.buildTargetFor('resources/docker/Dockerfile')).toMatchObject({ context: '.', dockerfileInContext: 'resources/docker/Dockerfile' });
  });

  it('knows Dockerfiles by name', () => {
    for (const name of ['Dockerfile', 'docker/Dockerfile', 'Dockerfile.prod', 'dev.Dockerfile', 'Containerfile']) expect(isDockerfilePath(name)).toBe(true);
    for (const name of ['.dockerignore', 'Dockerfile.dockerignore', 'main.py', 'requirements.txt']) expect(isDockerfilePath(name)).toBe(false);
  });
});
