/**
 * An exercise's workspaces: the start (a preloaded project with the exercise's files laid over
 * it) and the solution laid over whatever the learner has now.
 */
import { specSnapshot } from '@/lib/workspace/projects';
import { readSnapshot, workspaceFromSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { isDockerfilePath } from '@/lib/workspace/workspace';
import type { Exercise } from './schema';

function layFiles(files: WorkspaceSnapshot['files'], over: Record<string, string>, remove: readonly string[] = []): WorkspaceSnapshot['files'] {
  const out: WorkspaceSnapshot['files'] = {};
  for (const [path, file] of Object.entries(files)) if (!remove.includes(path)) out[path] = { ...file };
  for (const [path, content] of Object.entries(over)) out[path] = { content, mode: files[path]?.mode ?? '0644' };
  return out;
}

/** The workspace an exercise starts with. Throws on content errors (unknown project, missing open file). */
export function startSnapshot(exercise: Pick<Exercise, 'id' | 'start' | 'dockerfile'>): WorkspaceSnapshot {
  const { project, files, remove, open, cwd, command } = exercise.start;
  const base = specSnapshot({ project, cwd: cwd ?? null, command: command ?? null });
  for (const path of remove) if (!base.files[path]) throw new Error(`exercise "${exercise.id}": start.remove names "${path}", which project "${project}" does not have`);
  const snapshot: WorkspaceSnapshot = { ...base, files: layFiles(base.files, files, remove) };
  const wanted = open ?? exercise.dockerfile ?? Object.keys(files).find(isDockerfilePath) ?? base.openFile;
  if (wanted && !snapshot.files[wanted]) throw new Error(`exercise "${exercise.id}": the file to open, "${wanted}", is not in the start workspace`);
  snapshot.openFile = wanted ?? null;
  const checked = readSnapshot(snapshot);
  if (!checked.ok) throw new Error(`exercise "${exercise.id}": ${checked.message}`);
  return checked.snapshot;
}

export function startWorkspace(exercise: Pick<Exercise, 'id' | 'start' | 'dockerfile'>): Workspace {
  return workspaceFromSnapshot(startSnapshot(exercise));
}

/** `current` with the solution's files laid over it ("Show solution", once the learner confirms). */
export function solutionSnapshot(exercise: Pick<Exercise, 'solution'>, current: WorkspaceSnapshot): WorkspaceSnapshot {
  return { ...current, files: layFiles(current.files, exercise.solution.files) };
}

/** The Dockerfile an exercise's analysis goals read. */
export function exerciseDockerfile(exercise: Pick<Exercise, 'dockerfile'>, workspace: Workspace): string | null {
  if (exercise.dockerfile) return exercise.dockerfile;
  return workspace.mainDockerfile();
}
