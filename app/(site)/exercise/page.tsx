import type { Metadata } from 'next';
import { CustomExerciseOpener } from '@/components/custom-exercise/CustomExerciseOpener';

export const metadata: Metadata = {
  title: 'Exercise',
  description: 'Open an exercise an instructor made, from its link or its exercise.json file, and solve it in the workspace with Check, hints and the solution.',
};

export default function ExercisePage() {
  return (
    <div className="page exercise-page">
      <h1>Exercise</h1>
      <p className="lede">
        An exercise made by an instructor: a small project to change until every goal is met. <strong>Check</strong> tests the results (the analysis, a
        simulated build, what <code>docker run</code> would start), <strong>Hint</strong> gives one hint at a time, and solved exercises are kept in your
        progress. Nothing in an exercise is run or sent anywhere.
      </p>
      <CustomExerciseOpener />
    </div>
  );
}
