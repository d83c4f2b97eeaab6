import type { ReactNode } from 'react';
import { CopyLinkButton } from './CopyLinkButton';

/** One step of a lesson: a section with a stable id, deep-linkable as /learn/<slug>#<id>. */
export function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `${id}-title`;
  return (
    <section id={id} className="step" aria-labelledby={headingId} tabIndex={-1}>
      <div className="step-header">
        <h2 id={headingId}>
          <a href={`#${id}`} className="step-anchor">
            {title}
          </a>
        </h2>
        <CopyLinkButton targetId={id} label={title} />
      </div>
      {children}
    </section>
  );
}
