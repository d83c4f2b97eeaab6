import type { Metadata } from 'next';
import { getCourse } from '@/lib/content/loader';
import { lessonOutline } from '@/lib/progress/outline';
import { ProgressManager } from '@/components/progress/ProgressManager';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'See which lessons you have done, export your progress to a file, import it in another browser, or start over.',
};

export default function ProgressPage() {
  const lessons = getCourse().map((lesson) => ({ title: lesson.frontmatter.title, outline: lessonOutline(lesson) }));
  return (
    <div className="page progress-page">
      <h1>Your progress</h1>
      <p className="lede">
        Layerwise remembers the steps you read, your quiz answers and your exercises in this browser only: nothing is sent anywhere, and no account is
        needed.
      </p>
      <ProgressManager lessons={lessons} />
    </div>
  );
}
