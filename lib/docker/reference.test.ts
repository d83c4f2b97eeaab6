import { describe, expect, it } from 'vitest';
import { normalizeTag, parseNormalizedNamed } from './reference';

function tagError(text: string): string | null {
  const result = normalizeTag(text);
  return result.ok ? null : result.error;
}

describe('normalizeTag (docker build -t, distribution/reference)', () => {
  it('rejects an uppercase repository but accepts an uppercase tag', () => {
    expect(tagError('MyApp')).toBe('repository name must be lowercase');
    expect(tagError('myapp:V1.0')).toBeNull();
  });

  it('allows one or two underscores between components, not three', () => {
    expect(tagError('my__app')).toBeNull();
    expect(tagError('my_app')).toBeNull();
    expect(tagError('my___app')).toBe('invalid reference format');
    expect(tagError('my--app')).toBeNull();
  });

  it('rejects a leading dash, a space and an empty tag', () => {
    expect(tagError('-myapp')).toBe('invalid reference format');
    expect(tagError('my app')).toBe('invalid reference format');
    expect(tagError('myapp:')).toBe('invalid reference format');
    expect(tagError('')).toBe('repository name must have at least one component');
  });

  it('limits tags to 128 characters', () => {
    expect(tagError('myapp:' + 'a'.repeat(128))).toBeNull();
    expect(tagError('myapp:' + 'a'.repeat(129))).toBe('invalid reference format');
  });

  it('accepts a registry with a port and an uppercase domain', () => {
    const result = normalizeTag('Registry.Example.com:5000/team/app:1.0');
    expect(result.ok && result.ref.full).toBe('Registry.Example.com:5000/team/app:1.0');
    expect(result.ok && result.ref.familiar).toBe('Registry.Example.com:5000/team/app:1.0');
    expect(tagError('localhost:5000/App')).toBe('repository name must be lowercase');
  });

  it('defaults to docker.io, library/ and :latest', () => {
    const result = normalizeTag('img_name');
    expect(result.ok && result.ref.full).toBe('docker.io/library/img_name:latest');
    expect(result.ok && result.ref.familiar).toBe('img_name:latest');
    const user = normalizeTag('alice/web:dev');
    expect(user.ok && user.ref.full).toBe('docker.io/alice/web:dev');
    expect(user.ok && user.ref.familiar).toBe('alice/web:dev');
  });
});

describe('parseNormalizedNamed (docker pull / run / rmi)', () => {
  it('names the repository in the lowercase error, as the CLI prints it', () => {
    const result = parseNormalizedNamed('MyApp');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe('invalid reference format: repository name (library/MyApp) must be lowercase');
  });

  it('normalises official images', () => {
    const result = parseNormalizedNamed('python:3.9');
    expect(result.ok && result.ref.full).toBe('docker.io/library/python:3.9');
    expect(result.ok && result.ref.familiarRepository).toBe('python');
  });
});
