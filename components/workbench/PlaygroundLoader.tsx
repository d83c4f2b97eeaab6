'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useRef } from 'react';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { PLAYGROUND_STORAGE_KEY } from '@/lib/workbench/playground-default';
import { StaticFallback, StaticFallbackView } from './static-fallback';
import { useDeferredLoad } from './use-deferred-load';

// The playground reads the address and localStorage, so it renders only in the browser; the
// build-time rendering of the example project stands in until it loads.
const PlaygroundWorkspace = dynamic(() => import('@/components/workspace/PlaygroundWorkspace').then((m) => m.PlaygroundWorkspace), { ssr: false, loading: StaticFallbackView });

/** A link or a saved draft means the example on screen is not what opens: load at once. */
function somethingElseToOpen(): boolean {
  // The hash keys of lib/workbench/workspace-link.ts and share.ts (not imported: they would add
  // their dependencies to this page's first load).
  if (/^#(workspace|dockerfile)=/.test(window.location.hash)) return true;
  try {
    return window.localStorage.getItem(PLAYGROUND_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

export function PlaygroundLoader(props: { defaultModel: WorkbenchModel | null; staticEditor: ReactNode; editorHeight: string; fallback: ReactNode }) {
  const { fallback, ...rest } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const { load, focusInside, reach } = useDeferredLoad(hostRef, somethingElseToOpen);
  return (
    <div ref={hostRef} className="wb-host" {...reach}>
      <StaticFallback.Provider value={fallback}>{load ? <PlaygroundWorkspace {...rest} focusEditorWhenReady={focusInside} /> : fallback}</StaticFallback.Provider>
    </div>
  );
}
