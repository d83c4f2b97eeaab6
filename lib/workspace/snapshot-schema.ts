/**
 * The snapshot's schema and reader on their own (zod only): saved progress keeps workspace drafts
 * and must read them without loading the Workspace class and the simulator behind it.
 * zod/mini (lib/zod-mini.ts says why): every page reads saved progress, drafts included.
 */
import * as z from '@/lib/zod-mini';

export const SNAPSHOT_VERSION = 1;

/** Limits that keep a damaged or hostile snapshot from freezing the page. */
export const SNAPSHOT_LIMITS = { files: 200, pathLength: 300, totalBytes: 2_000_000 };

const modeSchema = z.string().check(z.regex(/^[0-7]{3,4}$/, 'a mode is octal, like 0644'));
/** A project path: relative, inside the project, no empty or ".." parts. */
export function isProjectPath(path: string): boolean {
  return path.length > 0 && path.length <= SNAPSHOT_LIMITS.pathLength && !path.split('/').some((part) => part === '..' || part === '' || part === '.');
}

const fileSchema = z.strictObject({ content: z.string(), mode: z._default(modeSchema, '0644') });

export const snapshotSchema = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION),
  files: z.record(z.string(), fileSchema).check(z.refine((files) => Object.keys(files).length <= SNAPSHOT_LIMITS.files, `at most ${SNAPSHOT_LIMITS.files} files`)),
  openFile: z._default(z.nullable(z.string()), null),
  cwd: z._default(z.string().check(z.maxLength(SNAPSHOT_LIMITS.pathLength)), '.'),
  command: z._default(z.nullable(z.string().check(z.maxLength(2_000))), null),
  /** The daemon's state; absent in share links (they carry files only). */
  docker: z.optional(z.unknown()),
  lastBuild: z.optional(z.unknown()),
});

export type WorkspaceSnapshot = z.infer<typeof snapshotSchema>;

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
