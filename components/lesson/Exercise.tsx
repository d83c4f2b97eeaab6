import type { ReactNode } from 'react';
import type { LessonExercise } from '@/lib/content/loader';
import { CodeBlock } from './CodeBlock';
import { OpenInEditorButton } from './OpenInEditorButton';

/** A hands-on task: a starting Dockerfile to fix or extend in the workbench, with a solution. */
export function Exercise({ exercise, title, children }: { exercise: LessonExercise; title?: string; children?: ReactNode }) {
  const heading = title ?? 'Exercise';
  return (
    <div className="exercise" id={exercise.id} role="group" aria-labelledby={`${exercise.id}-title`}>
      <p className="exercise-title" id={`${exercise.id}-title`}>
        {heading}
      </p>
      <div className="exercise-body">{children}</div>
      <CodeBlock code={exercise.start} lang="dockerfile" title={`${exercise.startFile} (start)`} origin={exercise.id} />
      <div className="exercise-actions">
        <OpenInEditorButton source={exercise.start} origin={exercise.id} label={heading} solution={exercise.solution} />
      </div>
    </div>
  );
}
