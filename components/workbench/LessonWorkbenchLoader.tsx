'use client';

/**
 * The only workbench code on a lesson page's first load. It shows the build-time rendering and
 * loads the interactive workbench (and Monaco) later, see useDeferredLoad; an "Open in editor"
 * click loads it at once, with that step's Dockerfile.
 */
import dynamic from 'next/dynamic';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { OPEN_IN_WORKBENCH, type OpenInWorkbenchDetail } from '@/components/lesson/workbench-events';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { StaticFallback, StaticFallbackView } from './static-fallback';
import { useDeferredLoad } from './use-deferred-load';

const LessonWorkbench = dynamic(() => import('./LessonWorkbench').then((m) => m.LessonWorkbench), { ssr: false, loading: StaticFallbackView });

export interface LessonWorkbenchLoaderProps {
  initialSource: string;
  initialModel: WorkbenchModel | null;
  lessonSlug: string;
  editorHeight: string;
  staticEditor: ReactNode;
  /** The build-time rendering of the whole workbench. */
  fallback: ReactNode;
}

const never = () => false;

export function LessonWorkbenchLoader({ fallback, ...props }: LessonWorkbenchLoaderProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const { load, setLoad, focusInside, reach } = useDeferredLoad(hostRef, never);
  const [request, setRequest] = useState<OpenInWorkbenchDetail | null>(null);

  // "Open in editor" before the workbench has loaded: remember it and load now.
  const onOpen = useCallback(
    (e: Event) => {
      setRequest((e as CustomEvent<OpenInWorkbenchDetail>).detail);
      setLoad(true);
    },
    [setLoad],
  );
  useEffect(() => {
    if (load) return;
    window.addEventListener(OPEN_IN_WORKBENCH, onOpen);
    return () => window.removeEventListener(OPEN_IN_WORKBENCH, onOpen);
  }, [load, onOpen]);

  return (
    <div ref={hostRef} className="wb-host" {...reach}>
      <StaticFallback.Provider value={fallback}>
        {load ? <LessonWorkbench {...props} initialRequest={request} focusEditorWhenReady={focusInside} /> : fallback}
      </StaticFallback.Provider>
    </div>
  );
}
