import { describe, expect, it } from 'vitest';
import { helloWorldProject } from '@/lib/simulator/projects';
import { snapshotOf } from '@/lib/workspace/snapshot';
import { Workspace } from '@/lib/workspace/workspace';
import { encodeShareHash } from './share';
import { decodeWorkspaceHash, encodeWorkspaceHash, hasWorkspaceLink, type LinkBase } from './workspace-link';
import { getInitialWorkspace, parseWorkspaceDraft, serializeWorkspaceDraft } from './workspace-draft';
import { serializeDraft } from './initial-source';

const base: LinkBase = { id: 'hello-world', snapshot: snapshotOf(new Workspace({ files: helloWorldProject, command: 'docker build -t hello .' })) };

function edited() {
  const ws = new Workspace({ files: helloWorldProject, command: 'docker build -t hello .' });
  ws.write('python/hello_world/main.py', 'print("changed")\n');
  ws.create('notes.txt', 'mine\n');
  ws.delete('.dockerignore');
  ws.openInEditor('python/hello_world/main.py');
  return snapshotOf(ws);
}

describe('workspace links', () => {
  it('carry every changed, added and removed file, the open file and cwd, and only those', () => {
    const snapshot = edited();
    const hash = encodeWorkspaceHash(snapshot, base);
    expect(hasWorkspaceLink(hash)).toBe(true);
    const read = decodeWorkspaceHash(hash, base);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.snapshot.files).toEqual(snapshot.files);
    expect(read.snapshot.openFile).toBe('python/hello_world/main.py');
    expect(read.legacy).toBe(false);
    // Unchanged files are not in the link: it stays short.
    expect(hash.length).toBeLessThan(400);
  });

  it('old single-Dockerfile links still open, into the project', () => {
    const read = decodeWorkspaceHash(encodeShareHash('FROM alpine\nCMD ["sh"]\n'), base);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.legacy).toBe(true);
    expect(read.snapshot.files.Dockerfile.content).toBe('FROM alpine\nCMD ["sh"]\n');
    expect(read.snapshot.files['python/hello_world/main.py']).toEqual(base.snapshot.files['python/hello_world/main.py']);
  });

  it.each([
    ['truncated', (h: string) => h.slice(0, -5)],
    ['mangled', (h: string) => { const i = Math.floor(h.length * 0.6); return h.slice(0, i) + (h[i] === 'A' ? 'B' : 'A') + h.slice(i + 1); }],
    ['unknown version', (h: string) => h.replace('=w1.', '=w9.')],
    ['bad percent escape', (h: string) => `${h}%E0%A4%A`],
  ])('a %s link gets a message, nothing loads', (_, damage) => {
    const read = decodeWorkspaceHash(damage(encodeWorkspaceHash(edited(), base)), base);
    expect(read.kind).toBe('invalid');
    if (read.kind === 'invalid') expect(read.message).toMatch(/could not be loaded/);
  });

  it('a link made for another project is refused, not merged', () => {
    const read = decodeWorkspaceHash(encodeWorkspaceHash(edited(), base), { ...base, id: 'other' });
    expect(read).toMatchObject({ kind: 'invalid' });
  });
});

describe('workspace drafts', () => {
  it('round-trip and migrate the old one-Dockerfile draft', () => {
    const snapshot = edited();
    const raw = serializeWorkspaceDraft(snapshot, new Date('2026-01-01T00:00:00Z'));
    expect(parseWorkspaceDraft(raw, base.snapshot)).toMatchObject({ kind: 'ok', snapshot: { files: snapshot.files } });
    const old = parseWorkspaceDraft(serializeDraft('FROM busybox\n', new Date()), base.snapshot);
    expect(old.kind).toBe('ok');
    if (old.kind === 'ok') expect(old.snapshot.files.Dockerfile.content).toBe('FROM busybox\n');
  });

  it('a link wins over a saved draft, which is kept restorable; damaged data is reported', () => {
    const saved = serializeWorkspaceDraft(edited(), new Date());
    const opened = getInitialWorkspace(base, { hash: encodeShareHash('FROM alpine\n') }, saved);
    expect(opened.origin).toBe('link');
    expect(opened.replacedDraft?.files['notes.txt'].content).toBe('mine\n');
    const corrupt = getInitialWorkspace(base, { hash: '' }, '{not json');
    expect(corrupt).toMatchObject({ origin: 'default', corruptDraft: true });
    expect(corrupt.notice).toContain('could not be read');
    expect(getInitialWorkspace(base, { hash: '' }, saved).origin).toBe('saved');
  });
});
