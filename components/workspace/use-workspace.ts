'use client';

import { useSyncExternalStore } from 'react';
import type { Workspace } from '@/lib/workspace/workspace';

/** Re-renders on every change of the workspace; returns its revision. */
export function useWorkspaceRevision(workspace: Workspace): number {
  return useSyncExternalStore(
    (onChange) => workspace.subscribe(onChange),
    () => workspace.revision,
    () => workspace.revision,
  );
}
