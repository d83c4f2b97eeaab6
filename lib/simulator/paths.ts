/** POSIX path helpers (Go's path.Clean semantics) for the virtual project and build contexts. */
import { cleanPath } from '@/lib/docker/paths';

export { cleanPath };

export function joinPath(...parts: string[]): string {
  return cleanPath(parts.filter((p) => p !== '').join('/'));
}

/** Resolves `path` against the absolute directory `cwd` (an absolute `path` wins). */
export function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? cleanPath(path) : cleanPath(`${cwd}/${path}`);
}

export function dirname(path: string): string {
  const clean = cleanPath(path);
  const slash = clean.lastIndexOf('/');
  if (slash === -1) return '.';
  if (slash === 0) return '/';
  return clean.slice(0, slash);
}

export function basename(path: string): string {
  const clean = cleanPath(path);
  if (clean === '/') return '/';
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** Relative path from absolute directory `from` to absolute path `to` ("." when equal). */
export function relativePath(from: string, to: string): string {
  const a = cleanPath(from).split('/').filter(Boolean);
  const b = cleanPath(to).split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const parts = [...Array(a.length - common).fill('..'), ...b.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/** True when absolute `path` is `dir` or inside it. */
export function isWithin(dir: string, path: string): boolean {
  const d = cleanPath(dir);
  const p = cleanPath(path);
  return d === '/' || p === d || p.startsWith(d + '/');
}

/**
 * A COPY/ADD source as BuildKit sees it: relative to the context root, where a leading "/"
 * and any "../" that would leave the root are dropped
 * (https://docs.docker.com/reference/dockerfile/#copying-from-the-build-context).
 * Returns "" for the context root itself.
 */
export function contextSourcePath(source: string): string {
  const clean = cleanPath('/' + source);
  return clean === '/' ? '' : clean.slice(1);
}
