import type { ReactNode } from 'react';
import type { LessonExercise } from '@/lib/content/loader';
import { describeGoal, startSnapshot, type Exercise as ExerciseData } from '@/lib/exercises';
import { CodeBlock } from './CodeBlock';
import { ShowWorkspaceButton } from './ShowWorkspaceButton';

/**
 * A hands-on task in the lesson text: what to do, the goals it is checked against, the starting
 * file, and a button that opens its start workspace in the panel (where Check, hints, the
 * solution and Reset are). The goals are checks on results, never text equality: any solution
 * that meets them passes.
 */
export function Exercise({ exercise, data, title, children }: { exercise: LessonExercise; data: ExerciseData; title?: string; children?: ReactNode }) {
  const heading = title ?? data.title;
  const snapshot = startSnapshot(data);
  return (
    <div className="exercise" id={exercise.id} role="group" aria-labelledby={`${exercise.id}-title`}>
      <p className="exercise-title" id={`${exercise.id}-title`}>
        Exercise: {heading}
      </p>
      <div className="exercise-body">{children}</div>
      <p className="exercise-goals-title">Goals (the Check button in the workspace tests each):</p>
      <ul className="exercise-goals">
        {data.goals.map((goal, i) => (
          <li key={i}>{goal.label ?? describeGoal(goal)}</li>
        ))}
      </ul>
      <CodeBlock code={exercise.start} lang="dockerfile" title={`${exercise.startFile} (start)`} origin={exercise.id} />
      <div className="exercise-actions">
        <ShowWorkspaceButton
          text="Start this exercise"
          detail={{ id: `exercise-${data.id}`, project: data.start.project, snapshot, label: `Exercise: ${heading}`, terminal: Boolean(data.start.command), exercise: data }}
        />
      </div>
    </div>
  );
}
