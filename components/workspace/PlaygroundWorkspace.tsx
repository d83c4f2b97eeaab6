'use client';

/**
 * The playground: a whole workspace on its own page, autosaved in this browser (every file, the
 * images and the build cache) and shared by links that carry every changed file. Which workspace
 * opens is decided by the pure getInitialWorkspace(): a link, then the saved draft, then the
 * example project, with any problem (damaged link, unreadable draft) said out loud.
 */
import { useAutosave } from './use-autosave';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { PLAYGROUND_PROJECT, PLAYGROUND_REPLACED_KEY, PLAYGROUND_STORAGE_KEY, PLAYGROUND_UNREADABLE_KEY } from '@/lib/workbench/playground-default';
import type { WorkbenchModel } from '@/lib/workbench/view-model';
import { getInitialWorkspace, sameFiles, serializeWorkspaceDraft, type InitialWorkspace } from '@/lib/workbench/workspace-draft';
import { workspaceUrl, type LinkBase } from '@/lib/workbench/workspace-link';
import { isProjectId, projectSnapshot } from '@/lib/workspace/projects';
import { snapshotOf, workspaceFromSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { PlaygroundToolbar } from '@/components/workbench/PlaygroundToolbar';
import { DownloadZipButton } from '@/components/download/DownloadZipButton';
import { WorkspaceLive } from './WorkspaceLive';

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

function baseOf(id: string): LinkBase | null {
  return isProjectId(id) ? { id, snapshot: projectSnapshot(id) } : null;
}

/** Decides the opening workspace: reads only (React may call it more than once while rendering). */
function readOpening(): { initial: InitialWorkspace; savedRaw: string | null } {
  const savedRaw = readStorage(PLAYGROUND_STORAGE_KEY);
  return { initial: getInitialWorkspace(baseOf(PLAYGROUND_PROJECT)!, window.location, savedRaw, baseOf), savedRaw };
}

/** After the first render: keep every draft the opening would otherwise overwrite, tidy the address. */
function settleOpening({ initial, savedRaw }: { initial: InitialWorkspace; savedRaw: string | null }) {
  if (initial.corruptDraft && savedRaw !== null && readStorage(PLAYGROUND_UNREADABLE_KEY) === null) writeStorage(PLAYGROUND_UNREADABLE_KEY, savedRaw);
  if (initial.replacedDraft !== null) writeStorage(PLAYGROUND_REPLACED_KEY, serializeWorkspaceDraft(initial.replacedDraft, new Date()));
  if (initial.origin === 'link' && window.location.hash) {
    // The link has done its job; a reload now shows the learner's autosaved edits.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
}

export function PlaygroundWorkspace({
  defaultModel,
  staticEditor,
  editorHeight,
  focusEditorWhenReady = false,
}: {
  defaultModel: WorkbenchModel | null;
  staticEditor: ReactNode;
  editorHeight: string;
  focusEditorWhenReady?: boolean;
}) {
  const [opening] = useState(readOpening);
  const initial = opening.initial;
  useEffect(() => settleOpening(opening), [opening]);
  const [generation, setGeneration] = useState(0);
  const [workspace, setWorkspace] = useState<Workspace>(() => workspaceFromSnapshot(initial.snapshot));
  const [share, setShare] = useState<{ length: number; copied: boolean; fallback: string | null } | null>(null);
  const [status, setStatus] = useState(initial.origin === 'link' ? 'Opened the workspace from the link.' : initial.origin === 'saved' ? 'Opened your saved project.' : '');
  const [replacedDraft, setReplacedDraft] = useState<WorkspaceSnapshot | null>(initial.replacedDraft);
  const [confirmReset, setConfirmReset] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  // Autosave: every change of the project (and the daemon's images and cache), debounced.
  useAutosave(
    workspace,
    () => {
      const ok = writeStorage(PLAYGROUND_STORAGE_KEY, serializeWorkspaceDraft(snapshotOf(workspace, { docker: true }), new Date()));
      setSaveFailed(!ok);
    },
    { delay: AUTOSAVE_DELAY },
  );

  const replace = useCallback((snapshot: WorkspaceSnapshot) => {
    setWorkspace(workspaceFromSnapshot(snapshot));
    setGeneration((g) => g + 1);
  }, []);

  // A share link followed while the playground is open (pasted into the address bar): opened as
  // on arrival, the project on screen kept restorable ("Restore my project").
  const [linkNotice, setLinkNotice] = useState<string | null>(initial.notice);
  useEffect(() => {
    const onHash = () => {
      if (!/^#(workspace|dockerfile)=/.test(window.location.hash)) return;
      // The project on screen counts as the learner's own only if it is not the untouched example.
      const current = snapshotOf(workspace, { docker: true });
      const own = sameFiles(current, projectSnapshot(PLAYGROUND_PROJECT)) ? null : serializeWorkspaceDraft(current, new Date());
      const next = getInitialWorkspace(baseOf(PLAYGROUND_PROJECT)!, window.location, own, baseOf);
      setLinkNotice(next.notice);
      if (next.origin !== 'link') return;
      if (next.replacedDraft !== null) {
        writeStorage(PLAYGROUND_REPLACED_KEY, serializeWorkspaceDraft(next.replacedDraft, new Date()));
        setReplacedDraft(next.replacedDraft);
      }
      replace(next.snapshot);
      setStatus('Opened the workspace from the link.');
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [workspace, replace]);

  const onShare = useCallback(async () => {
    const url = workspaceUrl(window.location, snapshotOf(workspace), baseOf(PLAYGROUND_PROJECT)!);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setShare({ length: url.length, copied, fallback: copied ? null : url });
  }, [workspace]);

  const resetAll = useCallback(() => {
    // The current project stays restorable, as a draft a link replaced does.
    writeStorage(PLAYGROUND_REPLACED_KEY, serializeWorkspaceDraft(snapshotOf(workspace), new Date()));
    setReplacedDraft(snapshotOf(workspace));
    replace(projectSnapshot(PLAYGROUND_PROJECT));
    setConfirmReset(false);
    setStatus('Reset to the example project. "Restore my project" brings yours back.');
  }, [workspace, replace]);

  const restoreDraft = useCallback(() => {
    if (replacedDraft === null) return;
    replace(replacedDraft);
    setReplacedDraft(null);
    setStatus('Your own project is back.');
  }, [replacedDraft, replace]);

  const toolbar = (
    <>
      {linkNotice ? (
        <p className="wb-notice wb-notice-error" role="alert">
          {linkNotice}
        </p>
      ) : null}
      {replacedDraft !== null ? (
        <p className="wb-notice">
          {initial.origin === 'link' && generation === 0 ? 'The shared workspace replaced your project on screen; yours is kept. ' : 'Your previous project is kept. '}
          <button type="button" className="button button-small button-secondary" onClick={restoreDraft}>
            Restore my project
          </button>
        </p>
      ) : null}
      {confirmReset ? (
        <div className="wb-notice" role="group" aria-label="Reset the playground?">
          <p>Replace every file with the example project? Your project is kept and can be restored.</p>
          <button type="button" className="button button-small" onClick={resetAll}>
            Reset to the example
          </button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setConfirmReset(false)}>
            Keep my project
          </button>
        </div>
      ) : null}
      {saveFailed ? <p className="wb-notice">This browser would not let the playground save (storage full or disabled). Copy a share link to keep your work.</p> : null}
      <div className="ws-download">
        <DownloadZipButton getWorkspace={() => ({ files: workspace.files(), command: 'docker build -t app .', title: 'Layerwise playground', cwd: workspace.cwd })} />
      </div>
      <PlaygroundToolbar onShare={onShare} onReset={() => setConfirmReset(true)} linkLength={share?.length ?? null} copied={share?.copied ?? null} fallbackLink={share?.fallback ?? null} status={status} />
    </>
  );

  const isExample = initial.origin === 'default' && generation === 0;
  return (
    <WorkspaceLive
      key={generation}
      workspace={workspace}
      initialModel={isExample ? defaultModel : null}
      staticEditor={isExample ? staticEditor : undefined}
      idPrefix="playground"
      headingLevel={2}
      editorHeight={editorHeight}
      toolbar={toolbar}
      terminalOpen
      layout="page"
      focusWhenReady={focusEditorWhenReady ? 'if-free' : false}
    />
  );
}
