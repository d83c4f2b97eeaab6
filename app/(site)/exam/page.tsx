import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getCourse } from '@/lib/content/loader';
import { examCourse, questionLink } from '@/lib/quiz/exam-plan';
import { questionView, type QuestionView } from '@/lib/quiz/view';
import { QuestionCode } from '@/components/quiz/Quiz';
import { ExamRunner } from '@/components/exam/ExamRunner';

export const metadata: Metadata = {
  title: 'Exam',
  description: 'Questions from every lesson in a new order each time, scored at the end, with a link to the step that teaches each miss.',
};

export default function ExamPage() {
  const lessons = getCourse();
  const course = examCourse(lessons);
  const views: Record<string, QuestionView> = {};
  const codes: Record<string, ReactNode> = {};
  const stepTitles: Record<string, string> = {};
  for (const lesson of lessons) {
    const slug = lesson.frontmatter.slug;
    for (const step of lesson.steps) stepTitles[`/learn/${slug}#${step.id}`] = step.title;
    for (const question of lesson.questions) {
      const key = `${slug}/${question.id}`;
      views[key] = questionView(question);
      codes[key] = <QuestionCode question={question} editable={false} />;
      stepTitles[questionLink({ slug, stepIds: [] }, question)] ??= `quiz question “${question.prompt}”`;
    }
  }
  return (
    <div className="page exam-page">
      <h1>Exam</h1>
      <p className="lede">A review of the whole course: questions of every kind from every lesson. Nothing is checked until you ask for your score.</p>
      <ExamRunner course={course} views={views} codes={codes} stepTitles={stepTitles} />
    </div>
  );
}
