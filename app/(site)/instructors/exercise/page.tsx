import type { Metadata } from 'next';
import Link from '@/components/layout/Link';
import { ExerciseBuilder } from '@/components/custom-exercise/ExerciseBuilder';

export const metadata: Metadata = {
  title: 'Make an exercise',
  description: 'Compose a Dockerfile exercise: a start project, goals from the catalog, hints and a solution. Share it as a link or an exercise.json file.',
};

export default function ExerciseBuilderPage() {
  return (
    <div className="page exercise-builder-page">
      <h1>Make an exercise</h1>
      <p className="lede">
        Choose a start project and change its files, add goals from the catalog, hints and a solution. The form is checked as you type; once it is valid you get
        a link and an <code>exercise.json</code> file that open on the <Link href="/exercise/">exercise page</Link> with Check, hints and progress, like the course&apos;s own
        exercises.
      </p>
      <ExerciseBuilder />
    </div>
  );
}
