import { describe, expect, it } from 'vitest';
import { contextFiles, isExecutable, matchSource, normaliseMode, notFoundPath, selectContext, sourceChecksum, wildcardRegExp } from './context';

const project = contextFiles({
  'Dockerfile': 'FROM alpine\n',
  '.dockerignore': 'resources/videos\n*.md\n',
  'README.md': '# hi',
  'src/main.py': 'print(1)',
  'src/cli.py': 'print(2)',
  'src/lib/util.py': 'x = 1',
  'resources/videos/video1.mp4': 'binary',
  'run.sh': { content: 'echo hi', mode: '0755' },
});

describe('context selection', () => {
  it('drops the files .dockerignore matches, at any depth below an ignored directory', () => {
    const selected = selectContext(project, 'resources/videos\n*.md\n');
    expect([...selected.keys()].sort()).toEqual(['.dockerignore', 'Dockerfile', 'run.sh', 'src/cli.py', 'src/lib/util.py', 'src/main.py']);
  });

  it('anchors patterns at the context root (*.md is top-level only)', () => {
    const files = contextFiles({ 'a.md': '', 'docs/b.md': '' });
    expect([...selectContext(files, '*.md').keys()]).toEqual(['docs/b.md']);
    expect([...selectContext(files, '**/*.md').keys()]).toEqual([]);
  });

  it('honours negation, last match wins', () => {
    const files = contextFiles({ 'a.md': '', 'README.md': '' });
    expect([...selectContext(files, '*.md\n!README.md').keys()]).toEqual(['README.md']);
  });
});

describe('matchSource', () => {
  it('finds files and directories relative to the context root, clamping ../', () => {
    expect(matchSource(project, 'src/main.py')?.[0].files.map((f) => f.relative)).toEqual(['main.py']);
    expect(matchSource(project, '../src')?.[0].files.map((f) => f.relative)).toEqual(['cli.py', 'lib/util.py', 'main.py']);
    expect(matchSource(project, '/src/')?.[0].isDir).toBe(true);
    expect(matchSource(project, '.')?.[0].files).toHaveLength(project.size);
  });

  it('returns null for a missing source and names it as BuildKit does', () => {
    expect(matchSource(project, 'docs')).toBeNull();
    expect(notFoundPath('src/')).toBe('/src');
    expect(notFoundPath('../../src')).toBe('/src');
    expect(notFoundPath('./a/b.txt')).toBe('/a/b.txt');
  });

  it('expands wildcards per path segment; no match is an empty list, not an error', () => {
    expect(matchSource(project, 'src/*.py')?.map((m) => m.root)).toEqual(['src/cli.py', 'src/main.py']);
    expect(matchSource(project, '*.txt')).toEqual([]);
    expect(wildcardRegExp('src/[a-c]*.py').test('src/cli.py')).toBe(true);
    expect(wildcardRegExp('src/[!a]*.py').test('src/x.py')).toBe(false);
  });
});

describe('checksums', () => {
  it('change with content and mode but not with anything else', () => {
    const a = contextFiles({ 'app.py': 'x' });
    const same = contextFiles({ 'app.py': { content: 'x', mode: '644' } });
    const edited = contextFiles({ 'app.py': 'y' });
    const chmodded = contextFiles({ 'app.py': { content: 'x', mode: '0755' } });
    const sum = (m: typeof a) => sourceChecksum(matchSource(m, 'app.py')!);
    expect(sum(same)).toBe(sum(a));
    expect(sum(edited)).not.toBe(sum(a));
    expect(sum(chmodded)).not.toBe(sum(a));
  });

  it('change when a file matched by a wildcard is renamed', () => {
    const before = contextFiles({ 'a.txt': 'x' });
    const after = contextFiles({ 'b.txt': 'x' });
    expect(sourceChecksum(matchSource(before, '*.txt')!)).not.toBe(sourceChecksum(matchSource(after, '*.txt')!));
  });

  it('parses modes', () => {
    expect(normaliseMode('755')).toBe('0755');
    expect(normaliseMode('rwx')).toBe('0644');
    expect(isExecutable('0755')).toBe(true);
    expect(isExecutable('0644')).toBe(false);
  });
});

describe('ignore patterns Docker treats literally', () => {
  it('matches (, +, | and $ literally, case-sensitively, and never throws on a bad pattern', () => {
    const files = contextFiles({ 'a+b.txt': '', 'aab.txt': '', '(x)': '', 'README.md': '', 'readme.md': '' });
    expect([...selectContext(files, 'a+b.txt\n(x)\nREADME.md\n[\n').keys()].sort()).toEqual(['aab.txt', 'readme.md']);
  });
});
