/**
 * "Compare two orderings": the same source edit rebuilt with two Dockerfiles, each starting from
 * a warm cache of the unedited project. The build function is passed in so this logic stays
 * independent of how the simulator core is loaded.
 */
import type { BuildCache, BuildRequest, BuildResult, VirtualFiles } from '@/lib/simulator/types';

export type BuildFn = (request: BuildRequest, cache?: BuildCache) => BuildResult;

export interface Ordering {
  name: string;
  dockerfile: string;
}

export interface OrderingOutcome {
  name: string;
  dockerfile: string;
  /** The build before the edit (fills the cache). */
  first: BuildResult;
  /** The rebuild after the edit: the one whose steps and time are compared. */
  rebuild: BuildResult;
}

export interface Comparison {
  editedPath: string;
  outcomes: OrderingOutcome[];
  /** Rebuild time of the slowest ordering minus the fastest (seconds). */
  timeSaved: number;
}

/** The edit used for comparison: one more line at the end, as a learner changing the code would. */
export function appendLine(content: string, path: string): string {
  const comment = path.endsWith('.py') || path.endsWith('.sh') || path.endsWith('.txt') ? '# edited' : '// edited';
  return `${content}${content.endsWith('\n') || content === '' ? '' : '\n'}${comment}\n`;
}

export function compareOrderings(
  buildFn: BuildFn,
  files: VirtualFiles,
  orderings: Ordering[],
  editedPath: string,
  edit: (content: string, path: string) => string = appendLine,
): Comparison {
  const original = files[editedPath];
  if (original === undefined) throw new Error(`compareOrderings: ${editedPath} is not in the project`);
  const originalContent = typeof original === 'string' ? original : original.content;
  const editedFile = typeof original === 'string' ? edit(originalContent, editedPath) : { ...original, content: edit(originalContent, editedPath) };
  const edited: VirtualFiles = { ...files, [editedPath]: editedFile };

  const outcomes = orderings.map(({ name, dockerfile }) => {
    // Each ordering gets its own builder: a shared cache would let one warm the other.
    const first = buildFn({ dockerfile, context: files, tags: ['app'] });
    const rebuild = buildFn({ dockerfile, context: edited, tags: ['app'] }, first.cache);
    return { name, dockerfile, first, rebuild };
  });
  const times = outcomes.map((o) => o.rebuild.totalTime);
  return { editedPath, outcomes, timeSaved: times.length ? Math.max(...times) - Math.min(...times) : 0 };
}
