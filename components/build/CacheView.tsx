import type { BuildResult } from '@/lib/simulator/types';
import { formatSeconds, summarizeBuild } from './cache-summary';

const STATUS_TEXT = { BASE: 'BASE', CACHED: 'CACHED', EXECUTED: 'EXECUTED' } as const;

/**
 * One build, step by step: CACHED or EXECUTED in words (colour only repeats it), the first step
 * the cache could not reuse highlighted with its reason, and the simulated time spent and saved.
 */
export function CacheView({ result, heading, headingLevel = 3 }: { result: BuildResult; heading: string; headingLevel?: 3 | 4 }) {
  const summary = summarizeBuild(result);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const missed = summary.firstMiss === -1 ? undefined : summary.rows[summary.firstMiss];
  return (
    <section className="cache-view" aria-label={heading}>
      <Heading className="build-panel-title">{heading}</Heading>
      {result.ok ? null : <p className="cache-view-failed">The build failed: the error is in the terminal.</p>}
      {summary.rows.length > 0 ? (
        <>
          <p className="cache-view-summary">
            {summary.cached} CACHED, {summary.executed} EXECUTED. Took {formatSeconds(summary.totalTime)}
            {summary.savedTime > 0 ? `, the cache saved ${formatSeconds(summary.savedTime)}` : ''}.
          </p>
          {missed ? (
            <p className="cache-view-first-miss">
              <strong>The cache stopped at</strong> <code>{missed.label}</code>: {missed.reason || 'executed'}
            </p>
          ) : summary.executed === 0 ? (
            <p className="cache-view-first-miss cache-view-all-cached">Every step was reused from the cache.</p>
          ) : null}
          <table className="cache-view-table">
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Result</th>
                <th scope="col">Time</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map((row, i) => (
                <tr key={i} className={`cache-row cache-row-${row.status.toLowerCase()}${row.isFirstMiss ? ' cache-row-first-miss' : ''}`}>
                  <th scope="row">
                    <code>{row.label}</code>
                  </th>
                  <td>
                    <span className="cache-status">{STATUS_TEXT[row.status]}</span>
                    {row.isFirstMiss ? <span className="cache-first-miss-tag"> first miss</span> : null}
                  </td>
                  <td className="cache-time">{formatSeconds(row.seconds)}</td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
