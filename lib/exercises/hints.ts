/**
 * Hints, one at a time: the first is about the learner's own text (what the first goal that is
 * not met found wrong, quoting the line), then the exercise's written hints in order.
 */
import type { Workspace } from '@/lib/workspace/workspace';
import { checkExercise, type ExerciseReport } from './check';
import type { Exercise, GoalKind } from './schema';

const TEXT_GOALS = new Set<GoalKind>(['base-image', 'workdir', 'cmd-exec-form', 'exposes', 'no-diagnostic', 'deps-before-source', 'max-layers']);

export interface Hint {
  text: string;
  /** `yours`: derived from the learner's files now; `authored`: written with the exercise. */
  source: 'yours' | 'authored';
  /** The goal the derived hint is about. */
  goalIndex?: number;
}

/** Every hint in the order they are revealed; pass a report to reuse a check already run. */
export function hintsFor(exercise: Exercise, workspace: Workspace, report: ExerciseReport = checkExercise(exercise, workspace)): Hint[] {
  const out: Hint[] = [];
  if (report.solved) out.push({ text: 'Every goal is met: there is nothing left to fix.', source: 'yours' });
  else {
    // What the learner wrote comes first: goals read from the Dockerfile, then what a build shows.
    const unmet = report.goals.filter((g) => !g.met);
    const first = unmet.find((g) => g.hint && TEXT_GOALS.has(g.goal.kind)) ?? unmet.find((g) => g.hint) ?? unmet[0];
    if (first) out.push({ text: first.hint ?? first.message, source: 'yours', goalIndex: first.index });
  }
  for (const text of exercise.hints) if (!out.some((h) => h.text === text)) out.push({ text, source: 'authored' });
  return out;
}
