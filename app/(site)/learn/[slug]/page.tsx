import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCourse, getLesson } from '@/lib/content/loader';
import { LessonBody } from '@/components/lesson/LessonBody';
import { StepsNav } from '@/components/lesson/StepsNav';
import { StepTracker } from '@/components/lesson/StepTracker';
import { LessonPager } from '@/components/lesson/LessonPager';
import { WorkspacePanel } from '@/components/workspace/WorkspacePanel';
import { Quiz } from '@/components/quiz/Quiz';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().map((lesson) => ({ slug: lesson.frontmatter.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const course = getCourse();
  const index = course.indexOf(lesson);
  const { frontmatter } = lesson;
  const steps = lesson.questions.length ? [...lesson.steps, { id: 'quiz', title: 'Check your understanding', text: '' }] : lesson.steps;
  const exercisesByStep: Record<string, string[]> = {};
  for (const ex of lesson.exercises) if (ex.stepId) (exercisesByStep[ex.stepId] ??= []).push(ex.id);

  return (
    <div className="lesson-layout">
      <div className="lesson-main">
        <StepsNav steps={steps} lesson={slug} exercises={exercisesByStep} />
        <article className="lesson-text" aria-labelledby="lesson-title">
          <p className="lesson-kicker">
            Lesson {frontmatter.order} of {course.length}
          </p>
          <h1 id="lesson-title">{frontmatter.title}</h1>
          <p className="lede">{frontmatter.summary}</p>
          <section className="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">You will learn</h2>
            <ul>
              {frontmatter.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>
          <LessonBody lesson={lesson} />
          {lesson.questions.length ? <Quiz lesson={frontmatter.slug} questions={lesson.questions} /> : null}
          {frontmatter.sources.length ? (
            <section className="sources" aria-labelledby="sources-title">
              <h2 id="sources-title">Sources</h2>
              <ul>
                {frontmatter.sources.map((s) => (
                  <li key={s}>
                    <a href={s} rel="noreferrer">
                      {s.replace(/^https:\/\//, '')}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <LessonPager previous={course[index - 1]?.frontmatter} next={course[index + 1]?.frontmatter} />
        </article>
      </div>
      <WorkspacePanel lesson={lesson} />
      <StepTracker lesson={slug} stepIds={steps.map((s) => s.id)} />
    </div>
  );
}

