import { describe, expect, it } from 'vitest';
import { buildTree, isExecutableMode, type TreeNode } from './tree';

const render = (nodes: TreeNode[], depth = 0): string[] =>
  nodes.flatMap((n) => (n.kind === 'dir' ? [`${'  '.repeat(depth)}${n.name}/`, ...render(n.children, depth + 1)] : [`${'  '.repeat(depth)}${n.name}`]));

describe('buildTree', () => {
  it('nests the notes’ Root tree under its folders, sorted like ls', () => {
    const tree = buildTree([
      { path: 'resources/videos/video2.mp4', type: 'file' },
      { path: 'src/main.py', type: 'file' },
      { path: 'resources/docker/Dockerfile', type: 'file' },
      { path: 'src/cli.py', type: 'file' },
      { path: 'resources/videos/video1.mp4', type: 'file' },
      { path: '.dockerignore', type: 'file' },
    ]);
    expect(render(tree)).toEqual([
      '.dockerignore',
      'resources/',
      '  docker/',
      '    Dockerfile',
      '  videos/',
      '    video1.mp4',
      '    video2.mp4',
      'src/',
      '  cli.py',
      '  main.py',
    ]);
  });

  it('keeps listed folders without creating duplicates, and keeps each file’s mode and path', () => {
    const tree = buildTree([
      { path: 'src', type: 'dir' },
      { path: 'src/run.sh', type: 'file', mode: '0755', size: 10 },
      { path: 'empty', type: 'dir' },
    ]);
    expect(render(tree)).toEqual(['empty/', 'src/', '  run.sh']);
    const src = tree[1];
    expect(src.kind === 'dir' && src.children[0]).toEqual({ kind: 'file', name: 'run.sh', path: 'src/run.sh', mode: '0755', size: 10 });
  });
});

describe('isExecutableMode', () => {
  it('is true when any execute bit is set', () => {
    expect(isExecutableMode('0644')).toBe(false);
    expect(isExecutableMode('0755')).toBe(true);
    expect(isExecutableMode('0744')).toBe(true);
    expect(isExecutableMode('0601')).toBe(true);
  });
});
