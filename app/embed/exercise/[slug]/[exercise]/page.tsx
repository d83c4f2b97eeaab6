import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCourse, getLesson } from '@/lib/content/loader';
import { sitePath } from '@/lib/embed/urls';
import { startSnapshot } from '@/lib/exercises';
import { loadLessonExercises } from '@/lib/exercises/load';
import { LessonBody } from '@/components/lesson/LessonBody';
import { WorkspacePanel } from '@/components/workspace/WorkspacePanel';
import { EmbedBar } from '@/components/embed/EmbedBar';

type Params = { slug: string; exercise: string };

export const dynamicParams = false;

/** Every exercise placed in a lesson with <Exercise id="...">. */
export function generateStaticParams(): Params[] {
  return getCourse().flatMap((lesson) => lesson.exercises.map((e) => ({ slug: lesson.frontmatter.slug, exercise: e.id })));
}

function find({ slug, exercise }: Params) {
  const lesson = getLesson(slug);
  const data = lesson && lesson.exercises.some((e) => e.id === exercise) ? loadLessonExercises(lesson).find((e) => e.id === exercise) : undefined;
  return lesson && data ? { lesson, data } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return found ? { title: `Exercise: ${found.data.title} (${found.lesson.frontmatter.title})` } : {};
}

/** One exercise: its text and goals, and the workspace opened on its start with Check, hints and the solution. */
export default async function ExerciseEmbed({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { lesson, data } = found;
  const slug = lesson.frontmatter.slug;
  const start = { id: `exercise-${data.id}`, project: data.start.project, snapshot: startSnapshot(data), label: `Exercise: ${data.title}`, terminal: Boolean(data.start.command), exercise: data };
  return (
    <>
      <EmbedBar kicker={`Layerwise · lesson ${lesson.frontmatter.order} · exercise`} title={lesson.frontmatter.title} href={sitePath.exercise(slug, data.id)} />
      <div className="embed-columns">
        <div className="lesson-text">
          <LessonBody lesson={lesson} only={{ element: 'Exercise', id: data.id }} />
        </div>
        <WorkspacePanel lesson={lesson} start={start} keepDraft={false} loadAtOnce />
      </div>
    </>
  );
}
