'use client';

/**
 * A custom exercise in the workspace: the same WorkspaceLive and ExercisePanel as a lesson's
 * exercise (Check, hints, Show solution that asks first, Reset that asks and can be undone), with
 * the result kept in progress under the exercise's content id instead of a lesson.
 */
import { useAutosave } from '@/components/workspace/use-autosave';
import { useCallback, useRef, useState } from 'react';
import { startSnapshot, type Exercise } from '@/lib/exercises';
import { snapshotOf, workspaceFromSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { reportCustomExercise } from '@/components/progress/events';
import { DownloadZipButton } from '@/components/download/DownloadZipButton';
import { ExercisePanel } from '@/components/workspace/ExercisePanel';
import { WorkspaceLive } from '@/components/workspace/WorkspaceLive';
import { clearDraft, readDraft, writeDraft } from './drafts';

const EDITOR_HEIGHT = '22rem';

export function CustomExerciseWorkspace({ exercise, workspace, onReplaceWorkspace }: { exercise: Exercise; workspace: Workspace; onReplaceWorkspace(next: Workspace): void }) {
  const [generation, setGeneration] = useState(0);
  const [beforeReset, setBeforeReset] = useState<WorkspaceSnapshot | null>(null);

  // Work from an earlier visit is offered, never put in place without asking; until the learner
  // answers, nothing is saved over it.
  const [savedDraft, setSavedDraft] = useState<WorkspaceSnapshot | null>(() => {
    const draft = readDraft(exercise.id);
    return draft && JSON.stringify(draft.files) !== JSON.stringify(startSnapshot(exercise).files) ? draft : null;
  });
  const draftUnanswered = useRef(savedDraft !== null);
  const [status, setStatus] = useState('');

  useAutosave(
    workspace,
    () => {
      if (!draftUnanswered.current) writeDraft(exercise.id, snapshotOf(workspace));
    },
    { delay: 600, skip: (change) => change.origin === 'load' && change.files.length === 0 },
  );

  const restoreDraft = useCallback(() => {
    if (!savedDraft) return;
    setBeforeReset(snapshotOf(workspace, { docker: true }));
    onReplaceWorkspace(workspaceFromSnapshot(savedDraft));
    draftUnanswered.current = false;
    setSavedDraft(null);
    setGeneration((g) => g + 1);
    setStatus('Your work from your last visit is back. "Undo reset" shows the exercise’s start again.');
  }, [savedDraft, workspace, onReplaceWorkspace]);

  const discardDraft = useCallback(() => {
    draftUnanswered.current = false;
    setSavedDraft(null);
    clearDraft(exercise.id);
    setStatus('Your earlier work was discarded; the exercise starts afresh.');
  }, [exercise.id]);

  const onReport = useCallback((state: 'solved' | 'unsolved') => reportCustomExercise({ id: exercise.id, title: exercise.title, state }), [exercise.id, exercise.title]);

  const reset = useCallback(() => {
    setBeforeReset(snapshotOf(workspace, { docker: true }));
    onReplaceWorkspace(workspaceFromSnapshot(startSnapshot(exercise)));
    setGeneration((g) => g + 1);
  }, [exercise, workspace, onReplaceWorkspace]);

  const undoReset = useCallback(() => {
    if (!beforeReset) return;
    onReplaceWorkspace(workspaceFromSnapshot(beforeReset));
    setBeforeReset(null);
    setGeneration((g) => g + 1);
  }, [beforeReset, onReplaceWorkspace]);

  const toolbar = (
    <>
      <div className="ws-download">
        <DownloadZipButton getWorkspace={() => ({ files: workspace.files(), command: workspace.command, title: exercise.title, cwd: workspace.cwd })} />
      </div>
      {savedDraft ? (
        <div className="wb-notice" role="group" aria-label="Your work from your last visit">
          <p>You worked on this exercise before; your files are saved in this browser.</p>
          <button type="button" className="button button-small" onClick={restoreDraft}>
            Restore my work
          </button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={discardDraft}>
            Discard it and start fresh
          </button>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <ExercisePanel key={`${exercise.id}:${generation}`} exercise={exercise} workspace={workspace} onReset={reset} onUndoReset={beforeReset ? undoReset : null} onReport={onReport} />
    </>
  );

  return (
    <div className="wb-host">
      <WorkspaceLive
        key={`${exercise.id}:${generation}`}
        workspace={workspace}
        idPrefix="custom-exercise"
        headingLevel={3}
        editorHeight={EDITOR_HEIGHT}
        toolbar={toolbar}
        terminalOpen={exercise.start.command !== undefined}
        layout="page"
        focusWhenReady={false}
      />
    </div>
  );
}
