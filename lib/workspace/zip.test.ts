import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseMode, readmeName, slugName, workspaceReadme, workspaceZip, type ZipFiles } from './zip';
import { Workspace } from './workspace';
import { PRELOADED_PROJECTS } from '@/lib/simulator/projects';

/** The central directory's entries: name, "version made by" host OS and external attributes. */
function centralDirectory(zip: Uint8Array): { name: string; os: number; attrs: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: { name: string; os: number; attrs: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const os = view.getUint8(at + 5);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const attrs = view.getUint32(at + 38, true);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    out.push({ name, os, attrs });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

const FILES: ZipFiles = {
  Dockerfile: { content: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nEXPOSE 8000\nCMD ["python", "app.py"]\n', mode: '0644' },
  'app.py': { content: 'print("héllo, wörld")\n', mode: '0644' },
  'scripts/entrypoint.sh': { content: '#!/bin/sh\nexec "$@"\n', mode: '0755' },
  '.dockerignore': { content: '.git\n' },
};

describe('workspaceZip', () => {
  it('holds every file with its exact content (UTF-8) and the README', () => {
    const zip = workspaceZip(FILES, { readme: '# Hello\n' });
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(['.dockerignore', 'Dockerfile', 'README.md', 'app.py', 'scripts/entrypoint.sh']);
    for (const [path, file] of Object.entries(FILES)) expect(strFromU8(unzipped[path])).toBe(file.content);
    expect(strFromU8(unzipped['README.md'])).toBe('# Hello\n');
  });

  it('keeps modes in Unix external attributes: the executable bit survives', () => {
    const entries = centralDirectory(workspaceZip(FILES, { readme: 'x' }));
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    for (const entry of entries) expect(entry.os).toBe(3);
    expect((byName['scripts/entrypoint.sh'].attrs >>> 16) & 0o7777).toBe(0o755);
    expect(byName['scripts/entrypoint.sh'].attrs >>> 16 >>> 12).toBe(0o10); // a regular file
    expect((byName['Dockerfile'].attrs >>> 16) & 0o7777).toBe(0o644);
    expect((byName['.dockerignore'].attrs >>> 16) & 0o7777).toBe(0o644);
    expect((byName['README.md'].attrs >>> 16) & 0o7777).toBe(0o644);
  });

  it('puts everything under one folder when asked, and never writes outside it', () => {
    const unzipped = unzipSync(workspaceZip({ ...FILES, '../evil': { content: 'x' }, '/abs': { content: 'y' } }, { folder: 'layerwise-hello', readme: 'r' }));
    const names = Object.keys(unzipped);
    expect(names.every((n) => n.startsWith('layerwise-hello/'))).toBe(true);
    expect(names).toContain('layerwise-hello/scripts/entrypoint.sh');
    expect(names).toContain('layerwise-hello/abs');
    expect(names.some((n) => n.includes('..'))).toBe(false);
  });

  it('does not overwrite a README.md of the project', () => {
    const files = { ...FILES, 'README.md': { content: 'mine' } };
    expect(readmeName(files)).toBe('LAYERWISE.md');
    const unzipped = unzipSync(workspaceZip(files, { readme: 'ours' }));
    expect(strFromU8(unzipped['README.md'])).toBe('mine');
    expect(strFromU8(unzipped['LAYERWISE.md'])).toBe('ours');
  });

  it('zips a real workspace from Workspace.files(), chmod included', () => {
    const ws = new Workspace({ files: PRELOADED_PROJECTS['hello-world'].files, command: 'docker build -t hello .' });
    ws.write('run.sh', '#!/bin/sh\necho hi\n', 'files');
    ws.chmod('run.sh', '+x');
    const files = ws.files();
    const zip = workspaceZip(files, { readme: workspaceReadme({ title: 'Playground', files, command: ws.command }) });
    const unzipped = unzipSync(zip);
    for (const path of Object.keys(files)) expect(strFromU8(unzipped[path])).toBe(files[path].content);
    const run = centralDirectory(zip).find((e) => e.name === 'run.sh')!;
    expect((run.attrs >>> 16) & 0o111).toBe(0o111);
  });
});

describe('workspaceReadme', () => {
  it("gives the lesson's command, docker run for its tag (with the exposed port) and the note on differences", () => {
    const text = workspaceReadme({ title: 'Build lab: python/hello_world', files: FILES, command: 'docker build -t hello .' });
    expect(text).toContain('# Build lab: python/hello_world');
    expect(text).toContain('```sh\ndocker build -t hello .\ndocker run --rm -p 8000:8000 hello\n```');
    expect(text).toMatch(/timings, image and layer digests, image IDs/);
    expect(text).toMatch(/differ from the simulation/);
  });

  it('starts in the workspace folder and follows -f', () => {
    const files: ZipFiles = { 'resources/docker/Dockerfile': { content: 'FROM alpine\nEXPOSE 5000\n' } };
    const text = workspaceReadme({ title: 'Lab', files, command: 'docker build -t img_name -f docker/Dockerfile ..', cwd: 'resources' });
    expect(text).toContain('```sh\ncd resources\ndocker build -t img_name -f docker/Dockerfile ..\ndocker run --rm -p 5000:5000 img_name\n```');
  });

  it('names an image itself when there is no command, and explains an untagged build', () => {
    expect(workspaceReadme({ title: 'My Playground!', files: {} })).toContain('docker build -t my-playground .\ndocker run --rm my-playground\n');
    const untagged = workspaceReadme({ title: 'x', files: {}, command: 'docker build .' });
    expect(untagged).toContain('```sh\ndocker build .\n```');
    expect(untagged).toContain('docker run --rm <image id>');
  });
});

describe('helpers', () => {
  it('reads octal modes and makes file-safe names', () => {
    expect(parseMode('0755')).toBe(0o755);
    expect(parseMode('755')).toBe(0o755);
    expect(parseMode(undefined)).toBe(0o644);
    expect(parseMode('rwx')).toBe(0o644);
    expect(slugName('Build lab: starting in Root/resources')).toBe('build-lab-starting-in-root-resources');
    expect(slugName('???')).toBe('workspace');
  });
});
