'use client';

import { useEffect, useRef } from 'react';
import type { Workspace, WorkspaceChange } from '@/lib/workspace/workspace';

/**
 * Saves after each change of the workspace, debounced, and at once when the page is hidden or
 * left (a reload, a closed tab, a switch to another app on a phone) and when the component goes
 * away: the last keystrokes before leaving are never lost to the debounce. `save` is read when it
 * runs, so it may change between renders without resubscribing.
 */
export function useAutosave(workspace: Workspace, save: () => void, options: { delay: number; enabled?: boolean; skip?: (change: WorkspaceChange) => boolean }) {
  const saveRef = useRef(save);
  const skipRef = useRef(options.skip);
  useEffect(() => {
    saveRef.current = save;
    skipRef.current = options.skip;
  });
  const { delay, enabled = true } = options;

  useEffect(() => {
    if (!enabled) return;
    let timer: number | null = null;
    const flush = () => {
      if (timer === null) return;
      window.clearTimeout(timer);
      timer = null;
      saveRef.current();
    };
    const unsubscribe = workspace.subscribe((change) => {
      if (skipRef.current?.(change)) return;
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        saveRef.current();
      }, delay);
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [workspace, delay, enabled]);
}
