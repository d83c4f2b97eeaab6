/**
 * The learner's project as a tiny file system mounted at PROJECT_ROOT. Only files are stored;
 * directories exist when a file is inside them. mtime is tracked so `touch` is visible in
 * `ls -l` while never reaching a cache key.
 */
import { DEFAULT_MODE, byteLength, fileContent, fileMode, normaliseKey, normaliseMode } from '../context';
import { cleanPath, isWithin, relativePath } from '../paths';
import type { ProjectEntry, VirtualFiles } from '../types';

export const PROJECT_ROOT = '/project';

export interface StoredFile {
  content: string;
  mode: string;
  mtime: number;
}

export class ProjectFs {
  private files = new Map<string, StoredFile>();

  constructor(initial: VirtualFiles, now: number) {
    for (const [path, file] of Object.entries(initial)) {
      const key = normaliseKey(path);
      if (key) this.files.set(key, { content: fileContent(file), mode: fileMode(file), mtime: now });
    }
  }

  /** Project-relative key for an absolute path inside the project, or null outside it. */
  keyOf(absolute: string): string | null {
    const clean = cleanPath(absolute);
    if (!isWithin(PROJECT_ROOT, clean)) return null;
    const rel = relativePath(PROJECT_ROOT, clean);
    return rel === '.' ? '' : rel;
  }

  isFile(absolute: string): boolean {
    const key = this.keyOf(absolute);
    return key !== null && this.files.has(key);
  }

  isDir(absolute: string): boolean {
    const clean = cleanPath(absolute);
    if (isWithin(clean, PROJECT_ROOT)) return true; // "/", "/project"
    const key = this.keyOf(clean);
    if (key === null) return false;
    const prefix = key + '/';
    for (const path of this.files.keys()) if (path.startsWith(prefix)) return true;
    return false;
  }

  exists(absolute: string): boolean {
    return this.isFile(absolute) || this.isDir(absolute);
  }

  read(absolute: string): StoredFile | undefined {
    const key = this.keyOf(absolute);
    return key === null ? undefined : this.files.get(key);
  }

  /** Direct children of a directory: names with their kind. */
  children(absolute: string): Array<{ name: string; type: 'file' | 'dir' }> {
    const clean = cleanPath(absolute);
    if (!isWithin(PROJECT_ROOT, clean)) {
      // Above the project only the path down to it exists.
      const rel = relativePath(clean, PROJECT_ROOT);
      return rel === '.' || rel.startsWith('..') ? [] : [{ name: rel.split('/')[0], type: 'dir' }];
    }
    const key = this.keyOf(clean)!;
    const prefix = key === '' ? '' : key + '/';
    const out = new Map<string, 'file' | 'dir'>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) out.set(rest, 'file');
      else out.set(rest.slice(0, slash), 'dir');
    }
    return [...out].map(([name, type]) => ({ name, type })).sort((a, b) => compareNames(a.name, b.name));
  }

  write(key: string, content: string, mode?: string, now = 0): void {
    const existing = this.files.get(key);
    this.files.set(key, { content, mode: mode ? normaliseMode(mode) : (existing?.mode ?? DEFAULT_MODE), mtime: now });
  }

  delete(key: string): boolean {
    return this.files.delete(key);
  }

  setMode(key: string, mode: string): boolean {
    const file = this.files.get(key);
    if (!file) return false;
    file.mode = mode;
    return true;
  }

  setMtime(key: string, now: number): boolean {
    const file = this.files.get(key);
    if (!file) return false;
    file.mtime = now;
    return true;
  }

  /** Files under an absolute directory, relative to it (a build context). */
  filesUnder(absolute: string): VirtualFiles {
    const out: VirtualFiles = {};
    const clean = cleanPath(absolute);
    for (const [key, file] of this.files) {
      const abs = `${PROJECT_ROOT}/${key}`;
      if (isWithin(clean, abs)) out[relativePath(clean, abs)] = { content: file.content, mode: file.mode };
    }
    return out;
  }

  snapshot(): VirtualFiles {
    return this.filesUnder(PROJECT_ROOT);
  }

  list(): ProjectEntry[] {
    const dirs = new Set<string>();
    const entries: ProjectEntry[] = [];
    for (const [path, file] of this.files) {
      entries.push({ path, type: 'file', mode: file.mode, size: byteLength(file.content) });
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
    }
    for (const dir of dirs) entries.push({ path: dir, type: 'dir' });
    return entries.sort((a, b) => compareNames(a.path, b.path));
  }
}

/** ls/tree order: case-insensitive, ignoring a leading dot (close to en_US collation). */
export function compareNames(a: string, b: string): number {
  const ka = a.replace(/^\./, '').toLowerCase();
  const kb = b.replace(/^\./, '').toLowerCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
