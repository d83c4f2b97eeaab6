/**
 * Which Dockerfile the playground opens with, as a pure function of the page's hash and the saved
 * draft (like `getInitialCode(fallback, location)` in the TypeScript sandbox), so every case is
 * testable without a browser: a share link wins, then the autosaved draft, then the default.
 */
import { decodeShareHash } from './share';

export const DRAFT_VERSION = 1;

export interface SavedDraft {
  version: typeof DRAFT_VERSION;
  source: string;
  /** ISO date of the save. */
  savedAt: string;
}

export type DraftRead =
  | { kind: 'none' }
  | { kind: 'ok'; draft: SavedDraft }
  | { kind: 'corrupt'; message: string };

export function serializeDraft(source: string, now: Date): string {
  const draft: SavedDraft = { version: DRAFT_VERSION, source, savedAt: now.toISOString() };
  return JSON.stringify(draft);
}

/** Reads what autosave stored. Anything that is not a draft we wrote is reported, never guessed at. */
export function parseDraft(raw: string | null): DraftRead {
  if (raw === null || raw === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', message: 'Your saved Dockerfile could not be read (the stored data is damaged).' };
  }
  const v = value as Partial<SavedDraft> | null;
  if (!v || typeof v !== 'object' || typeof v.source !== 'string' || typeof v.savedAt !== 'string') {
    return { kind: 'corrupt', message: 'Your saved Dockerfile could not be read (the stored data is not a Layerwise draft).' };
  }
  if (v.version !== DRAFT_VERSION) {
    return { kind: 'corrupt', message: `Your saved Dockerfile was stored in a format this version does not know (version ${String(v.version).slice(0, 12)}).` };
  }
  return { kind: 'ok', draft: { version: DRAFT_VERSION, source: v.source, savedAt: v.savedAt } };
}

export interface InitialSource {
  source: string;
  origin: 'link' | 'saved' | 'default';
  /** Something the learner must be told (a damaged link or draft); shown above the editor. */
  notice: string | null;
  /**
   * The learner's own draft, when a share link replaced it on screen: it stays in storage until
   * the learner edits, and can be restored.
   */
  replacedDraft: string | null;
  /** The draft storage held unreadable data: the caller keeps a copy before anything overwrites it. */
  corruptDraft: boolean;
}

const KEPT_COPY = "a copy of the unreadable data was kept in this browser's storage.";

export function getInitialSource(fallback: string, location: { hash: string }, savedRaw: string | null): InitialSource {
  const shared = decodeShareHash(location.hash);
  const saved = parseDraft(savedRaw);
  const corruptDraft = saved.kind === 'corrupt';
  const savedSource = saved.kind === 'ok' ? saved.draft.source : null;
  const draftNotice = saved.kind === 'corrupt' ? `${saved.message} The example Dockerfile is shown instead; ${KEPT_COPY}` : null;

  if (shared.kind === 'ok') {
    const replacedDraft = savedSource !== null && savedSource !== shared.source ? savedSource : null;
    const notice = saved.kind === 'corrupt' ? `${saved.message} The shared Dockerfile is shown; ${KEPT_COPY}` : null;
    return { source: shared.source, origin: 'link', notice, replacedDraft, corruptDraft };
  }
  if (shared.kind === 'invalid') {
    if (savedSource !== null) {
      return { source: savedSource, origin: 'saved', notice: `${shared.message} Your own saved Dockerfile is shown instead.`, replacedDraft: null, corruptDraft };
    }
    const notice = draftNotice ? `${shared.message} ${draftNotice}` : `${shared.message} The example Dockerfile is shown instead.`;
    return { source: fallback, origin: 'default', notice, replacedDraft: null, corruptDraft };
  }
  if (savedSource !== null) return { source: savedSource, origin: 'saved', notice: null, replacedDraft: null, corruptDraft };
  return { source: fallback, origin: 'default', notice: draftNotice, replacedDraft: null, corruptDraft };
}
