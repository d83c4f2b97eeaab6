import type { ReactNode } from 'react';

const HEADINGS = {
  mistake: 'Mistake in the notes',
  note: 'Note',
  tip: 'Tip',
  warning: 'Careful',
} as const;

type Kind = keyof typeof HEADINGS;

/**
 * A boxed note beside the text. `kind="mistake"` quotes a line of the course notes (`quote`) and
 * gives the correct form in its body. A group with a name, not an <aside>: several callouts on a
 * page would be landmarks with the same name, inside the main landmark.
 */
export function Callout({ kind = 'note', title, quote, children }: { kind?: Kind; title?: string; quote?: string; children: ReactNode }) {
  return (
    <div className={`callout callout-${kind}`} role="group" aria-label={title ?? HEADINGS[kind]}>
      <p className="callout-title">{title ?? HEADINGS[kind]}</p>
      {quote ? (
        <blockquote className="callout-quote">
          <p>
            <span className="visually-hidden">The notes say: </span>
            <code>{quote}</code>
          </p>
        </blockquote>
      ) : null}
      <div className="callout-body">{children}</div>
    </div>
  );
}
