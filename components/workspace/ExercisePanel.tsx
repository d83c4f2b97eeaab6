'use client';

/**
 * An exercise in the workspace: Check lists every goal as met or not (checked on results: the
 * analysis, a build in a copy of the project, what `docker run` would start), hints come one at
 * a time (the first from what is wrong in the learner's own files), the solution is shown as a
 * diff and applied only when the learner confirms, and Reset asks first and can be undone.
 * Test hooks: `data-exercise-state` on the exercise, `data-goal` on each goal.
 */
import { useEffect, useId, useState } from 'react';
import { checkExercise, describeGoal, hintsFor, solutionDiffs, type Exercise, type ExerciseReport, type Hint } from '@/lib/exercises';
import type { Workspace } from '@/lib/workspace/workspace';
import { reportExercise } from '@/components/progress/events';
import { useWorkspaceRevision } from './use-workspace';

type Pending = { kind: 'solution' } | { kind: 'reset' } | null;

export function ExercisePanel({
  exercise,
  workspace,
  onReset,
  onUndoReset,
  onReport,
}: {
  exercise: Exercise;
  workspace: Workspace;
  /** Puts the start workspace back (after the learner confirmed). */
  onReset(): void;
  /** Brings back the workspace as it was before the last Reset, or null when there is none. */
  onUndoReset: (() => void) | null;
  /** Where a check's result goes (default: the lesson's progress); custom exercises belong to no lesson. */
  onReport?: (state: 'solved' | 'unsolved') => void;
}) {
  const id = useId();
  const revision = useWorkspaceRevision(workspace);
  const [report, setReport] = useState<ExerciseReport | null>(null);
  const [hints, setHints] = useState<Hint[]>([]);
  const [shownHints, setShownHints] = useState(0);
  const [pending, setPending] = useState<Pending>(null);
  const [beforeSolution, setBeforeSolution] = useState<Record<string, string | undefined> | null>(null);
  const [status, setStatus] = useState('');
  const solved = report?.solved ?? false;
  const stale = report !== null && report.revision !== revision;

  useEffect(() => {
    if (!report) return;
    const state = report.solved ? 'solved' : 'unsolved';
    if (onReport) onReport(state);
    else reportExercise({ lesson: exercise.lesson, exercise: exercise.id, state });
  }, [report, exercise.lesson, exercise.id, onReport]);

  function check() {
    const next = checkExercise(exercise, workspace);
    setReport(next);
    const met = next.goals.filter((g) => g.met).length;
    setStatus(next.solved ? `Solved: all ${next.goals.length} goals are met.` : `${met} of ${next.goals.length} goals met.`);
    return next;
  }

  function nextHint() {
    const list = hintsFor(exercise, workspace, report && !stale ? report : check());
    setHints(list);
    setShownHints((n) => Math.min(n + 1, list.length));
  }

  function applySolution() {
    const previous: Record<string, string | undefined> = {};
    for (const [path, content] of Object.entries(exercise.solution.files)) {
      previous[path] = workspace.read(path);
      workspace.write(path, content, 'load');
    }
    setBeforeSolution(previous);
    setPending(null);
    setStatus('The solution is in your files. "Undo the solution" brings your version back.');
  }

  function undoSolution() {
    if (!beforeSolution) return;
    for (const [path, content] of Object.entries(beforeSolution)) {
      if (content === undefined) workspace.delete(path, 'load');
      else workspace.write(path, content, 'load');
    }
    setBeforeSolution(null);
    setStatus('Your version is back.');
  }

  const diffs = pending?.kind === 'solution' ? solutionDiffs(exercise.solution.files, (p) => workspace.read(p)) : [];

  return (
    <section className="ws-exercise" aria-labelledby={`${id}-title`} data-exercise-state={solved && !stale ? 'solved' : 'unsolved'} data-exercise={exercise.id}>
      <p className="ws-exercise-title" id={`${id}-title`}>
        Exercise: {exercise.title}
        {solved && !stale ? <span className="wb-badge ws-solved">Solved</span> : null}
      </p>
      <ul className="ws-goals" aria-label="Goals">
        {exercise.goals.map((goal, i) => {
          const result = report?.goals[i];
          const met = result?.met ?? false;
          return (
            <li key={i} data-goal={met ? 'met' : 'unmet'} className={result ? (met ? 'is-met' : 'is-unmet') : undefined}>
              <span className="ws-goal-mark">{result ? (met ? 'Met: ' : 'Not met: ') : 'Not checked yet: '}</span>
              {goal.label ?? describeGoal(goal)}
              {result && !met ? <span className="ws-goal-why"> {result.message}</span> : null}
            </li>
          );
        })}
      </ul>
      {stale ? <p className="ws-exercise-note">You changed the project since the last check: press Check again.</p> : null}
      <div className="ws-exercise-actions">
        <button type="button" className="button button-small" onClick={check}>
          Check
        </button>
        <button type="button" className="button button-small button-secondary" onClick={nextHint} disabled={hints.length > 0 && shownHints >= hints.length}>
          {shownHints === 0 ? 'Hint' : 'Another hint'}
        </button>
        <button type="button" className="button button-small button-secondary" aria-expanded={pending?.kind === 'solution'} onClick={() => setPending(pending?.kind === 'solution' ? null : { kind: 'solution' })}>
          Show solution
        </button>
        {beforeSolution ? (
          <button type="button" className="button button-small button-secondary" onClick={undoSolution}>
            Undo the solution
          </button>
        ) : null}
        <button type="button" className="button button-small button-secondary" aria-expanded={pending?.kind === 'reset'} onClick={() => setPending(pending?.kind === 'reset' ? null : { kind: 'reset' })}>
          Reset
        </button>
        {onUndoReset ? (
          <button type="button" className="button button-small button-secondary" onClick={onUndoReset}>
            Undo reset
          </button>
        ) : null}
      </div>
      {shownHints > 0 ? (
        <ol className="ws-hints" aria-label="Hints">
          {hints.slice(0, shownHints).map((hint, i) => (
            <li key={i}>
              {hint.source === 'yours' ? <span className="ws-hint-source">About your files: </span> : null}
              {hint.text}
            </li>
          ))}
        </ol>
      ) : null}
      {pending?.kind === 'solution' ? (
        <div className="ws-solution" role="group" aria-label="The solution, as changes to your files">
          {diffs.map(({ path, diff }) => (
            <div key={path}>
              <p className="ws-diff-title">
                <code>{path}</code>: {diff.changed ? `${diff.added} lines added, ${diff.removed} removed` : 'already the same as the solution'}
              </p>
              {diff.changed ? (
                <pre className="ws-diff" tabIndex={0}>
                  {diff.lines.map((line, i) => (
                    <span key={i} className={`ws-diff-${line.kind}`}>
                      {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
                      {line.text}
                      {'\n'}
                    </span>
                  ))}
                </pre>
              ) : null}
            </div>
          ))}
          <p>Apply these changes to your files? You can undo it.</p>
          <button type="button" className="button button-small" onClick={applySolution}>
            Apply the solution
          </button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setPending(null)}>
            Keep my version
          </button>
        </div>
      ) : null}
      {pending?.kind === 'reset' ? (
        <div className="ws-solution" role="group" aria-label="Reset the exercise?">
          <p>Put every file back as the exercise started? &quot;Undo reset&quot; brings your version back.</p>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setPending(null);
              setReport(null);
              setShownHints(0);
              setBeforeSolution(null);
              onReset();
            }}
          >
            Reset the exercise
          </button>{' '}
          <button type="button" className="button button-small button-secondary" onClick={() => setPending(null)}>
            Keep my version
          </button>
        </div>
      ) : null}
      <p className="ws-exercise-status" role="status">
        {status}
      </p>
    </section>
  );
}
