import { describe, expect, it } from 'vitest';
import { warmUp, warmUpCommand } from './warm-up';
import { workspaceFromSnapshot } from './snapshot';
import { specSnapshot } from './projects';

function helloWorld(command: string | null = 'docker build -t hello .') {
  return workspaceFromSnapshot(specSnapshot({ project: 'hello-world', command: command ?? undefined }));
}

describe('warming up the simulator', () => {
  it("builds a copy: the learner's images, cache, last build and files stay as they were", () => {
    const ws = helloWorld();
    const before = JSON.stringify({ docker: ws.docker, last: ws.lastBuild, files: ws.files(), revision: ws.revision });
    const codes = warmUp(ws);
    expect(codes).toEqual([0, 0]);
    expect(JSON.stringify({ docker: ws.docker, last: ws.lastBuild, files: ws.files(), revision: ws.revision })).toBe(before);
    expect(ws.run('docker images').output).not.toContain('hello');
  });

  it('runs the suggested build command, or a plain build when the suggestion is not one', () => {
    expect(warmUpCommand(helloWorld('docker build -t hello .'))).toBe('docker build -t hello .');
    expect(warmUpCommand(helloWorld('docker run hello'))).toBe('docker build -t warm-up .');
    expect(warmUpCommand(helloWorld('docker build . && rm -rf x'))).toBe('docker build -t warm-up .');
    expect(warmUpCommand(helloWorld(null))).toBe('docker build -t warm-up .');
  });
});
