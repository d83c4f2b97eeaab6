// The lesson text and the workbench panel are separate islands; they talk through one DOM event
// so the text needs none of the editor's code to render.

export const OPEN_IN_WORKBENCH = 'layerwise:open-in-workbench';

export interface OpenInWorkbenchDetail {
  /** The Dockerfile to load. */
  source: string;
  /** Where it came from (step or exercise id), for Reset and Show solution. */
  origin: string;
  /** Human label, e.g. the step title. */
  label: string;
  /** The solution, for exercises. */
  solution?: string | null;
}

export function openInWorkbench(detail: OpenInWorkbenchDetail): void {
  window.dispatchEvent(new CustomEvent<OpenInWorkbenchDetail>(OPEN_IN_WORKBENCH, { detail }));
}

export const SWITCH_WORKSPACE = 'layerwise:switch-workspace';

/** A <Workspace> in the lesson text asks the panel to show its project. */
export interface SwitchWorkspaceDetail {
  /** Stable within the lesson, e.g. "lab-resources". */
  id: string;
  /** The preloaded project it starts from (share links are relative to it). */
  project: string;
  /** The workspace, as data (lib/workspace/snapshot.ts). */
  snapshot: unknown;
  /** Human label, e.g. "Build lab: starting in Root/resources". */
  label: string;
  /** Open the terminal (the workspace suggests a command). */
  terminal: boolean;
  /** An exercise done in this workspace (lib/exercises): Check, hints, solution and Reset. */
  exercise?: unknown;
  /** False when no learner asked (an embed opening its link): do not move focus to the editor. */
  focus?: boolean;
}

export function switchWorkspace(detail: SwitchWorkspaceDetail): void {
  window.dispatchEvent(new CustomEvent<SwitchWorkspaceDetail>(SWITCH_WORKSPACE, { detail }));
}
