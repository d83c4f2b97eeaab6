/**
 * The COPYs of one stage, as lw-cache-order asks about them for every dependency
 * install: does a COPY bring the manifest in on its own, and which is the first COPY
 * that brings it in with a whole directory?
 *
 * Scanning every earlier COPY for every install would grow with the square of the
 * stage's length. Instead the COPYs are grouped by destination: only a COPY to the
 * manifest's own path or its directory can put it in place alone, and only a COPY to
 * one of its parent directories can bring it with a directory, so a question looks
 * at a few groups, each summarised as COPYs are added. The exact predicates below
 * decide; the groups only say where to look (copy-index.test.ts compares the two).
 */
import type { Step } from '@/lib/engine/types';
import { basename } from '../hadolint/shell';
import { dirname, isInside, resolvePath } from './support';

export interface CopyRecord {
  step: Step;
  /** Sources as written, without a leading `./` ('.' for the whole context). */
  sources: string[];
  destAbs: string;
  workdir: string;
}

export const hasGlob = (path: string) => /[*?[]/.test(path);

/** A wildcard base name as a pattern; null when it is not a valid pattern (an unclosed `[`), which matches nothing. */
export function globToRegExp(glob: string): RegExp | null {
  const body = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  try {
    return new RegExp(`^${body}$`);
  } catch {
    return null;
  }
}

function matchesName(source: string, name: string): boolean {
  const base = basename(source);
  return hasGlob(base) ? (globToRegExp(base)?.test(name) ?? false) : base === name;
}

/** The COPY puts a file with the manifest's name exactly where the install reads it. */
export function copiesManifestAlone(copy: CopyRecord, manifest: string): boolean {
  const name = basename(manifest);
  const lands = copy.destAbs === manifest || resolvePath(copy.destAbs, name) === manifest;
  return lands && copy.sources.some((s) => matchesName(s, name));
}

/**
 * The source directory this COPY brings the manifest from, or null. The whole context
 * (`.`) counts whenever the manifest lands under the destination; another directory
 * only when the install reaches the manifest through that directory
 * (`COPY python/hello_world ./hello_world` + `pip install -r hello_world/requirements.txt`).
 */
export function directoryBringingManifest(copy: CopyRecord, manifest: string, cwd: string): string | null {
  if (!isInside(manifest, copy.destAbs) || manifest === copy.destAbs) return null;
  for (const source of copy.sources) {
    if (hasGlob(source) || basename(source) === basename(manifest)) continue;
    if (source === '.') return '.';
    if (copy.destAbs !== cwd && isInside(copy.destAbs, cwd)) return source;
  }
  return null;
}

interface Entry {
  copy: CopyRecord;
  /** Position among the stage's COPYs. */
  seq: number;
}

/** What the COPYs to one destination can do, kept up to date as COPYs are added. */
interface Group {
  /** Base names of the sources, without wildcards in the base name (copiesManifestAlone). */
  names: Set<string>;
  /** Base names with wildcards, as patterns (null: not a valid pattern). */
  globs: Map<string, RegExp | null>;
  /** The first COPY with a `.` source. */
  firstDot: Entry | null;
  /** The first COPY whose sources without wildcards have two different base names. */
  firstMulti: Entry | null;
  /** The first COPYs whose sources without wildcards share one base name, one per name, at most two. */
  singles: Array<Entry & { name: string }>;
}

export class CopyIndex {
  private readonly groups = new Map<string, Group>();
  private count = 0;

  add(copy: CopyRecord): void {
    let group = this.groups.get(copy.destAbs);
    if (!group) {
      group = { names: new Set(), globs: new Map(), firstDot: null, firstMulti: null, singles: [] };
      this.groups.set(copy.destAbs, group);
    }
    const entry: Entry = { copy, seq: this.count++ };
    for (const source of copy.sources) {
      const base = basename(source);
      if (!hasGlob(base)) group.names.add(base);
      else if (!group.globs.has(base)) group.globs.set(base, globToRegExp(base));
    }
    if (!group.firstDot && copy.sources.includes('.')) group.firstDot = entry;
    // The base names of the sources without wildcards: none, one, or two different ones.
    let first: string | null = null;
    let several = false;
    for (const source of copy.sources) {
      if (hasGlob(source)) continue;
      const base = basename(source);
      if (first === null) first = base;
      else if (base !== first) several = true;
    }
    if (several) {
      group.firstMulti ??= entry;
    } else if (first !== null) {
      const name = first;
      if (group.singles.length < 2 && !group.singles.some((s) => s.name === name)) group.singles.push({ ...entry, name });
    }
  }

  /** Whether any COPY so far puts a file with the manifest's name exactly where the install reads it. */
  copiesAlone(manifest: string): boolean {
    const name = basename(manifest);
    // Only a COPY to the manifest's path, or to its directory, can land it there.
    for (const dest of new Set([manifest, dirname(manifest)])) {
      const group = this.groups.get(dest);
      if (!group) continue;
      const lands = dest === manifest || resolvePath(dest, name) === manifest;
      if (!lands) continue;
      if (group.names.has(name)) return true;
      for (const pattern of group.globs.values()) if (pattern?.test(name)) return true;
    }
    return false;
  }

  /** The first COPY so far (in file order) that brings the manifest in with a directory, and that directory. */
  firstBringing(manifest: string, cwd: string): { copy: CopyRecord; dir: string } | null {
    const name = basename(manifest);
    let best: Entry | null = null;
    // Only a COPY to a directory above the manifest can bring it in with a directory.
    for (const dest of parentDirectories(manifest)) {
      const group = this.groups.get(dest);
      if (!group) continue;
      // For one destination, which sources count depends only on the install's directory.
      const anyDirectoryCounts = dest !== cwd && isInside(dest, cwd);
      const first = anyDirectoryCounts ? firstWithOtherName(group, name) : group.firstDot;
      if (first && (!best || first.seq < best.seq)) best = first;
    }
    if (!best) return null;
    const dir = directoryBringingManifest(best.copy, manifest, cwd);
    return dir === null ? null : { copy: best.copy, dir };
  }
}

/** The first COPY with a source, without wildcards, whose base name is not `name`. */
function firstWithOtherName(group: Group, name: string): Entry | null {
  const single = group.singles.find((s) => s.name !== name) ?? null;
  if (!group.firstMulti) return single;
  return !single || group.firstMulti.seq < single.seq ? group.firstMulti : single;
}

/** Every directory `path` is inside of (isInside), except `path` itself: `/` and each parent. */
function parentDirectories(path: string): string[] {
  const out = ['/'];
  for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out.filter((dir) => dir !== path);
}
