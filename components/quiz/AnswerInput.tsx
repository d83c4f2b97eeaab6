'use client';

import type { ReactNode } from 'react';
import type { AnyQuizQuestion, ChoiceQuestion, CommandQuestion, PredictCacheQuestion } from '@/lib/content/schema';
import type { QuizAnswer } from '@/lib/quiz/choice';
import type { PredictCacheView, QuestionView } from '@/lib/quiz/view';
import { OrderingInput } from './OrderingInput';
import { ChangeShown } from './ChangeShown';

export interface AnswerInputProps {
  question: AnyQuizQuestion;
  view: QuestionView;
  answer: QuizAnswer;
  onChange: (answer: QuizAnswer) => void;
  disabled: boolean;
  /** Prefix for element ids (the question's anchor). */
  domId: string;
  /** The id of the element holding the prompt (names the group). */
  promptId: string;
  /** Code shown with the question (highlighted at build time): a Dockerfile, a command. */
  code?: ReactNode;
}

/** The controls a learner answers a question with, by type. Grading and feedback are elsewhere. */
export function AnswerInput(props: AnswerInputProps) {
  const { question, answer, disabled, promptId, code } = props;
  return (
    <fieldset className="quiz-answer" disabled={disabled} aria-labelledby={promptId}>
      {question.type === 'predict-cache' ? null : code}
      {(question.type === 'single' || question.type === 'multiple') && (answer.type === 'single' || answer.type === 'multiple') ? (
        <ChoiceInput {...props} question={question} />
      ) : null}
      {question.type === 'ordering' && answer.type === 'ordering' ? (
        <OrderingInput question={question} order={answer.order} onChange={(order) => props.onChange({ type: 'ordering', order })} disabled={disabled} domId={props.domId} />
      ) : null}
      {question.type === 'predict-cache' && answer.type === 'predict-cache' && props.view.predict ? (
        <PredictCacheInput {...props} question={question} view={props.view.predict} marks={answer.marks} />
      ) : null}
      {question.type === 'command' && answer.type === 'command' ? <CommandInput {...props} question={question} commandLine={answer.commandLine} /> : null}
    </fieldset>
  );
}

function ChoiceInput({ question, answer, onChange, domId }: AnswerInputProps & { question: ChoiceQuestion }) {
  const multiple = question.type === 'multiple';
  const chosen = answer.type === 'single' ? [answer.optionId] : answer.type === 'multiple' ? answer.optionIds : [];
  function toggle(id: string, on: boolean) {
    if (!multiple) return onChange({ type: 'single', optionId: id });
    const next = question.options.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o)));
    onChange({ type: 'multiple', optionIds: next });
  }
  return (
    <div className="quiz-options">
      {multiple ? <p className="quiz-hint">Choose every answer that applies.</p> : null}
      {question.options.map((option) => (
        <label key={option.id} className="quiz-option">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={`${domId}-choice`}
            value={option.id}
            checked={chosen.includes(option.id)}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function PredictCacheInput({ question, view, marks, onChange, domId, code }: AnswerInputProps & { question: PredictCacheQuestion; view: PredictCacheView; marks: Array<'CACHED' | 'EXECUTED' | null> }) {
  function mark(i: number, status: 'CACHED' | 'EXECUTED') {
    const next = view.steps.map((_s, j) => marks[j] ?? null);
    next[i] = status;
    onChange({ type: 'predict-cache', marks: next });
  }
  return (
    <div className="quiz-predict">
      {code}
      <figure className="quiz-log">
        <figcaption>
          First build: <code>{question.command}</code>
        </figcaption>
        <pre>{view.firstSteps.join('\n')}</pre>
      </figure>
      <ChangeShown change={view.change} />
      <p className="quiz-hint">
        Then <code>{question.command}</code> runs again. Mark each step of that rebuild:
      </p>
      <ol className="quiz-steps">
        {view.steps.map((step, i) => (
          <li key={step.label}>
            <fieldset className="quiz-step">
              <legend>
                <code>{step.label}</code>
              </legend>
              {(['CACHED', 'EXECUTED'] as const).map((status) => (
                <label key={status} className="quiz-step-choice">
                  <input type="radio" name={`${domId}-step-${i}`} value={status} checked={marks[i] === status} onChange={() => mark(i, status)} />
                  <span>{status}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The prompt of the simulated terminal for a project folder. */
export function promptFor(cwd: string): string {
  const folder = cwd.replace(/^\.\/?/, '').replace(/\/$/, '');
  return `/project${folder ? `/${folder}` : ''} $`;
}

function CommandInput({ question, commandLine, onChange, domId }: AnswerInputProps & { question: CommandQuestion; commandLine: string }) {
  return (
    <div className="quiz-command">
      <label htmlFor={`${domId}-command`}>Your command</label>
      <div className="quiz-command-line">
        <span className="quiz-command-prompt" aria-hidden="true">
          {promptFor(question.cwd)}
        </span>
        <input
          id={`${domId}-command`}
          type="text"
          value={commandLine}
          onChange={(e) => onChange({ type: 'command', commandLine: e.target.value })}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-describedby={`${domId}-command-where`}
        />
      </div>
      <p id={`${domId}-command-where`} className="quiz-hint">
        It runs in <code>{promptFor(question.cwd).replace(/ \$$/, '')}</code> of the simulated project; press Enter or Check answer.
      </p>
    </div>
  );
}
