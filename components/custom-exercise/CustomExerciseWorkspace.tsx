'use client';

/**
 * A custom exercise in the workspace: the same WorkspaceLive and ExercisePanel as a lesson's
 * exercise (Check, hints, Show solution that asks first, Reset that asks and can be undone), with
 * the result kept in progress under the exercise's content id instead of a lesson.
 */
import { useCallback, useState } from 'react';
import { startSnapshot, type Exercise } from '@/lib/exercises';
import { snapshotOf, workspaceFromSnapshot, type WorkspaceSnapshot } from '@/lib/workspace/snapshot';
import type { Workspace } from '@/lib/workspace/workspace';
import { reportCustomExercise } from '@/components/progress/events';
import { DownloadZipButton } from '@/components/download/DownloadZipButton';
import { ExercisePanel } from '@/components/workspace/ExercisePanel';
import { WorkspaceLive } from '@/components/workspace/WorkspaceLive';

const EDITOR_HEIGHT = '22rem';

export function CustomExerciseWorkspace({ exercise, workspace, onReplaceWorkspace }: { exercise: Exercise; workspace: Workspace; onReplaceWorkspace(next: Workspace): void }) {
  const [generation, setGeneration] = useState(0);
  const [beforeReset, setBeforeReset] = useState<WorkspaceSnapshot | null>(null);

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
