import type { ChangeView } from '@/lib/quiz/view';

/** The one change between the two builds: the command that makes it, or a small diff with +/- in text. */
export function ChangeShown({ change }: { change: ChangeView }) {
  if (change.kind === 'command') {
    return (
      <figure className="quiz-change">
        <figcaption>The change: {change.note}</figcaption>
        <pre>
          <span aria-hidden="true">$ </span>
          {change.command}
        </pre>
      </figure>
    );
  }
  const added = change.lines.filter((l) => l.sign === '+').length;
  const removed = change.lines.filter((l) => l.sign === '-').length;
  const summary = [removed ? `${removed} line${removed === 1 ? '' : 's'} removed` : '', added ? `${added} line${added === 1 ? '' : 's'} added` : ''].filter(Boolean).join(', ');
  return (
    <figure className="quiz-change">
      <figcaption>
        The change: {change.note} <span className="quiz-change-summary">({change.file}: {summary})</span>
      </figcaption>
      <pre className="quiz-diff">
        {change.lines.map((l, i) => (
          <span key={i} className={l.sign === '+' ? 'diff-add' : l.sign === '-' ? 'diff-del' : 'diff-context'}>
            {`${l.sign} ${String(l.line ?? '').padStart(3)}  ${l.text}`}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}
