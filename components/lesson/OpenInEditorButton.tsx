'use client';

import { openInWorkbench } from './workbench-events';

export function OpenInEditorButton({ source, origin, label, solution }: { source: string; origin: string; label: string; solution?: string | null }) {
  return (
    <button type="button" className="button button-small" onClick={() => openInWorkbench({ source, origin, label, solution })}>
      Open in editor<span className="visually-hidden">: {label}</span>
    </button>
  );
}
