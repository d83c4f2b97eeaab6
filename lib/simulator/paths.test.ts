import { describe, expect, it } from 'vitest';
import { basename, cleanPath, contextSourcePath, dirname, isWithin, relativePath, resolvePath } from './paths';

describe('paths', () => {
  it('cleans like Go path.Clean', () => {
    expect(cleanPath('a/./b/../c/')).toBe('a/c');
    expect(cleanPath('../a')).toBe('../a');
    expect(cleanPath('/../a')).toBe('/a');
    expect(cleanPath('')).toBe('.');
  });

  it('resolves relative to a working directory', () => {
    expect(resolvePath('/project/resources', '..')).toBe('/project');
    expect(resolvePath('/project/resources', 'docker/Dockerfile')).toBe('/project/resources/docker/Dockerfile');
    expect(resolvePath('/project', '/etc')).toBe('/etc');
  });

  it('splits and relates paths', () => {
    expect(dirname('docker/Dockerfile')).toBe('docker');
    expect(dirname('Dockerfile')).toBe('.');
    expect(basename('/a/b/Dockerfile')).toBe('Dockerfile');
    expect(relativePath('/project', '/project/resources/docker')).toBe('resources/docker');
    expect(relativePath('/project/resources', '/project')).toBe('..');
    expect(relativePath('/project', '/project')).toBe('.');
    expect(isWithin('/project', '/project/src/a')).toBe(true);
    expect(isWithin('/project', '/projectx')).toBe(false);
  });

  it('clamps COPY sources to the context root, as BuildKit does', () => {
    expect(contextSourcePath('../src')).toBe('src');
    expect(contextSourcePath('../../src/main.py')).toBe('src/main.py');
    expect(contextSourcePath('/src/')).toBe('src');
    expect(contextSourcePath('.')).toBe('');
    expect(contextSourcePath('./a/../b')).toBe('b');
  });
});
