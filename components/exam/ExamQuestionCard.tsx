'use client';

import type { ReactNode } from 'react';
import type { QuizAnswer } from '@/lib/quiz/choice';
import type { ExamResult } from '@/lib/quiz/exam';
import { pageHref, type ExamQuestion } from '@/lib/quiz/exam-plan';
import type { QuestionView } from '@/lib/quiz/view';
import { AnswerInput } from '@/components/quiz/AnswerInput';
import { GradeDetails } from '@/components/quiz/GradeDetails';

/** One exam question: answered without feedback; once scored, right or wrong, why, and where it is taught. */
export function ExamQuestionCard({
  item,
  number,
  total,
  view,
  code,
  answer,
  onChange,
  result,
  answered,
  stepTitle,
}: {
  item: ExamQuestion;
  number: number;
  total: number;
  view: QuestionView;
  code?: ReactNode;
  answer: QuizAnswer;
  onChange: (answer: QuizAnswer) => void;
  result: ExamResult['results'][number] | null;
  answered: boolean;
  stepTitle: string | null;
}) {
  const domId = `exam-q${number}`;
  const promptId = `${domId}-prompt`;
  return (
    <li className="quiz-question" data-question-type={item.question.type}>
      <h2 className="exam-question-title">
        Question {number} of {total} <span className="exam-question-lesson">· {item.lessonTitle}</span>
      </h2>
      <p id={promptId} className="quiz-prompt">
        {item.question.prompt}
      </p>
      <AnswerInput question={item.question} view={view} answer={answer} onChange={onChange} disabled={result !== null} domId={domId} promptId={promptId} code={code} />
      {result ? (
        <div className="quiz-feedback">
          {answered ? null : <p className="quiz-result is-wrong">Not answered.</p>}
          <GradeDetails question={item.question} grade={result.grade} phase={result.correct ? 'right' : 'revealed'} revealed={null} />
          <p>
            Where this is taught: <a href={pageHref(item.link)}>{stepTitle ? `${item.lessonTitle}: ${stepTitle}` : item.lessonTitle}</a>
          </p>
        </div>
      ) : null}
    </li>
  );
}
