/**
 * Why a step missed the cache, found by comparing its inputs with the most recently used
 * cache entry built on the same parent (the step as it was in an earlier build).
 */
import type { BuildCache, CacheEntry, CacheMissReason, FileChange, StepInputs } from '../types';

function diffRecord(a: Record<string, string> = {}, b: Record<string, string> = {}): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).sort();
}

function fileChanges(before: Record<string, string> = {}, after: Record<string, string> = {}): FileChange[] {
  const out: FileChange[] = [];
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[path];
    const b = after[path];
    if (a === b) continue;
    if (a === undefined) out.push({ path, change: 'added' });
    else if (b === undefined) out.push({ path, change: 'removed' });
    else if (a.split(':')[1] === b.split(':')[1]) out.push({ path, change: 'mode' });
    else out.push({ path, change: 'modified' });
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : 1));
}

function describeFiles(changes: FileChange[]): string {
  const words: Record<FileChange['change'], string> = { added: 'added', removed: 'removed', modified: 'changed', mode: 'permissions changed' };
  const shown = changes.slice(0, 3).map((c) => `${c.path} ${words[c.change]}`);
  return shown.join(', ') + (changes.length > 3 ? ` and ${changes.length - 3} more` : '');
}

/** The earlier version of this step among `siblings` (the cache entries with its parent, CacheIndex.children): most recently used. */
export function previousSibling(siblings: Iterable<CacheEntry>, keyword: string): CacheEntry | undefined {
  let best: CacheEntry | undefined;
  for (const entry of siblings) {
    const better = !best || (entry.keyword === keyword) > (best.keyword === keyword) || ((entry.keyword === keyword) === (best.keyword === keyword) && entry.lastUsed > best.lastUsed);
    if (better) best = entry;
  }
  return best;
}

export function explainMiss(previous: CacheEntry | undefined, inputs: StepInputs, line: number): CacheMissReason {
  if (!previous) return { kind: 'first-build', text: 'not in the build cache yet' };
  const before = previous.inputs;
  if (before.op !== inputs.op) return { kind: 'instruction-changed', text: `the instruction on line ${line} changed` };
  const files = fileChanges(before.files, inputs.files);
  if (files.length > 0) return { kind: 'files-changed', text: describeFiles(files), files };
  const args = diffRecord(before.args, inputs.args);
  if (args.length > 0) return { kind: 'arg-changed', name: args[0], text: `ARG ${args[0]} changed` };
  const env = diffRecord(before.env, inputs.env);
  if (env.length > 0) return { kind: 'env-changed', name: env[0], text: `ENV ${env[0]} changed` };
  if ((before.workdir ?? '') !== (inputs.workdir ?? '')) return { kind: 'workdir-changed', text: `WORKDIR changed (${before.workdir} → ${inputs.workdir})` };
  if ((before.user ?? '') !== (inputs.user ?? '')) return { kind: 'user-changed', text: `USER changed (${before.user || 'root'} → ${inputs.user || 'root'})` };
  if (before.sourceChecksum !== inputs.sourceChecksum) return { kind: 'source-stage-changed', text: 'the copied files of the other stage changed' };
  return { kind: 'instruction-changed', text: `the instruction on line ${line} changed` };
}

/**
 * The cache entries a build asks about when it explains a miss, found without walking the
 * whole cache for every stage (a Dockerfile of many stages was quadratic, issue 12): keys by
 * parent, and keys by keyword and operation. Built from the cache once per build and kept up
 * to date as the build adds entries.
 */
export class CacheIndex {
  private readonly byParent = new Map<string, Set<string>>();
  private readonly byOp = new Map<string, Set<string>>();

  constructor(private readonly cache: BuildCache) {
    for (const entry of Object.values(cache.entries)) this.add(entry);
  }

  add(entry: CacheEntry): void {
    addTo(this.byParent, entry.parent, entry.key);
    addTo(this.byOp, opKey(entry.keyword, entry.inputs.op), entry.key);
  }

  /** Entries whose parent is `parent`. */
  children(parent: string): CacheEntry[] {
    return this.entries(this.byParent.get(parent));
  }

  /** Entries of the same instruction keyword and operation. */
  sameOp(keyword: string, op: string): CacheEntry[] {
    return this.entries(this.byOp.get(opKey(keyword, op)));
  }

  private entries(keys: Set<string> | undefined): CacheEntry[] {
    const out: CacheEntry[] = [];
    for (const key of keys ?? []) {
      const entry = this.cache.entries[key];
      if (entry) out.push(entry);
    }
    return out;
  }
}

function opKey(keyword: string, op: string): string {
  return `${keyword}\u0000${op}`;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
