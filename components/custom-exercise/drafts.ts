/**
 * The learner's work on a custom exercise, kept in this browser per exercise (by its content id),
 * so a reload or a later visit can offer it back, as a lesson's workspace does. Storage failures
 * are silent: the exercise still works, the work is only not kept.
 */
import { readSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';

const PREFIX = 'layerwise:custom-exercise-draft:';

export function readDraft(id: string): WorkspaceSnapshot | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + id);
    if (raw === null) return null;
    const read = readSnapshot(JSON.parse(raw));
    return read.ok ? read.snapshot : null;
  } catch {
    return null;
  }
}

export function writeDraft(id: string, snapshot: WorkspaceSnapshot): void {
  try {
    window.localStorage.setItem(PREFIX + id, JSON.stringify(snapshot));
  } catch {
    // storage full or blocked: nothing to do
  }
}

export function clearDraft(id: string): void {
  try {
    window.localStorage.removeItem(PREFIX + id);
  } catch {
    // as above
  }
}
