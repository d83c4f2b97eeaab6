'use client';

/**
 * The playground: the workbench on its own page, with autosave and share links. Loaded only in the
 * browser (it reads the address and localStorage): which Dockerfile opens is decided by the pure
 * getInitialSource(), with any problem (damaged link, unreadable draft) said out loud.
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { instructionLessons } from '@/lib/engine/lesson-links';
import { getInitialSource, serializeDraft, type InitialSource } from '@/lib/workbench/initial-source';
import { PLAYGROUND_REPLACED_KEY, PLAYGROUND_STORAGE_KEY, PLAYGROUND_UNREADABLE_KEY } from '@/lib/workbench/playground-default';
import { shareUrl } from '@/lib/workbench/share';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { PlaygroundToolbar } from './PlaygroundToolbar';
import { Workbench, type WorkbenchController } from './Workbench';

const AUTOSAVE_DELAY = 400;

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, policy): the playground still works
  }
}

function writeStorage(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Decides the opening Dockerfile: reads only (React may call it more than once while rendering). */
function readOpening(fallback: string): { initial: InitialSource; savedRaw: string | null } {
  const savedRaw = readStorage(PLAYGROUND_STORAGE_KEY);
  return { initial: getInitialSource(fallback, window.location, savedRaw), savedRaw };
}

/** After the first render: keep every draft the opening would otherwise overwrite, tidy the address. */
function settleOpening({ initial, savedRaw }: { initial: InitialSource; savedRaw: string | null }) {
  if (initial.corruptDraft && savedRaw !== null && readStorage(PLAYGROUND_UNREADABLE_KEY) === null) writeStorage(PLAYGROUND_UNREADABLE_KEY, savedRaw);
  if (initial.replacedDraft !== null) writeStorage(PLAYGROUND_REPLACED_KEY, initial.replacedDraft);
  if (initial.origin === 'link' && window.location.hash) {
    // The link has done its job; a reload now shows the learner's autosaved edits.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
}

export function PlaygroundWorkbench({
  defaultSource,
  defaultModel,
  staticEditor,
  editorHeight,
  focusEditorWhenReady = false,
}: {
  defaultSource: string;
  defaultModel: WorkbenchModel | null;
  staticEditor: ReactNode;
  editorHeight: string;
  focusEditorWhenReady?: boolean;
}) {
  const [opening] = useState(() => readOpening(defaultSource));
  const initial = opening.initial;
  useEffect(() => settleOpening(opening), [opening]);
  const controller = useRef<WorkbenchController>(null);
  const [share, setShare] = useState<{ length: number; copied: boolean; fallback: string | null } | null>(null);
  const [status, setStatus] = useState(initial.origin === 'link' ? 'Opened the Dockerfile from the share link.' : initial.origin === 'saved' ? 'Opened your saved Dockerfile.' : '');
  const [replacedDraft, setReplacedDraft] = useState(initial.replacedDraft);
  const [saveFailed, setSaveFailed] = useState(false);
  const saveTimer = useRef<number | null>(null);
  const lastSaved = useRef<string | null>(initial.origin === 'saved' ? initial.source : null);

  const autosave = useCallback((source: string) => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      saveTimer.current = null;
      if (source === lastSaved.current) return;
      const ok = writeStorage(PLAYGROUND_STORAGE_KEY, serializeDraft(source, new Date()));
      if (ok) lastSaved.current = source;
      setSaveFailed(!ok);
    }, AUTOSAVE_DELAY);
  }, []);
  useEffect(() => () => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
  }, []);

  const onShare = useCallback(async () => {
    const source = controller.current?.getSource() ?? '';
    const url = shareUrl(window.location, source);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setShare({ length: url.length, copied, fallback: copied ? null : url });
  }, []);

  const onReset = useCallback(() => {
    controller.current?.setSource(defaultSource);
    setStatus('Reset to the example. Undo (Ctrl+Z) brings your version back.');
  }, [defaultSource]);

  const restoreDraft = useCallback(() => {
    if (replacedDraft === null) return;
    controller.current?.setSource(replacedDraft);
    setReplacedDraft(null);
    setStatus('Your own Dockerfile is back in the editor. Undo (Ctrl+Z) returns to the shared one.');
  }, [replacedDraft]);

  const toolbar = (
    <>
      {initial.notice ? (
        <p className="wb-notice wb-notice-error" role="alert">
          {initial.notice}
        </p>
      ) : null}
      {replacedDraft !== null ? (
        <p className="wb-notice">
          The shared Dockerfile replaced yours on screen; yours is kept.{' '}
          <button type="button" className="button button-small button-secondary" onClick={restoreDraft}>
            Restore my Dockerfile
          </button>
        </p>
      ) : null}
      {saveFailed ? <p className="wb-notice">This browser would not let the playground save (storage full or disabled). Copy a share link to keep your work.</p> : null}
      <PlaygroundToolbar onShare={onShare} onReset={onReset} linkLength={share?.length ?? null} copied={share?.copied ?? null} fallbackLink={share?.fallback ?? null} status={status} />
    </>
  );

  return (
    <Workbench
      ref={controller}
      initialSource={initial.source}
      initialModel={initial.source === defaultSource ? defaultModel : null}
      staticEditor={initial.source === defaultSource ? staticEditor : undefined}
      editorLabel="Dockerfile editor"
      idPrefix="playground"
      headingLevel={2}
      instructionLessons={instructionLessons}
      editorHeight={editorHeight}
      onAnalyzed={autosave}
      toolbar={toolbar}
      layout="split"
      focusWhenReady={focusEditorWhenReady ? 'if-free' : false}
    />
  );
}
