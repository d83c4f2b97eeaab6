'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { QuizQuestion as Question } from '@/lib/content/schema';
import { CopyLinkButton } from '@/components/lesson/CopyLinkButton';

/** One multiple-choice question: choose, check, read why each option is right or wrong, retry. */
export function QuizQuestion({ question, number, code }: { question: Question; number: number; code?: ReactNode }) {
  const [choice, setChoice] = useState<string | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const name = useId();
  const anchor = `quiz-${question.id}`;
  const answered = checked !== null ? question.options.find((o) => o.id === checked) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setError(true);
      return;
    }
    setError(false);
    setChecked(choice);
  }

  function retry() {
    setChecked(null);
    setChoice(null);
  }

  return (
    <form id={anchor} className="quiz-question" onSubmit={submit} tabIndex={-1} aria-labelledby={`${anchor}-legend`}>
      <fieldset disabled={checked !== null}>
        <legend id={`${anchor}-legend`}>
          <span className="quiz-number">Question {number}.</span> {question.prompt}
        </legend>
        {code}
        <div className="quiz-options">
          {question.options.map((option) => (
            <label key={option.id} className={`quiz-option${checked && option.id === checked ? (option.correct ? ' is-right' : ' is-wrong') : ''}`}>
              <input type="radio" name={name} value={option.id} checked={choice === option.id} onChange={() => setChoice(option.id)} />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="quiz-actions">
        {checked === null ? (
          <button type="submit" className="button">
            Check answer
          </button>
        ) : (
          <button type="button" className="button button-secondary" onClick={retry}>
            Try again
          </button>
        )}
        <CopyLinkButton targetId={anchor} label={`Question ${number}`} />
      </div>
      <div role="status" className="quiz-feedback">
        {error ? <p className="quiz-result">Choose an answer first.</p> : null}
        {answered ? (
          <div>
            <p className={`quiz-result ${answered.correct ? 'is-right' : 'is-wrong'}`}>{answered.correct ? 'Correct.' : 'Not quite.'}</p>
            <ul className="quiz-explanations">
              {question.options.map((option) => (
                <li key={option.id} className={option.correct ? 'is-right' : undefined}>
                  <strong>
                    {option.text}
                    {option.correct ? ' (right answer)' : ''}:
                  </strong>{' '}
                  {option.explanation}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </form>
  );
}
