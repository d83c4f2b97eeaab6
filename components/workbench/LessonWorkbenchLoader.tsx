'use client';

/**
 * The only workbench code on a lesson page's first load. It shows the build-time rendering and
 * loads the interactive workbench (and Monaco) later: at once when the learner reaches for it
 * (pointer, focus, touch, or an "Open in editor" button), otherwise when the browser is idle and
 * the panel is on screen. A phone reading the lesson never downloads the editor it does not see.
 */
import dynamic from 'next/dynamic';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { OPEN_IN_WORKBENCH, type OpenInWorkbenchDetail } from '@/components/lesson/workbench-events';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { StaticFallback, StaticFallbackView } from './static-fallback';

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

export function LessonWorkbenchLoader({ fallback, ...props }: LessonWorkbenchLoaderProps) {
  const [load, setLoad] = useState(false);
  const [request, setRequest] = useState<OpenInWorkbenchDetail | null>(null);
  const [focusInside, setFocusInside] = useState(false);
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Tells tests (and curious readers of the DOM) that the page is hydrated and listening.
    if (hostRef.current) hostRef.current.dataset.loader = load ? 'loaded' : 'listening';
    if (load) return;
    // "Open in editor" before the workbench has loaded: remember it and load now.
    const onOpen = (e: Event) => {
      setRequest((e as CustomEvent<OpenInWorkbenchDetail>).detail);
      setLoad(true);
    };
    window.addEventListener(OPEN_IN_WORKBENCH, onOpen);
    let idle: number | null = null;
    let observer: IntersectionObserver | null = null;
    const fine = window.matchMedia?.('(pointer: fine)').matches ?? true;
    if (fine && hostRef.current && 'IntersectionObserver' in window) {
      observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer?.disconnect();
        const start = () => setLoad(true);
        idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(start, { timeout: 4000 }) : (globalThis.setTimeout(start, 1500) as unknown as number);
      });
      observer.observe(hostRef.current);
    }
    return () => {
      window.removeEventListener(OPEN_IN_WORKBENCH, onOpen);
      observer?.disconnect();
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
        else globalThis.clearTimeout(idle);
      }
    };
  }, [load]);

  const reach = () => setLoad(true);
  return (
    <div
      ref={hostRef}
      className="wb-host"
      onPointerEnter={reach}
      onTouchStart={reach}
      onFocusCapture={() => {
        // The static code a keyboard user tabbed to is about to be replaced: hand focus to the editor.
        if (!load) setFocusInside(true);
        reach();
      }}
    >
      <StaticFallback.Provider value={fallback}>
        {load ? <LessonWorkbench {...props} initialRequest={request} focusEditorWhenReady={focusInside} /> : fallback}
      </StaticFallback.Provider>
    </div>
  );
}
