import type { AnyQuizQuestion } from '@/lib/content/schema';
import type { Phase } from '@/lib/quiz/answering';
import type { ChoiceGrade, Grade } from '@/lib/quiz/choice';
import type { CommandGrade, OrderingGrade, PredictCacheGrade } from '@/lib/quiz/grade';
import { logStepLines, tailLines } from '@/lib/quiz/log';

/**
 * What a graded answer says: whether it is right, why (each chosen option's explanation, the
 * rebuild step by step, Docker's own error), and once the question is finished the answer and the
 * explanation. Meaning is in words (Right/Wrong, CACHED/EXECUTED), never in colour alone.
 */
export function GradeDetails({ question, grade, phase, revealed }: { question: AnyQuizQuestion; grade: Grade | null; phase: Phase; revealed: Grade | null }) {
  const finished = phase === 'right' || phase === 'revealed';
  return (
    <div className="quiz-grade">
      <p tabIndex={-1} className={`quiz-result ${phase === 'right' ? 'is-right' : 'is-wrong'}`}>
        {phase === 'right' ? 'Correct.' : grade && !grade.correct ? (phase === 'revealed' ? 'Not quite. Here is the answer.' : 'Not quite.') : 'The answer.'}
      </p>
      {grade && !grade.correct ? <WhyWrong question={question} grade={grade} /> : null}
      {grade?.correct && question.type === 'predict-cache' ? <PredictSteps grade={grade as PredictCacheGrade} /> : null}
      {grade?.correct && question.type === 'ordering' && grade.feedback !== 'Correct.' ? <p>{grade.feedback}</p> : null}
      {phase === 'wrong' ? <p className="quiz-hint">Change your answer and check it again, or show the answer.</p> : null}
      {finished ? <TheAnswer question={question} grade={grade} reveal={phase === 'revealed'} revealed={revealed} /> : null}
    </div>
  );
}

function WhyWrong({ question, grade }: { question: AnyQuizQuestion; grade: Grade }) {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const g = grade as ChoiceGrade;
      return (
        <>
          {g.feedback.startsWith('Not all') ? <p>{g.feedback}</p> : null}
          <ul className="quiz-explanations">
            {g.options.map((o) => (
              <li key={o.id} className={o.correct ? 'is-right' : 'is-wrong'}>
                <strong>
                  You chose “{o.text}”: {o.correct ? 'right' : 'wrong'}.
                </strong>{' '}
                {o.explanation}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'ordering':
      return <p>{(grade as OrderingGrade).feedback}</p>;
    case 'predict-cache':
      return <PredictSteps grade={grade as PredictCacheGrade} />;
    case 'command': {
      const g = grade as CommandGrade;
      return (
        <>
          <p>{g.feedback}</p>
          {g.output.trim() ? (
            <figure className="quiz-log">
              <figcaption>What the simulated docker printed{g.exitCode ? ` (exit code ${g.exitCode})` : ''}</figcaption>
              <pre className="quiz-output">{tailLines(g.output)}</pre>
            </figure>
          ) : null}
        </>
      );
    }
  }
}

/** Each step of the rebuild: the learner's mark, right or wrong, the real status and why; then the log. */
export function PredictSteps({ grade }: { grade: PredictCacheGrade }) {
  const right = grade.steps.filter((s) => s.right).length;
  return (
    <>
      <p>
        {right} of {grade.steps.length} steps right.
      </p>
      <ol className="quiz-steps quiz-steps-graded">
        {grade.steps.map((s) => (
          <li key={s.label} className={s.right ? 'is-right' : 'is-wrong'}>
            <code>{s.label}</code>
            <span>
              <strong>{s.right ? 'Right' : 'Wrong'}</strong>
              {s.marked ? `: you marked ${s.marked}.` : ': not marked.'} {s.reason}
            </span>
          </li>
        ))}
      </ol>
      <figure className="quiz-log">
        <figcaption>The rebuild after the change, as docker build prints it</figcaption>
        <pre>{logStepLines(grade.rebuildLog).join('\n')}</pre>
      </figure>
    </>
  );
}

function TheAnswer({ question, grade, reveal, revealed }: { question: AnyQuizQuestion; grade: Grade | null; reveal: boolean; revealed: Grade | null }) {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ul className="quiz-explanations">
          {question.options.map((o) => (
            <li key={o.id} className={o.correct ? 'is-right' : undefined}>
              <strong>
                {o.text}
                {o.correct ? ' (right answer)' : ''}:
              </strong>{' '}
              {o.explanation}
            </li>
          ))}
        </ul>
      );
    case 'ordering':
      return (
        <>
          {reveal ? (
            <>
              <p>A right order{question.grading.by === 'cache' ? ' (others that rebuild as little are right too)' : ''}:</p>
              <ol className="quiz-answer-order">
                {question.items.map((i) => (
                  <li key={i.id}>
                    <code>{i.text}</code>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          <p className="quiz-explanation">{question.explanation}</p>
        </>
      );
    case 'predict-cache':
      return (
        <>
          {reveal && revealed && !grade ? <PredictSteps grade={revealed as PredictCacheGrade} /> : null}
          <p className="quiz-explanation">{question.explanation}</p>
        </>
      );
    case 'command':
      return (
        <>
          {reveal ? (
            <p>
              One right answer: <code>{question.answer}</code>
            </p>
          ) : null}
          <p className="quiz-explanation">{question.explanation}</p>
        </>
      );
  }
}
