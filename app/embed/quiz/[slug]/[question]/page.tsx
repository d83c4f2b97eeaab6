import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCourse, getLesson } from '@/lib/content/loader';
import { sitePath } from '@/lib/embed/urls';
import { questionView } from '@/lib/quiz/view';
import { LessonQuestion } from '@/components/quiz/LessonQuestion';
import { QuestionCode } from '@/components/quiz/Quiz';
import { EmbedBar } from '@/components/embed/EmbedBar';
import '@/components/quiz/quiz.css';

type Params = { slug: string; question: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCourse().flatMap((lesson) => lesson.questions.map((q) => ({ slug: lesson.frontmatter.slug, question: q.id })));
}

function find({ slug, question }: Params) {
  const lesson = getLesson(slug);
  const index = lesson?.questions.findIndex((q) => q.id === question) ?? -1;
  return lesson && index >= 0 ? { lesson, question: lesson.questions[index], number: index + 1 } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return found ? { title: `Question ${found.number} (${found.lesson.frontmatter.title})` } : {};
}

/** One question of a lesson's quiz, answered and graded as on the lesson page. */
export default async function QuizEmbed({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { lesson, question, number } = found;
  const slug = lesson.frontmatter.slug;
  return (
    <>
      <EmbedBar kicker={`Layerwise · lesson ${lesson.frontmatter.order} · check your understanding`} title={lesson.frontmatter.title} href={sitePath.quiz(slug, question.id)} />
      <div className="quiz">
        <LessonQuestion lesson={slug} question={question} view={questionView(question)} number={number} code={<QuestionCode question={question} />} />
      </div>
    </>
  );
}
