import type { AnyQuizQuestion } from '@/lib/content/schema';
import { questionView } from '@/lib/quiz/view';
import { CodeBlock } from '@/components/lesson/CodeBlock';
import { LessonQuestion } from './LessonQuestion';
import './quiz.css';

/**
 * The end-of-lesson check: every question of quiz.json, any type. What a question shows before it
 * is answered (a rebuild's steps, the first build, the change, a start order) is prepared here at
 * build time; grading loads only when the learner checks an answer.
 */
export function Quiz({ lesson, questions }: { lesson: string; questions: AnyQuizQuestion[] }) {
  return (
    <section id="quiz" className="step quiz" aria-labelledby="quiz-title" tabIndex={-1}>
      <h2 id="quiz-title">Check your understanding</h2>
      {questions.map((question, i) => (
        <LessonQuestion key={question.id} lesson={lesson} question={question} view={questionView(question)} number={i + 1} code={<QuestionCode question={question} />} />
      ))}
    </section>
  );
}

/** The code a question shows: its `code`, or the Dockerfile a predict-the-cache question builds. */
export function QuestionCode({ question, editable = true }: { question: AnyQuizQuestion; editable?: boolean }) {
  if (question.type === 'predict-cache') return <CodeBlock code={question.dockerfile} lang="dockerfile" title="Dockerfile" editable={editable} />;
  if (question.code) return <CodeBlock code={question.code} lang={question.codeLang ?? 'dockerfile'} editable={editable} />;
  return null;
}
