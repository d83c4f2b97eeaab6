/** Public API of exercises: data schema, start and solution workspaces, Check, hints, solution diff. */
export { exerciseFileSchema, exerciseSchema, goalSchema, resolveExercise, type Exercise, type ExerciseFile, type Goal, type GoalKind } from './schema';
export { startSnapshot, startWorkspace, solutionSnapshot, exerciseDockerfile } from './start';
export { checkExercise, type ExerciseReport, type GoalResult } from './check';
export { describeGoal } from './goals';
export { hintsFor, type Hint } from './hints';
export { solutionDiff, solutionDiffs, type DiffLine, type SolutionDiff } from './diff';
