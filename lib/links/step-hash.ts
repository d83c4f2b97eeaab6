/**
 * Reading a lesson page's hash: `#<target>&ws=<workspaceId>&workspace=w1...` (lib/links/step-link.ts
 * has the format). Kept apart with no imports: the step tracker and the panel's loader run it on
 * every lesson page's first load, before any workspace code is fetched.
 */

export const WS_KEY = 'ws';
/** The same key as the playground's `#workspace=` links (WORKSPACE_LINK_KEY in lib/workbench/workspace-link.ts). */
export const WORKSPACE_PARAM = 'workspace';

export interface StepHash {
  /** The element the link points at (a step id, `quiz-<id>`, an exercise id), or null. */
  target: string | null;
  /** The lesson workspace named by `ws=`, or null (the lesson's first). */
  workspaceId: string | null;
  /** The raw `workspace=` value (`w1.<checksum>.<payload>`), or null when the link carries none. */
  workspace: string | null;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Splits a location hash into target and parameters. `#copy-basics` gives a target only. */
export function parseStepHash(hash: string): StepHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const result: StepHash = { target: null, workspaceId: null, workspace: null };
  if (raw === '') return result;
  const parts = raw.split('&');
  // The first part is the target unless it is already a parameter (`#workspace=...` alone).
  if (!parts[0].includes('=')) result.target = decodePart(parts.shift()!) || null;
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === WS_KEY) result.workspaceId = decodePart(value) || null;
    else if (key === WORKSPACE_PARAM) result.workspace = value;
  }
  return result;
}

/** True when the hash carries a workspace (the lesson's panel should load at once to show it). */
export function hasStepWorkspace(hash: string): boolean {
  return parseStepHash(hash).workspace !== null;
}

/** The hash without its workspace: what the address keeps once the link has been read. */
export function targetOnlyHash(hash: string): string {
  const { target } = parseStepHash(hash);
  return target ? `#${encodeURIComponent(target)}` : '';
}
