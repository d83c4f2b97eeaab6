/**
 * The workspace as data: a versioned snapshot that share links, autosave and (later) saved
 * progress carry. Parsing never trusts its input: anything that is not a snapshot we wrote gets a
 * message a learner can read, and nothing in it is ever run.
 */
import { SNAPSHOT_VERSION, type WorkspaceSnapshot } from './snapshot-schema';
import type { BuildCache } from '@/lib/simulator/types';
import { Workspace, type LastBuild, type WorkspaceInit } from './workspace';

export { SNAPSHOT_VERSION, SNAPSHOT_LIMITS, isProjectPath, snapshotSchema, readSnapshot, type WorkspaceSnapshot, type SnapshotRead } from './snapshot-schema';

export interface SnapshotOptions {
  /** Include images and the build cache (autosave does; links do not, to stay short). */
  docker?: boolean;
}

export function snapshotOf(workspace: Workspace, options: SnapshotOptions = {}): WorkspaceSnapshot {
  const snapshot: WorkspaceSnapshot = {
    version: SNAPSHOT_VERSION,
    files: workspace.files(),
    openFile: workspace.openFile,
    cwd: workspace.cwd,
    command: workspace.command,
  };
  if (options.docker) {
    snapshot.docker = workspace.docker;
    if (workspace.lastBuild) snapshot.lastBuild = workspace.lastBuild;
  }
  return snapshot;
}

function looksLikeDockerState(value: unknown): value is BuildCache {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<BuildCache>;
  return typeof v.clock === 'number' && !!v.entries && typeof v.entries === 'object' && !!v.images && typeof v.images === 'object';
}

function looksLikeLastBuild(value: unknown): value is LastBuild {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<LastBuild>;
  return typeof v.command === 'string' && typeof v.dockerfile === 'string' && typeof v.context === 'string' && !!v.result && Array.isArray(v.result.steps);
}

/** A workspace from a snapshot that readSnapshot() accepted. */
export function workspaceFromSnapshot(snapshot: WorkspaceSnapshot): Workspace {
  const init: WorkspaceInit = {
    files: snapshot.files,
    openFile: snapshot.openFile,
    cwd: snapshot.cwd,
    command: snapshot.command,
  };
  // The daemon state is our own data, but storage can be damaged: a bad one starts empty.
  if (looksLikeDockerState(snapshot.docker)) init.docker = structuredClone(snapshot.docker);
  if (looksLikeLastBuild(snapshot.lastBuild)) init.lastBuild = snapshot.lastBuild;
  return new Workspace(init);
}

/** Old links and drafts held one Dockerfile: it replaces the project's main Dockerfile. */
export function snapshotWithDockerfile(base: WorkspaceSnapshot, dockerfile: string, path = 'Dockerfile'): WorkspaceSnapshot {
  const existing = base.files[path];
  return { ...base, files: { ...base.files, [path]: { content: dockerfile, mode: existing?.mode ?? '0644' } }, openFile: path };
}

/** Files that differ from `base` (added or changed) and files `base` has that are gone. */
export function changedFiles(base: WorkspaceSnapshot['files'], now: WorkspaceSnapshot['files']): { changed: string[]; removed: string[] } {
  const changed = Object.keys(now).filter((p) => !base[p] || base[p].content !== now[p].content || base[p].mode !== now[p].mode);
  const removed = Object.keys(base).filter((p) => !now[p]);
  return { changed, removed };
}
