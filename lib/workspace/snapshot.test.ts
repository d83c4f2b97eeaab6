import { describe, expect, it } from 'vitest';
import { helloWorldProject } from '@/lib/simulator/projects';
import { readSnapshot, snapshotOf, workspaceFromSnapshot } from './snapshot';
import { Workspace } from './workspace';

describe('workspace snapshots', () => {
  it('round-trips files, modes, open file, cwd, command, images and the last build through JSON', () => {
    const ws = new Workspace({ files: helloWorldProject, command: 'docker build -t hello .' });
    ws.create('run.sh', 'echo hi\n');
    ws.chmod('run.sh', '+x');
    ws.openInEditor('run.sh');
    ws.run('docker build -t hello . && cd python');
    const json = JSON.parse(JSON.stringify(snapshotOf(ws, { docker: true })));
    const read = readSnapshot(json);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const back = workspaceFromSnapshot(read.snapshot);
    expect(back.files()).toEqual(ws.files());
    expect(back.modeOf('run.sh')).toBe('0755');
    expect(back.openFile).toBe('run.sh');
    expect(back.cwd).toBe('python');
    expect(back.command).toBe('docker build -t hello .');
    expect(back.run('docker images').output).toContain('hello');
    expect(back.lastBuild?.result.steps.map((s) => s.status)).toEqual(ws.lastBuild?.result.steps.map((s) => s.status));
    // The restored build cache is the same: a rebuild is all CACHED.
    cdRoot(back);
    back.run('docker build -t hello .');
    expect(back.lastBuild!.result.steps.filter((s) => s.status === 'EXECUTED')).toEqual([]);
  });

  it('without docker state, a snapshot holds only the project', () => {
    const ws = new Workspace({ files: helloWorldProject });
    ws.run('docker build -t hello .');
    const snap = snapshotOf(ws);
    expect(snap.docker).toBeUndefined();
    expect(snap.lastBuild).toBeUndefined();
  });

  it.each([
    [null, 'It is not a Layerwise workspace.'],
    [{ version: 7, files: {} }, 'format this version of Layerwise does not know (version 7)'],
    [{ version: 1, files: { '../etc/passwd': { content: '' } } }, 'a path stays inside the project'],
    [{ version: 1, files: { a: { content: 1 } } }, 'files.a.content'],
    [{ version: 1, files: {}, extra: true }, 'not a valid Layerwise workspace'],
  ])('refuses %j with a clear message', (value, message) => {
    const read = readSnapshot(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain(message);
  });

  it('a damaged daemon state starts an empty daemon instead of failing', () => {
    const read = readSnapshot({ version: 1, files: { Dockerfile: { content: 'FROM alpine\n' } }, docker: { clock: 'x' } });
    expect(read.ok).toBe(true);
    if (read.ok) expect(workspaceFromSnapshot(read.snapshot).run('docker images').exitCode).toBe(0);
  });
});

function cdRoot(ws: Workspace) {
  ws.run('cd /project');
}
