'use client';

/**
 * The only workspace code on a lesson page's first load. It shows the build-time rendering and
 * loads the interactive workspace (the editor, the simulator) later, see useDeferredLoad. An
 * "Open in editor" or a <Workspace> switch in the text loads it at once.
 */
import dynamic from 'next/dynamic';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { OPEN_IN_WORKBENCH, SWITCH_WORKSPACE, type OpenInWorkbenchDetail, type SwitchWorkspaceDetail } from '@/components/lesson/workbench-events';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { StaticFallback, StaticFallbackView } from '@/components/workbench/static-fallback';
import { useDeferredLoad } from '@/components/workbench/use-deferred-load';
import type { LessonWorkspaceOption } from '@/lib/links/lesson-workspaces';
import { hasStepWorkspace } from '@/lib/links/step-hash';

const LessonWorkspace = dynamic(() => import('./LessonWorkspace').then((m) => m.LessonWorkspace), { ssr: false, loading: StaticFallbackView });

/** What the text asked of the workspace before it could listen: an "Open in editor", a switch, or both. */
export interface WorkspaceRequest {
  open?: OpenInWorkbenchDetail;
  switchTo?: SwitchWorkspaceDetail;
}

/** A workspace as the page hands it over: plain data (the snapshot is validated on load). */
export interface PanelWorkspace {
  id: string;
  project: string;
  snapshot: unknown;
  label: string;
  terminal: boolean;
  /** An exercise done in this workspace (lib/exercises data). */
  exercise?: unknown;
}

export interface WorkspaceLoaderProps {
  initial: PanelWorkspace;
  /** Every workspace of the lesson (the first is `initial`), for links that carry one. */
  workspaces: LessonWorkspaceOption[];
  initialModel: WorkbenchModel | null;
  lessonSlug: string;
  /** Offer and save the lesson's draft (false in embeds that open another workspace). */
  keepDraft?: boolean;
  /** Read a workspace from a step link in the address (false in the step embed, which reads its own). */
  readsLink?: boolean;
  editorHeight: string;
  staticEditor: ReactNode;
  /** The build-time rendering of the whole workspace. */
  fallback: ReactNode;
  /** Load the workspace right after hydration (an embedded exercise: the workspace is the point). */
  loadAtOnce?: boolean;
}

// A link that carries a workspace (or a damaged one) is answered at once; so is an embedded exercise.
const linkInAddress = () => hasStepWorkspace(window.location.hash);
const always = () => true;

export function WorkspaceLoader({ fallback, loadAtOnce = false, ...props }: WorkspaceLoaderProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const { load, setLoad, focusInside, reach } = useDeferredLoad(hostRef, loadAtOnce ? always : linkInAddress);
  const [request, setRequest] = useState<WorkspaceRequest | null>(null);
  // The same request, for the workspace to take over once it listens itself (see takeRequest).
  const inbox = useRef<WorkspaceRequest | null>(null);
  const handedOver = useRef(false);

  const deliver = useCallback(
    (next: WorkspaceRequest) => {
      inbox.current = next;
      setRequest(next);
      setLoad(true);
    },
    [setLoad],
  );
  const onOpen = useCallback(
    (e: Event) => {
      if (handedOver.current) return;
      deliver({ ...inbox.current, open: (e as CustomEvent<OpenInWorkbenchDetail>).detail });
    },
    [deliver],
  );
  const onSwitch = useCallback(
    (e: Event) => {
      if (handedOver.current) return;
      deliver({ switchTo: (e as CustomEvent<SwitchWorkspaceDetail>).detail });
    },
    [deliver],
  );
  /**
   * Called by the workspace once its own listeners are on: from then on it alone answers. It gets
   * the latest request, which may have come after it first rendered (a click in the moment between
   * its render and its effects; CI lost an exercise's Start that way).
   */
  const takeRequest = useCallback(() => {
    handedOver.current = true;
    return inbox.current;
  }, []);

  // A workspace link followed while the page is open (pasted into the address bar, or a link on
  // this page): the workspace loads and, once mounted, reads the link from the address.
  useEffect(() => {
    if (props.readsLink === false) return;
    const onHash = () => {
      if (linkInAddress()) setLoad(true);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [props.readsLink, setLoad]);

  // Listening also while the workspace's chunk loads (after `load`): a click in that window must
  // not be lost. Once it listens itself, the workspace takes the latest request (takeRequest).
  useEffect(() => {
    window.addEventListener(OPEN_IN_WORKBENCH, onOpen);
    window.addEventListener(SWITCH_WORKSPACE, onSwitch);
    return () => {
      window.removeEventListener(OPEN_IN_WORKBENCH, onOpen);
      window.removeEventListener(SWITCH_WORKSPACE, onSwitch);
    };
  }, [onOpen, onSwitch]);

  return (
    <div ref={hostRef} className="wb-host" {...reach}>
      <StaticFallback.Provider value={fallback}>
        {load ? <LessonWorkspace {...props} initialRequest={request} takeRequest={takeRequest} focusEditorWhenReady={focusInside} /> : fallback}
      </StaticFallback.Provider>
    </div>
  );
}
