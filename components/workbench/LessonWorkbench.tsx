'use client';

/**
 * The workbench beside a lesson (loaded lazily by LessonWorkbenchLoader). "Open in editor" on a
 * step or exercise loads its Dockerfile; Reset goes back to that start; exercises can show their
 * solution; "Open in playground" carries the current text over in a share link.
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { instructionLessons } from '@/lib/engine/lesson-links';
import { encodeShareHash } from '@/lib/workbench/share';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { OPEN_IN_WORKBENCH, type OpenInWorkbenchDetail } from '@/components/lesson/workbench-events';
import { LessonToolbar } from './LessonToolbar';
import { Workbench, type WorkbenchController } from './Workbench';

export interface LessonWorkbenchProps {
  initialSource: string;
  initialModel: WorkbenchModel | null;
  lessonSlug: string;
  editorHeight: string;
  staticEditor: ReactNode;
  /** An "Open in editor" that arrived before this module had loaded. */
  initialRequest: OpenInWorkbenchDetail | null;
  focusEditorWhenReady: boolean;
}

const LESSON_LABEL = 'the lesson’s Dockerfile';

export function LessonWorkbench({ initialSource, initialModel, lessonSlug, editorHeight, staticEditor, initialRequest, focusEditorWhenReady }: LessonWorkbenchProps) {
  const controller = useRef<WorkbenchController>(null);
  const [current, setCurrent] = useState<OpenInWorkbenchDetail | null>(initialRequest);
  const [solutionShown, setSolutionShown] = useState(false);
  const [status, setStatus] = useState(initialRequest ? `Opened ${initialRequest.label} in the editor.` : '');
  const panelRef = useRef<HTMLDivElement>(null);

  // On narrow screens the workbench sits below the lesson: bring it into view when a step opens it.
  const revealPanel = useCallback(() => {
    const box = panelRef.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight || box.bottom < 0)) panelRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  useEffect(() => {
    if (initialRequest) revealPanel();
  }, [initialRequest, revealPanel]);

  useEffect(() => {
    const onOpen = (e: Event) => {
      const detail = (e as CustomEvent<OpenInWorkbenchDetail>).detail;
      if (!detail || typeof detail.source !== 'string') return;
      controller.current?.setSource(detail.source);
      setCurrent(detail);
      setSolutionShown(false);
      setStatus(`Opened ${detail.label} in the editor. Undo (Ctrl+Z) brings back what was there.`);
      revealPanel();
      controller.current?.focusEditor();
    };
    window.addEventListener(OPEN_IN_WORKBENCH, onOpen);
    return () => window.removeEventListener(OPEN_IN_WORKBENCH, onOpen);
  }, [revealPanel]);

  const reset = useCallback(() => {
    controller.current?.setSource(current?.source ?? initialSource);
    setStatus(`Reset to the start of ${current?.label ?? LESSON_LABEL}. Undo (Ctrl+Z) brings your version back.`);
  }, [current, initialSource]);

  const playgroundHref = useCallback(() => `/playground/${encodeShareHash(controller.current?.getSource() ?? initialSource)}`, [initialSource]);

  const solution = current?.solution ?? null;
  const solutionId = `lesson-${lessonSlug}-solution`;
  const toolbar = (
    <>
      <LessonToolbar
        label={current?.label ?? LESSON_LABEL}
        hasSolution={solution !== null}
        solutionShown={solutionShown}
        solutionId={solutionId}
        status={status}
        onReset={reset}
        onToggleSolution={() => setSolutionShown((shown) => !shown)}
        playgroundHref={playgroundHref}
      />
      {solution !== null && solutionShown ? (
        <div className="wb-solution" id={solutionId} role="region" aria-label="Solution">
          <pre tabIndex={0}>
            <code>{solution}</code>
          </pre>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              controller.current?.setSource(solution);
              setStatus('The solution is in the editor. Undo (Ctrl+Z) brings your version back.');
            }}
          >
            Put the solution in the editor
          </button>
        </div>
      ) : null}
    </>
  );

  return (
    <div ref={panelRef}>
      <Workbench
        ref={controller}
        initialSource={initialRequest?.source ?? initialSource}
        initialModel={initialRequest ? null : initialModel}
        staticEditor={initialRequest ? undefined : staticEditor}
        editorLabel="Dockerfile editor"
        idPrefix={`lesson-${lessonSlug}`}
        headingLevel={3}
        instructionLessons={instructionLessons}
        editorHeight={editorHeight}
        toolbar={toolbar}
        focusWhenReady={initialRequest !== null ? 'always' : focusEditorWhenReady ? 'if-free' : false}
      />
    </div>
  );
}
