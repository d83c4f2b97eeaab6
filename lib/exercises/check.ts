/**
 * "Check": every goal of an exercise, met or not, each with a sentence for the learner. The
 * learner's workspace is only read; builds run in copies of it.
 */
import type { Workspace } from '@/lib/workspace/workspace';
import { Facts } from './facts';
import { describeGoal, evaluateGoal } from './goals';
import type { Exercise, Goal } from './schema';
import { exerciseDockerfile } from './start';

export interface GoalResult {
  index: number;
  goal: Goal;
  /** What the goal asks for. */
  label: string;
  met: boolean;
  /** What the check found. */
  message: string;
  /** When not met: what is wrong in the learner's own files. */
  hint?: string;
}

export interface ExerciseReport {
  exerciseId: string;
  solved: boolean;
  goals: GoalResult[];
  /** The workspace revision checked, so a UI can tell a stale report. */
  revision: number;
}

export function factsFor(exercise: Pick<Exercise, 'dockerfile'>, workspace: Workspace): Facts {
  return new Facts(workspace, exerciseDockerfile(exercise, workspace));
}

export function checkExercise(exercise: Exercise, workspace: Workspace): ExerciseReport {
  const facts = factsFor(exercise, workspace);
  const goals = exercise.goals.map((goal, index): GoalResult => ({ index, goal, label: describeGoal(goal), ...evaluateGoal(goal, facts) }));
  return { exerciseId: exercise.id, solved: goals.every((g) => g.met), goals, revision: workspace.revision };
}
