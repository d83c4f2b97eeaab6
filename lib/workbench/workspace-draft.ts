/**
 * Autosaved workspaces and what a page opens with, as pure functions of the address and the
 * saved data (like the playground's getInitialSource, now for a whole project): a link wins,
 * then the saved draft, then the page's own project. Damaged data is reported and kept aside,
 * never guessed at; a draft that a link replaced on screen stays restorable.
 */
import { parseDraft } from './initial-source';
import { decodeWorkspaceHash, type LinkBase } from './workspace-link';
import { readSnapshot, snapshotWithDockerfile, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';

export const WORKSPACE_DRAFT_VERSION = 2;

export function serializeWorkspaceDraft(snapshot: WorkspaceSnapshot, now: Date): string {
  return JSON.stringify({ version: WORKSPACE_DRAFT_VERSION, workspace: snapshot, savedAt: now.toISOString() });
}

export type WorkspaceDraftRead = { kind: 'none' } | { kind: 'ok'; snapshot: WorkspaceSnapshot; savedAt: string } | { kind: 'corrupt'; message: string };

/** Reads a saved draft: version 2 holds a workspace; version 1 (one Dockerfile) is migrated onto `base`. */
export function parseWorkspaceDraft(raw: string | null, base: WorkspaceSnapshot): WorkspaceDraftRead {
  if (raw === null || raw === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', message: 'Your saved workspace could not be read (the stored data is damaged).' };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (version === 1) {
    const old = parseDraft(raw);
    if (old.kind !== 'ok') return old.kind === 'none' ? old : { kind: 'corrupt', message: old.message.replace('Dockerfile', 'workspace') };
    return { kind: 'ok', snapshot: snapshotWithDockerfile(base, old.draft.source, base.openFile ?? 'Dockerfile'), savedAt: old.draft.savedAt };
  }
  if (version !== WORKSPACE_DRAFT_VERSION) {
    return { kind: 'corrupt', message: `Your saved workspace was stored in a format this version does not know (version ${String(version).slice(0, 12)}).` };
  }
  const v = value as { workspace?: unknown; savedAt?: unknown };
  const snapshot = readSnapshot(v.workspace);
  if (!snapshot.ok || typeof v.savedAt !== 'string') {
    return { kind: 'corrupt', message: `Your saved workspace could not be read. ${snapshot.ok ? 'It has no save date.' : snapshot.message}` };
  }
  return { kind: 'ok', snapshot: snapshot.snapshot, savedAt: v.savedAt };
}

export interface InitialWorkspace {
  snapshot: WorkspaceSnapshot;
  origin: 'link' | 'saved' | 'default';
  /** Something the learner must be told (a damaged link or draft). */
  notice: string | null;
  /** The learner's own saved workspace, when a link replaced it on screen. */
  replacedDraft: WorkspaceSnapshot | null;
  /** Storage held unreadable data: the caller keeps a copy before anything overwrites it. */
  corruptDraft: boolean;
}

const KEPT_COPY = "a copy of the unreadable data was kept in this browser's storage.";

/** The same files with the same contents and modes (the open file, cwd and command aside). */
export function sameFiles(a: WorkspaceSnapshot, b: WorkspaceSnapshot): boolean {
  const ka = Object.keys(a.files);
  return ka.length === Object.keys(b.files).length && ka.every((k) => b.files[k] && b.files[k].content === a.files[k].content && b.files[k].mode === a.files[k].mode);
}

export function getInitialWorkspace(base: LinkBase, location: { hash: string }, savedRaw: string | null, otherBase?: (id: string) => LinkBase | null): InitialWorkspace {
  const linked = decodeWorkspaceHash(location.hash, base, otherBase);
  const saved = parseWorkspaceDraft(savedRaw, base.snapshot);
  const corruptDraft = saved.kind === 'corrupt';
  const savedSnapshot = saved.kind === 'ok' ? saved.snapshot : null;
  const draftNotice = saved.kind === 'corrupt' ? `${saved.message} The example project is shown instead; ${KEPT_COPY}` : null;

  if (linked.kind === 'ok') {
    const replacedDraft = savedSnapshot !== null && !sameFiles(savedSnapshot, linked.snapshot) ? savedSnapshot : null;
    const notice = saved.kind === 'corrupt' ? `${saved.message} The shared workspace is shown; ${KEPT_COPY}` : null;
    return { snapshot: linked.snapshot, origin: 'link', notice, replacedDraft, corruptDraft };
  }
  if (linked.kind === 'invalid') {
    if (savedSnapshot !== null) return { snapshot: savedSnapshot, origin: 'saved', notice: `${linked.message} Your own saved workspace is shown instead.`, replacedDraft: null, corruptDraft };
    const notice = draftNotice ? `${linked.message} ${draftNotice}` : `${linked.message} The example project is shown instead.`;
    return { snapshot: base.snapshot, origin: 'default', notice, replacedDraft: null, corruptDraft };
  }
  if (savedSnapshot !== null) return { snapshot: savedSnapshot, origin: 'saved', notice: null, replacedDraft: null, corruptDraft };
  return { snapshot: base.snapshot, origin: 'default', notice: draftNotice, replacedDraft: null, corruptDraft };
}
