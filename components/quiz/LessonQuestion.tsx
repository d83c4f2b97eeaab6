'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import type { AnyQuizQuestion } from '@/lib/content/schema';
import { afterCheck, afterRetry, afterReveal, blankAnswer, FIRST_ATTEMPT, incompleteAnswer, isFinished, type Attempt } from '@/lib/quiz/answering';
import type { Grade, QuizAnswer } from '@/lib/quiz/choice';
import type { QuestionView } from '@/lib/quiz/view';
import { CopyLinkButton } from '@/components/lesson/CopyLinkButton';
import { reportQuizAnswer } from '@/components/progress/events';
import { AnswerInput } from './AnswerInput';
import { GradeDetails } from './GradeDetails';
import { grade as gradeAnswer, gradeRightAnswer } from './grader';

/**
 * One question of a lesson's quiz, any type: answer, check (graded on demand), read why, try once
 * more; a second wrong try or "Show the answer" reveals it. Each graded try is reported to progress.
 */
const noSubscription = () => () => {};
const clientSnapshot = () => true;
const serverSnapshot = () => false;

export function LessonQuestion({ lesson, question, view, number, code }: { lesson: string; question: AnyQuizQuestion; view: QuestionView; number: number; code?: ReactNode }) {
  const [answer, setAnswer] = useState<QuizAnswer>(() => blankAnswer(question, view.order));
  const [attempt, setAttempt] = useState<Attempt>(FIRST_ATTEMPT);
  const [grade, setGrade] = useState<Grade | null>(null);
  const [revealed, setRevealed] = useState<Grade | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const anchor = `quiz-${question.id}`;
  const promptId = `${anchor}-prompt`;
  const steps = view.predict?.steps.length ?? 0;
  const finished = isFinished(attempt);
  const formRef = useRef<HTMLFormElement>(null);
  // False in the server's HTML and during hydration, true once React owns the inputs: an answer
  // picked before that can be undone by hydration, so the tests (and styles) can wait for it.
  const interactive = useSyncExternalStore(noSubscription, clientSnapshot, serverSnapshot);
  // Where focus goes after a check, a retry or a reveal (the button pressed may be gone).
  const focusNext = useRef<'answer' | 'retry' | 'result' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    const form = formRef.current;
    if (!target || !form) return;
    const selector = target === 'retry' ? '[data-quiz-retry]' : target === 'result' ? '.quiz-result' : '.quiz-answer input:checked, .quiz-answer input, .quiz-answer button:not(:disabled)';
    form.querySelector<HTMLElement>(selector)?.focus();
  }, [attempt]);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (busy || attempt.phase !== 'answering') return;
    const missing = incompleteAnswer(answer, steps);
    setMessage(missing);
    if (missing) return;
    setBusy(true);
    const outcome = await gradeAnswer(question, answer);
    setBusy(false);
    if (!outcome.grade) return setMessage(outcome.error ?? 'This answer could not be graded.');
    const next = afterCheck(attempt, outcome.grade.correct);
    setGrade(outcome.grade);
    focusNext.current = next.attempt.phase === 'wrong' ? 'retry' : 'result';
    setAttempt(next.attempt);
    reportQuizAnswer({ lesson, question: question.id, ...next.report, answer });
    if (next.attempt.phase === 'revealed') setRevealed((await gradeRightAnswer(question)).grade);
  }

  async function reveal() {
    setBusy(true);
    const outcome = await gradeRightAnswer(question);
    setBusy(false);
    setMessage(outcome.error ?? null);
    setRevealed(outcome.grade);
    focusNext.current = 'result';
    setAttempt(afterReveal(attempt));
  }

  function retry() {
    focusNext.current = 'answer';
    setAttempt(afterRetry(attempt));
    setMessage(null);
  }

  return (
    <form ref={formRef} id={anchor} className="quiz-question" data-question-type={question.type} data-interactive={interactive ? 'true' : undefined} onSubmit={check} tabIndex={-1} aria-labelledby={promptId} aria-busy={busy}>
      <p id={promptId} className="quiz-prompt">
        <span className="quiz-number">Question {number}.</span> {question.prompt}
      </p>
      <AnswerInput question={question} view={view} answer={answer} onChange={setAnswer} disabled={attempt.phase !== 'answering'} domId={anchor} promptId={promptId} code={code} />
      <div className="quiz-actions">
        {attempt.phase === 'answering' ? (
          <button type="submit" className="button" disabled={busy}>
            Check answer
          </button>
        ) : null}
        {attempt.phase === 'wrong' ? (
          <button type="button" className="button" onClick={retry} data-quiz-retry>
            Try again
          </button>
        ) : null}
        {!finished ? (
          <button type="button" className="button button-secondary" onClick={reveal} disabled={busy}>
            Show the answer
          </button>
        ) : null}
        <CopyLinkButton targetId={anchor} label={`Question ${number}`} />
      </div>
      <div role="status" className="quiz-feedback">
        {busy ? <p className="quiz-hint">Checking…</p> : null}
        {message ? <p className="quiz-result">{message}</p> : null}
        {attempt.phase === 'answering' ? null : <GradeDetails question={question} grade={grade} phase={attempt.phase} revealed={revealed} />}
      </div>
    </form>
  );
}
