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

/** The earlier version of this step: same parent, most recently used. */
export function previousSibling(cache: BuildCache, parent: string, keyword: string): CacheEntry | undefined {
  let best: CacheEntry | undefined;
  for (const entry of Object.values(cache.entries)) {
    if (entry.parent !== parent) continue;
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
