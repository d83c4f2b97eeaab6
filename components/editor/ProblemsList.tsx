import type { Diagnostic } from '@/lib/engine/types';
import { countBySeverity, problemCountText, ruleLabel } from '@/lib/workbench/markers';
import { problemMessage } from '@/lib/workbench/problem-message';
import { Heading } from '@/components/workbench/Heading';
import { SEVERITY_WORD, SeverityIcon } from './SeverityIcon';

/** Rows drawn before "Show all": a pasted 7,500-line file can have thousands of problems. */
export const FIRST_PROBLEM_ROWS = 100;

export interface ProblemsListProps {
  diagnostics: readonly Diagnostic[];
  headingLevel: 2 | 3;
  idPrefix: string;
  showAll?: boolean;
  onShowAll?(): void;
  /** Absent in the static (no JavaScript yet) rendering: rows are then plain text. */
  onGoTo?(d: Diagnostic): void;
  onFix?(d: Diagnostic): void;
}

/**
 * Every diagnostic of the latest analysis, in file order: severity, message, line and rule, a link
 * to the lesson step that explains it, and its quick fix when there is a certain one.
 * No hooks: the lesson page renders it at build time too, with no JavaScript behind it.
 */
export function ProblemsList({ diagnostics, headingLevel, idPrefix, showAll = false, onShowAll, onGoTo, onFix }: ProblemsListProps) {
  const counts = countBySeverity(diagnostics);
  const shown = showAll ? diagnostics : diagnostics.slice(0, FIRST_PROBLEM_ROWS);
  const headingId = `${idPrefix}-problems-title`;
  return (
    <section className="wb-problems" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="wb-section-title">
        Problems <span className="wb-count">{problemCountText(counts)}</span>
      </Heading>
      {diagnostics.length === 0 ? (
        <p className="wb-empty">Nothing to report: Docker would accept this Dockerfile, and no check has advice for it.</p>
      ) : (
        <ul className="wb-problem-list">
          {shown.map((d, i) => {
            const message = problemMessage(d.message);
            return (
              <li key={`${d.code}-${d.line}-${d.column}-${i}`} className={`wb-problem wb-problem-${d.severity}`}>
                <ProblemBody d={d} text={message.text} onGoTo={onGoTo} />
                {/* Outside the row's button: a <pre> is not allowed inside one. */}
                {message.more.map((part, j) =>
                  part.kind === 'code' ? (
                    <pre key={j} className="wb-problem-code">
                      <code>{part.text}</code>
                    </pre>
                  ) : (
                    <p key={j} className="wb-problem-more">
                      {part.text}
                    </p>
                  ),
                )}
                {d.fix || d.lesson ? (
                  <div className="wb-problem-actions">
                    {d.fix && onFix ? (
                      <button type="button" className="button button-small button-secondary" onClick={() => onFix(d)}>
                        Fix: {d.fix.title}
                      </button>
                    ) : null}
                    {d.lesson ? (
                      <a href={d.lesson} className="wb-learn-link">
                        Learn why<span className="visually-hidden"> ({ruleLabel(d)}, line {d.line})</span>
                      </a>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {diagnostics.length > shown.length && onShowAll ? (
        <button type="button" className="button button-small button-secondary" onClick={onShowAll}>
          Show all {diagnostics.length} problems
        </button>
      ) : null}
    </section>
  );
}

function ProblemBody({ d, text, onGoTo }: { d: Diagnostic; text: string; onGoTo?(d: Diagnostic): void }) {
  const content = (
    <>
      <SeverityIcon severity={d.severity} />
      <span className="wb-problem-text">
        <span className="visually-hidden">{SEVERITY_WORD[d.severity]}: </span>
        <span className="wb-problem-message">{text}</span>
        {d.dockerMessage ? <span className="wb-problem-docker">Docker says: {d.dockerMessage}</span> : null}
        <span className="wb-problem-meta">
          Line {d.line}, column {d.column} · <span className="wb-rule">{ruleLabel(d)}</span>
        </span>
      </span>
    </>
  );
  if (!onGoTo) return <div className="wb-problem-main">{content}</div>;
  return (
    <button type="button" className="wb-problem-main" onClick={() => onGoTo(d)}>
      {content}
    </button>
  );
}
