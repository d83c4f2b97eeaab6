'use client';

import { useProgress } from './useProgress';

/**
 * Beside a step in the lesson's table of contents: a check for a visited step and a note for
 * each solved exercise in it, with words for screen readers (not colour or a glyph alone).
 */
export function StepProgressMark({ lesson, step, exercises = [] }: { lesson: string; step: string; exercises?: string[] }) {
  const { progress } = useProgress();
  const record = progress?.lessons[lesson];
  if (!record) return null;
  const visited = record.visited.includes(step);
  const solved = exercises.filter((id) => record.exercises[id]?.state === 'solved').length;
  if (!visited && solved === 0) return null;
  return (
    <span className="step-mark">
      {visited ? (
        <>
          <span aria-hidden="true" className="step-mark-visited">
            ✓
          </span>
          <span className="visually-hidden"> (visited)</span>
        </>
      ) : null}
      {solved > 0 ? <span className="step-mark-solved">{exercises.length > 1 ? `${solved} of ${exercises.length} exercises solved` : 'exercise solved'}</span> : null}
    </span>
  );
}
