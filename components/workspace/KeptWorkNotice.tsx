'use client';

/**
 * The learner's own work on a lesson's workspace, kept aside in this browser when they chose to
 * load a link's prepared workspace instead (the lesson's draft is then autosaved from the link's
 * workspace). It stays until they bring it back or discard it, on this visit or a later one.
 */
import { parseWorkspaceDraft, serializeWorkspaceDraft } from '@/lib/workbench/workspace-draft';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot';

const keyOf = (lesson: string) => `layerwise:lesson-kept:${lesson}`;

export function keepWorkAside(lesson: string, snapshot: WorkspaceSnapshot): boolean {
  try {
    window.localStorage.setItem(keyOf(lesson), serializeWorkspaceDraft(snapshot, new Date()));
    return true;
  } catch {
    return false; // storage disabled: the work is still kept for this visit (the notice holds it)
  }
}

export function readKeptWork(lesson: string): WorkspaceSnapshot | null {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(keyOf(lesson));
  } catch {
    return null;
  }
  // A version-2 draft carries its own snapshot; the base is only used by version-1 drafts (never written here).
  const read = parseWorkspaceDraft(raw, { version: 1, files: {}, openFile: null, cwd: '.', command: null });
  return read.kind === 'ok' ? read.snapshot : null;
}

export function forgetKeptWork(lesson: string): void {
  try {
    window.localStorage.removeItem(keyOf(lesson));
  } catch {
    // nothing to forget
  }
}

export function KeptWorkNotice({ onBringBack, onDiscard }: { onBringBack(): void; onDiscard(): void }) {
  return (
    <div className="wb-notice" role="group" aria-label="Your work kept aside">
      <p>Your own work on this workspace, from before you opened a link with a prepared workspace, is kept in this browser.</p>
      <button type="button" className="button button-small" onClick={onBringBack}>
        Bring my work back
      </button>{' '}
      <button type="button" className="button button-small button-secondary" onClick={onDiscard}>
        Discard it
      </button>
    </div>
  );
}
