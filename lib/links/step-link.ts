/**
 * Step links that carry a prepared workspace:
 *
 *   /learn/<slug>/#<stepId>&ws=<workspaceId>&workspace=w1.<checksum>.<payload>
 *
 * The target (a step, `quiz-<id>` or an exercise anchor) comes first, so the part a plain step
 * link has is unchanged. `ws=` names the lesson's <Workspace id> the workspace fills (default: the
 * lesson's first); `workspace=` is exactly the playground's workspace link value
 * (lib/workbench/workspace-link.ts), relative to that workspace's preloaded project, so the same
 * value also opens in the playground. Decoding never runs anything: the result is data.
 */
import { SHARE_WARN_LENGTH } from '@/lib/workbench/share';
import { decodeWorkspaceHash, encodeWorkspaceHash, WORKSPACE_LINK_KEY, type LinkBase } from '@/lib/workbench/workspace-link';
import type { WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import { parseStepHash, WS_KEY } from './step-hash';

export { hasStepWorkspace, parseStepHash, targetOnlyHash, WS_KEY, type StepHash } from './step-hash';

/** Links longer than this may be cut by LMSs, chat apps and mail clients (as for share links). */
export const LINK_WARN_LENGTH = SHARE_WARN_LENGTH;
/** A workspace value longer than this is refused before it is decompressed (the whole course fits in far less). */
export const MAX_WORKSPACE_VALUE = 1_000_000;

/** The hash of a step link with a workspace: `#<target>&ws=<id>&workspace=w1...`. */
export function stepLinkHash(target: string, workspaceId: string, snapshot: WorkspaceSnapshot, base: LinkBase): string {
  const value = encodeWorkspaceHash(snapshot, base).slice(`#${WORKSPACE_LINK_KEY}=`.length);
  return `#${encodeURIComponent(target)}&${WS_KEY}=${encodeURIComponent(workspaceId)}&${WORKSPACE_LINK_KEY}=${value}`;
}

/** `/learn/<slug>/` plus the step link hash (a path: prefix the origin to share it). */
export function stepLinkPath(slug: string, target: string, workspaceId: string, snapshot: WorkspaceSnapshot, base: LinkBase): string {
  return `/learn/${slug}/${stepLinkHash(target, workspaceId, snapshot, base)}`;
}

/** A lesson workspace as a link is read against it: its id and the preloaded project links are relative to. */
export interface LinkableWorkspace {
  id: string;
  base: LinkBase;
}

export type StepWorkspaceRead =
  | { kind: 'none' }
  | { kind: 'ok'; workspaceId: string; snapshot: WorkspaceSnapshot }
  | { kind: 'invalid'; message: string };

/**
 * The workspace a step link carries, read against the lesson's workspaces (first = default).
 * Every failure is a message for the page; the caller still scrolls to the target.
 */
export function readStepWorkspace(hash: string, workspaces: readonly LinkableWorkspace[]): StepWorkspaceRead {
  const parsed = parseStepHash(hash);
  if (parsed.workspace === null) return { kind: 'none' };
  const wanted = parsed.workspaceId ?? workspaces[0]?.id;
  const target = workspaces.find((w) => w.id === wanted);
  if (!target) {
    return { kind: 'invalid', message: `This link names a workspace this lesson does not have ("${String(wanted).slice(0, 60)}"), so its workspace could not be loaded.` };
  }
  if (parsed.workspace.length > MAX_WORKSPACE_VALUE) {
    return { kind: 'invalid', message: 'The workspace in this link is too large to open here, so it was not loaded.' };
  }
  // No other project: a lesson's workspace only takes links made for its own project.
  const read = decodeWorkspaceHash(`#${WORKSPACE_LINK_KEY}=${parsed.workspace}`, target.base, () => null);
  if (read.kind === 'none') return read;
  if (read.kind === 'invalid') return read;
  return { kind: 'ok', workspaceId: target.id, snapshot: read.snapshot };
}
