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
