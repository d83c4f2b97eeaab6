import type { Comparison } from './compare';
import { formatSeconds, summarizeBuild } from './cache-summary';

/**
 * The same edit rebuilt with two Dockerfiles, side by side: each one's steps (CACHED or EXECUTED),
 * its simulated rebuild time, and how much time the faster ordering saves.
 */
export function CompareOrderings({ comparison }: { comparison: Comparison }) {
  const times = comparison.outcomes.map((o) => o.rebuild.totalTime);
  const fastest = times.indexOf(Math.min(...times));
  return (
    <div className="compare-orderings">
      <p className="compare-summary">
        After editing <code>{comparison.editedPath}</code>,{' '}
        {comparison.outcomes.map((o, i) => (
          <span key={o.name}>
            {i > 0 ? (i === comparison.outcomes.length - 1 ? ' and ' : ', ') : ''}
            {o.name} rebuilds in {formatSeconds(o.rebuild.totalTime)}
          </span>
        ))}
        {comparison.timeSaved > 0 ? (
          <>
            : <strong>{comparison.outcomes[fastest].name} saves {formatSeconds(comparison.timeSaved)}</strong> on every such rebuild.
          </>
        ) : (
          '.'
        )}
      </p>
      <div className="compare-columns">
        {comparison.outcomes.map((outcome) => {
          const summary = summarizeBuild(outcome.rebuild);
          return (
            <section key={outcome.name} className="compare-column" aria-label={`${outcome.name}: rebuild after the edit`}>
              <h4 className="build-panel-title">{outcome.name}</h4>
              <pre className="compare-dockerfile" aria-label={`${outcome.name} Dockerfile`} tabIndex={0}>
                {outcome.dockerfile}
              </pre>
              <p className="compare-time">
                Rebuild: <strong>{formatSeconds(outcome.rebuild.totalTime)}</strong> ({summary.cached} CACHED, {summary.executed} EXECUTED)
              </p>
              <ol className="compare-steps">
                {summary.rows.map((row, i) => (
                  <li key={i} className={`cache-row cache-row-${row.status.toLowerCase()}${row.isFirstMiss ? ' cache-row-first-miss' : ''}`}>
                    <span className="cache-status">{row.status}</span> <code>{row.label}</code> <span className="cache-time">{formatSeconds(row.seconds)}</span>
                    {row.isFirstMiss ? <span className="compare-reason">first miss: {row.reason}</span> : null}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}
