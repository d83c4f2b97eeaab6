'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { blankAnswer, isAnswered } from '@/lib/quiz/answering';
import type { QuizAnswer } from '@/lib/quiz/choice';
import type { ExamResult } from '@/lib/quiz/exam';
import { buildExam, newExamSeed, pageHref, parseExamSeed, type ExamLesson } from '@/lib/quiz/exam-plan';
import type { QuestionView } from '@/lib/quiz/view';
import { ExamQuestionCard } from './ExamQuestionCard';
import '@/components/quiz/quiz.css';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}
const readLocation = () => `${window.location.hash}|${window.location.search}`;
const serverLocation = () => '';

/**
 * /exam: questions from every lesson in the order of a seed in the URL (`#seed=123`, so a link
 * gives the same exam), answered without feedback, then scored at once: the score, each question
 * right or wrong with its explanation, and for each miss a link to the step that teaches it.
 */
export function ExamRunner({ course, views, codes, stepTitles }: { course: ExamLesson[]; views: Record<string, QuestionView>; codes: Record<string, ReactNode>; stepTitles: Record<string, string> }) {
  const location = useSyncExternalStore(subscribe, readLocation, serverLocation);
  const [hash, search] = location.split('|');
  const seed = location ? parseExamSeed(hash, search) : null;
  const exam = useMemo(() => (seed === null ? null : buildExam(course, seed)), [course, seed]);
  const [answers, setAnswers] = useState<{ seed: number | null; byKey: Record<string, QuizAnswer> }>({ seed: null, byKey: {} });
  const [scored, setScored] = useState<{ seed: number; result: ExamResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const scoreRef = useRef<HTMLElement>(null);
  const introRef = useRef<HTMLParagraphElement>(null);
  const focusNext = useRef<'score' | 'intro' | null>(null);
  const byKey = answers.seed === seed ? answers.byKey : {};
  const result = scored && scored.seed === seed ? scored.result : null;

  // A visit without a seed gets one, written into the address so the link reproduces the exam.
  // location.replace, not history.replaceState: Next's router patches replaceState and, a moment
  // later, writes its own copy of that URL back, which undid a seeded link opened in between.
  // A fragment-only replace fires hashchange itself and leaves the router alone.
  useEffect(() => {
    if (!location || seed !== null) return;
    window.location.replace(`#seed=${newExamSeed(Math.random)}`);
  }, [location, seed]);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'score') scoreRef.current?.focus();
    if (target === 'intro') introRef.current?.focus();
  }, [result, seed]);

  if (!exam || seed === null) {
    return <p className="exam-intro">Preparing your exam…</p>;
  }

  const lessons = new Set(exam.questions.map((q) => q.lesson)).size;
  const unanswered = exam.questions.filter((q) => !isAnswered(byKey[q.key])).length;

  function answer(key: string, value: QuizAnswer) {
    setAnswers({ seed, byKey: { ...byKey, [key]: value } });
  }

  async function finish() {
    if (!exam) return;
    setBusy(true);
    const given = Object.fromEntries(Object.entries(byKey).filter(([, a]) => isAnswered(a)));
    // Ordering questions are answered by the order on screen, moved or not.
    for (const q of exam.questions) if (q.question.type === 'ordering' && !given[q.key]) given[q.key] = blankAnswer(q.question, views[q.key]?.order);
    const { scoreExam } = await import('@/lib/quiz/exam');
    focusNext.current = 'score';
    setScored({ seed: exam.seed, result: scoreExam(exam, given) });
    setBusy(false);
  }

  function retake() {
    focusNext.current = 'intro';
    window.location.hash = `seed=${newExamSeed(Math.random, seed)}`;
  }

  return (
    <>
      <p ref={introRef} className="exam-intro" tabIndex={-1}>
        <span>
          {exam.questions.length} questions from all {lessons} lessons, in the order of exam {seed}. Answer them all, then see your score.{' '}
          <a href={`#seed=${seed}`}>Link to this exam</a>
        </span>
      </p>
      <ol className="exam-questions">
        {exam.questions.map((q, i) => (
          <ExamQuestionCard
            key={`${seed}-${q.key}`}
            item={q}
            number={i + 1}
            total={exam.questions.length}
            view={views[q.key] ?? {}}
            code={codes[q.key]}
            answer={byKey[q.key] ?? blankAnswer(q.question, views[q.key]?.order)}
            onChange={(value) => answer(q.key, value)}
            result={result ? result.results[i] : null}
            answered={result ? result.misses.find((m) => m.key === q.key)?.answered ?? true : true}
            stepTitle={stepTitles[q.link] ?? null}
          />
        ))}
      </ol>
      {result ? (
        <section ref={scoreRef} className="exam-score" aria-labelledby="exam-score-title" tabIndex={-1}>
          <h2 id="exam-score-title">Your score</h2>
          <p className="exam-score-number">
            {result.score} of {result.total} right ({result.percent}%)
          </p>
          {result.misses.length ? (
            <>
              <h3>What to review</h3>
              <ul className="exam-misses">
                {result.misses.map((m) => (
                  <li key={m.key}>
                    <a href={pageHref(m.link)}>
                      {m.lessonTitle}: {stepTitles[m.link] ?? 'the quiz question'}
                    </a>{' '}
                    <span className="quiz-hint">
                      for “{m.prompt}”{m.answered ? '' : ' (not answered)'}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Every answer is right.</p>
          )}
          <button type="button" className="button" onClick={retake}>
            Retake with new questions
          </button>
        </section>
      ) : (
        <div className="quiz-actions">
          <button type="button" className="button" onClick={finish} disabled={busy}>
            See my score
          </button>
          <span className="quiz-hint">{unanswered ? `${unanswered} of ${exam.questions.length} questions unanswered.` : 'Every question answered.'}</span>
        </div>
      )}
    </>
  );
}
