import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { checksum } from '@/lib/workbench/share';
import { encodeWorkspaceHash, WORKSPACE_LINK_KEY } from '@/lib/workbench/workspace-link';
import { WORKSPACE_PARAM } from './step-hash';
import { projectSnapshot, specSnapshot } from '@/lib/workspace/projects';
import { snapshotWithDockerfile } from '@/lib/workspace/snapshot';
import { embedPath, iframeSnippet, lessonAnchorPath } from './embed';
import { hasStepWorkspace, LINK_WARN_LENGTH, parseStepHash, readStepWorkspace, stepLinkHash, stepLinkPath, targetOnlyHash, type LinkableWorkspace } from './step-link';

// Like lesson 10: two workspaces over the same project, the second with its terminal elsewhere.
const lessonWorkspaces: LinkableWorkspace[] = [
  { id: 'lab-root', base: { id: 'custom-dockerfile-location', snapshot: projectSnapshot('custom-dockerfile-location') } },
  { id: 'lab-resources', base: { id: 'custom-dockerfile-location', snapshot: projectSnapshot('custom-dockerfile-location') } },
];
const helloBase = { id: 'hello-world', snapshot: projectSnapshot('hello-world') };

function prepared() {
  const start = specSnapshot({ project: 'custom-dockerfile-location', cwd: 'resources', command: 'docker build -t img -f docker/Dockerfile ..' });
  const main = start.openFile ?? 'Dockerfile';
  return { ...snapshotWithDockerfile(start, 'FROM python:3.12-slim\nRUN echo prepared-by-the-instructor\n', main), cwd: 'resources' };
}

describe('step links with a workspace', () => {
  it('keep the step first, name the workspace and carry the playground’s workspace value', () => {
    const snapshot = prepared();
    const hash = stepLinkHash('exec-form', 'lab-resources', snapshot, lessonWorkspaces[1].base);
    expect(hash).toMatch(/^#exec-form&ws=lab-resources&workspace=w1\.[0-9a-z]+\.[A-Za-z0-9+\-$]+$/);
    // The workspace= value is byte for byte the playground's link value.
    expect(hash.split('&workspace=')[1]).toBe(encodeWorkspaceHash(snapshot, lessonWorkspaces[1].base).slice('#workspace='.length));
    expect(parseStepHash(hash)).toMatchObject({ target: 'exec-form', workspaceId: 'lab-resources' });
    expect(hasStepWorkspace(hash)).toBe(true);
    expect(targetOnlyHash(hash)).toBe('#exec-form');
  });

  it('open into the named workspace with its files, open file, cwd and command', () => {
    const snapshot = prepared();
    const read = readStepWorkspace(stepLinkHash('quiz-which-context', 'lab-resources', snapshot, lessonWorkspaces[1].base), lessonWorkspaces);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.workspaceId).toBe('lab-resources');
    expect(read.snapshot.files).toEqual(snapshot.files);
    expect(read.snapshot.openFile).toBe(snapshot.openFile);
    expect(read.snapshot.cwd).toBe('resources');
    expect(read.snapshot.command).toBe('docker build -t img -f docker/Dockerfile ..');
  });

  it('fill the lesson’s first workspace when ws= is absent', () => {
    const hash = stepLinkHash('s', 'lab-root', prepared(), lessonWorkspaces[0].base).replace('&ws=lab-root', '');
    expect(readStepWorkspace(hash, lessonWorkspaces)).toMatchObject({ kind: 'ok', workspaceId: 'lab-root' });
  });

  it('plain step links carry nothing and are read as before', () => {
    expect(parseStepHash('#copy-basics')).toEqual({ target: 'copy-basics', workspaceId: null, workspace: null });
    expect(readStepWorkspace('#copy-basics', lessonWorkspaces)).toEqual({ kind: 'none' });
    expect(readStepWorkspace('', lessonWorkspaces)).toEqual({ kind: 'none' });
    expect(hasStepWorkspace('#quiz-layers')).toBe(false);
  });

  it.each([
    ['truncated', (h: string) => h.slice(0, -7)],
    ['cut inside the checksum', (h: string) => h.slice(0, h.indexOf('&workspace=w1.') + 16)],
    ['mangled', (h: string) => { const i = h.length - 20; return h.slice(0, i) + (h[i] === 'A' ? 'B' : 'A') + h.slice(i + 1); }],
    ['unknown version', (h: string) => h.replace('workspace=w1.', 'workspace=w7.')],
    ['empty', (h: string) => h.slice(0, h.indexOf('&workspace=') + '&workspace='.length)],
  ])('a %s link gets a message and loads nothing; the step is still named', (_, damage) => {
    const hash = damage(stepLinkHash('exec-form', 'lab-root', prepared(), lessonWorkspaces[0].base));
    const read = readStepWorkspace(hash, lessonWorkspaces);
    expect(read.kind).toBe('invalid');
    if (read.kind === 'invalid') expect(read.message).toMatch(/could not be loaded|does not know/);
    expect(parseStepHash(hash).target).toBe('exec-form');
  });

  it('an oversized link is refused before it is decompressed', () => {
    const hash = `#exec-form&workspace=w1.abc.${'A'.repeat(1_000_001)}`;
    expect(readStepWorkspace(hash, lessonWorkspaces)).toEqual({ kind: 'invalid', message: expect.stringMatching(/too large/) });
  });

  it('a small link that unpacks into too much text is refused', () => {
    // 2.1 MB of repeated text compresses into a short link: the snapshot limit still applies.
    const json = JSON.stringify({ base: 'custom-dockerfile-location', files: { 'big.txt': { content: 'x'.repeat(2_100_000) } } });
    const hash = `#s&workspace=w1.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
    expect(hash.length).toBeLessThan(100_000);
    expect(readStepWorkspace(hash, lessonWorkspaces)).toEqual({ kind: 'invalid', message: expect.stringMatching(/too large/) });
  });

  it('a link for a workspace the lesson lacks, or for another project, is refused', () => {
    const wrongWs = stepLinkHash('s', 'no-such-lab', prepared(), lessonWorkspaces[0].base);
    expect(readStepWorkspace(wrongWs, lessonWorkspaces)).toEqual({ kind: 'invalid', message: expect.stringMatching(/"no-such-lab"/) });
    const wrongProject = stepLinkHash('s', 'lab-root', helloBase.snapshot, helloBase);
    expect(readStepWorkspace(wrongProject, lessonWorkspaces)).toEqual({ kind: 'invalid', message: expect.stringMatching(/project this page does not have/) });
  });

  it('a link that names a file outside the project is refused', () => {
    const json = JSON.stringify({ base: 'hello-world', files: { '../etc/passwd': { content: 'x' } } });
    const hash = `#s&workspace=w1.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
    expect(readStepWorkspace(hash, [{ id: 'w', base: helloBase }])).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/outside the project/) });
  });

  it('paths are the lesson page and the warning threshold is the share links’ 2,000 characters', () => {
    expect(stepLinkPath('copy', 'copy-basics', 'workspace', helloBase.snapshot, helloBase)).toMatch(/^\/learn\/copy\/#copy-basics&ws=/);
    expect(LINK_WARN_LENGTH).toBe(2000);
    expect(WORKSPACE_PARAM).toBe(WORKSPACE_LINK_KEY);
  });
});

describe('embed addresses', () => {
  it('name the step, question, exercise or playground', () => {
    expect(embedPath({ kind: 'step', slug: 'copy', stepId: 'copy-basics' })).toBe('/embed/step/copy/copy-basics/');
    expect(embedPath({ kind: 'quiz', slug: 'copy', questionId: 'q1' })).toBe('/embed/quiz/copy/q1/');
    expect(embedPath({ kind: 'exercise', slug: 'copy', exerciseId: 'fix-copy' })).toBe('/embed/exercise/copy/fix-copy/');
    expect(embedPath({ kind: 'playground' })).toBe('/embed/playground/');
    expect(lessonAnchorPath('copy', 'quiz-q1')).toBe('/learn/copy/#quiz-q1');
  });

  it('give an iframe snippet with a title and escaped attributes', () => {
    expect(iframeSnippet('https://x.test/embed/playground/', 'the "playground"')).toBe(
      '<iframe src="https://x.test/embed/playground/" title="Layerwise: the &quot;playground&quot;" width="100%" height="640" loading="lazy"></iframe>',
    );
  });
});
