/**
 * The workspace as data: a versioned snapshot that share links, autosave and (later) saved
 * progress carry. Parsing never trusts its input: anything that is not a snapshot we wrote gets a
 * message a learner can read, and nothing in it is ever run.
 */
import { z } from 'zod';
import type { BuildCache } from '@/lib/simulator/types';
import { Workspace, type LastBuild, type WorkspaceInit } from './workspace';

export const SNAPSHOT_VERSION = 1;

/** Limits that keep a damaged or hostile snapshot from freezing the page. */
export const SNAPSHOT_LIMITS = { files: 200, pathLength: 300, totalBytes: 2_000_000 };

const modeSchema = z.string().regex(/^[0-7]{3,4}$/, 'a mode is octal, like 0644');
/** A project path: relative, inside the project, no empty or ".." parts. */
export function isProjectPath(path: string): boolean {
  return path.length > 0 && path.length <= SNAPSHOT_LIMITS.pathLength && !path.split('/').some((part) => part === '..' || part === '' || part === '.');
}

const fileSchema = z.object({ content: z.string(), mode: modeSchema.default('0644') }).strict();

export const snapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    files: z.record(z.string(), fileSchema).refine((files) => Object.keys(files).length <= SNAPSHOT_LIMITS.files, `at most ${SNAPSHOT_LIMITS.files} files`),
    openFile: z.string().nullable().default(null),
    cwd: z.string().max(SNAPSHOT_LIMITS.pathLength).default('.'),
    command: z.string().max(2_000).nullable().default(null),
    /** The daemon's state; absent in share links (they carry files only). */
    docker: z.unknown().optional(),
    lastBuild: z.unknown().optional(),
  })
  .strict();

export type WorkspaceSnapshot = z.infer<typeof snapshotSchema>;

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

export type SnapshotRead = { ok: true; snapshot: WorkspaceSnapshot } | { ok: false; message: string };

/** Validates data that claims to be a snapshot (from JSON, a link or storage). */
export function readSnapshot(value: unknown): SnapshotRead {
  if (!value || typeof value !== 'object') return { ok: false, message: 'It is not a Layerwise workspace.' };
  const version = (value as { version?: unknown }).version;
  if (version !== SNAPSHOT_VERSION) {
    return { ok: false, message: `It was saved in a workspace format this version of Layerwise does not know (version ${String(version).slice(0, 12)}).` };
  }
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `It is not a valid Layerwise workspace (${issue.path.join('.') || 'root'}: ${issue.message}).` };
  }
  const badPath = Object.keys(parsed.data.files).find((p) => !isProjectPath(p));
  if (badPath !== undefined) return { ok: false, message: `It names a file outside the project ("${badPath.slice(0, 60)}"): a path stays inside the project.` };
  let bytes = 0;
  for (const file of Object.values(parsed.data.files)) bytes += file.content.length;
  if (bytes > SNAPSHOT_LIMITS.totalBytes) return { ok: false, message: 'Its files are too large to open here.' };
  return { ok: true, snapshot: parsed.data };
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
