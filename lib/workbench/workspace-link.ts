/**
 * Workspace share links: `#workspace=w1.<checksum>.<payload>`, the payload lz-string compressed
 * JSON of the files that differ from the page's starting project (changed, added, removed), the
 * open file, the terminal's directory and the suggested command. Built on the same checksum as
 * the single-Dockerfile links (lib/workbench/share.ts), which still open: their Dockerfile
 * replaces the project's main Dockerfile.
 *
 * Decoding never runs anything: the result is data, validated like any snapshot.
 */
import LZString from 'lz-string';
import { z } from 'zod';
import { checksum, decodeShareHash, readPackedHash, SHARE_KEY } from './share';
import { changedFiles, readSnapshot, snapshotWithDockerfile, SNAPSHOT_LIMITS, SNAPSHOT_VERSION, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';

export const WORKSPACE_LINK_KEY = 'workspace';
export const WORKSPACE_LINK_VERSION = 'w1';
const MAX_PAYLOAD = 4_000_000;

const linkSchema = z
  .object({
    /** Id of the project the link starts from (the page's own). */
    base: z.string().max(100),
    files: z.record(z.string(), z.object({ content: z.string(), mode: z.string().optional() }).strict()),
    removed: z.array(z.string()).max(SNAPSHOT_LIMITS.files).default([]),
    openFile: z.string().nullable().default(null),
    cwd: z.string().default('.'),
    command: z.string().nullable().default(null),
  })
  .strict();

type LinkPayload = z.infer<typeof linkSchema>;

export interface LinkBase {
  id: string;
  snapshot: WorkspaceSnapshot;
}

/** The hash for `snapshot`, carrying only what differs from `base`. */
export function encodeWorkspaceHash(snapshot: WorkspaceSnapshot, base: LinkBase): string {
  const { changed, removed } = changedFiles(base.snapshot.files, snapshot.files);
  const payload: LinkPayload = {
    base: base.id,
    files: Object.fromEntries(changed.map((p) => [p, snapshot.files[p].mode === '0644' ? { content: snapshot.files[p].content } : snapshot.files[p]])),
    removed,
    openFile: snapshot.openFile,
    cwd: snapshot.cwd,
    command: snapshot.command,
  };
  const json = JSON.stringify(payload);
  return `#${WORKSPACE_LINK_KEY}=${WORKSPACE_LINK_VERSION}.${checksum(json)}.${LZString.compressToEncodedURIComponent(json)}`;
}

export function workspaceUrl(page: { origin: string; pathname: string; search?: string }, snapshot: WorkspaceSnapshot, base: LinkBase): string {
  return `${page.origin}${page.pathname}${page.search ?? ''}${encodeWorkspaceHash(snapshot, base)}`;
}

export type LinkRead = { kind: 'none' } | { kind: 'ok'; snapshot: WorkspaceSnapshot; legacy: boolean } | { kind: 'invalid'; message: string };

const DAMAGED = 'This link is damaged or incomplete (it may have been cut off when it was copied), so its workspace could not be loaded.';

/** True when the hash holds a workspace or an old Dockerfile link (the page should load at once). */
export function hasWorkspaceLink(hash: string): boolean {
  return hash.startsWith(`#${WORKSPACE_LINK_KEY}=`) || hash.startsWith(`#${SHARE_KEY}=`);
}

/**
 * Reads a link's workspace against the page's starting project. Old `#dockerfile=v1...` links
 * give the base project with that Dockerfile.
 */
export function decodeWorkspaceHash(hash: string, base: LinkBase, otherBase?: (id: string) => LinkBase | null): LinkRead {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.startsWith(`${SHARE_KEY}=`)) {
    const old = decodeShareHash(hash);
    if (old.kind !== 'ok') return old;
    const main = base.snapshot.openFile ?? 'Dockerfile';
    return { kind: 'ok', snapshot: snapshotWithDockerfile(base.snapshot, old.source, main), legacy: true };
  }
  const read = readPackedHash(hash, {
    key: WORKSPACE_LINK_KEY,
    version: WORKSPACE_LINK_VERSION,
    maxPayload: MAX_PAYLOAD,
    damaged: DAMAGED,
    unknownVersion: (v) => `This link uses a format this version of Layerwise does not know ("${v}"), so its workspace could not be loaded.`,
  });
  if (read.kind !== 'ok') return read;
  const json = read.text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'invalid', message: DAMAGED };
  }
  const parsed = linkSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', message: DAMAGED };
  const link = parsed.data;
  // A link from a lesson may start from another project than this page's (the playground opens any).
  const linkBase = link.base === base.id ? base : (otherBase?.(link.base) ?? null);
  if (!linkBase) {
    return { kind: 'invalid', message: 'This link was made for a project this page does not have, so its workspace could not be loaded here.' };
  }
  const files: Record<string, { content: string; mode: string }> = { ...linkBase.snapshot.files };
  for (const path of link.removed) delete files[path];
  for (const [path, file] of Object.entries(link.files)) files[path] = { content: file.content, mode: file.mode ?? '0644' };
  const checked = readSnapshot({ version: SNAPSHOT_VERSION, files, openFile: link.openFile, cwd: link.cwd, command: link.command });
  if (!checked.ok) return { kind: 'invalid', message: `This link’s workspace could not be loaded: ${checked.message}` };
  return { kind: 'ok', snapshot: checked.snapshot, legacy: false };
}
