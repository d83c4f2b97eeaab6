'use client';

import { switchWorkspace, type SwitchWorkspaceDetail } from './workbench-events';

/** Puts a <Workspace>'s project into the workspace panel (the text needs none of its code). */
export function ShowWorkspaceButton({ detail, text = 'Open in the workspace' }: { detail: SwitchWorkspaceDetail; text?: string }) {
  return (
    <button type="button" className="button button-small" onClick={() => switchWorkspace(detail)}>
      {text}
      <span className="visually-hidden">: {detail.label}</span>
    </button>
  );
}
