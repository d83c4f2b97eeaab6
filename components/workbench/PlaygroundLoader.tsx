'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useRef } from 'react';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { PLAYGROUND_STORAGE_KEY } from '@/lib/workbench/playground-default';
import { SHARE_KEY } from '@/lib/workbench/share';
import { StaticFallback, StaticFallbackView } from './static-fallback';
import { useDeferredLoad } from './use-deferred-load';

// The playground reads the address and localStorage, so it renders only in the browser; the
// build-time rendering of the example Dockerfile stands in until it loads.
const PlaygroundWorkbench = dynamic(() => import('./PlaygroundWorkbench').then((m) => m.PlaygroundWorkbench), { ssr: false, loading: StaticFallbackView });

/** A share link or a saved draft means the example on screen is not what opens: load at once. */
function somethingElseToOpen(): boolean {
  if (window.location.hash.startsWith(`#${SHARE_KEY}=`)) return true;
  try {
    return window.localStorage.getItem(PLAYGROUND_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

export function PlaygroundLoader(props: { defaultSource: string; defaultModel: WorkbenchModel | null; staticEditor: ReactNode; editorHeight: string; fallback: ReactNode }) {
  const { fallback, ...rest } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const { load, focusInside, reach } = useDeferredLoad(hostRef, somethingElseToOpen);
  return (
    <div ref={hostRef} className="wb-host" {...reach}>
      <StaticFallback.Provider value={fallback}>{load ? <PlaygroundWorkbench {...rest} focusEditorWhenReady={focusInside} /> : fallback}</StaticFallback.Provider>
    </div>
  );
}
