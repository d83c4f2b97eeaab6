import styles from './diagrams.module.css';

/**
 * base: FROM, reused as is. cached: BuildKit prints CACHED. run: the step executes again.
 * config: an instruction with no build step (CMD, EXPOSE...), which only writes the config.
 */
type CacheStatus = 'base' | 'cached' | 'run' | 'config';

interface CacheStep {
  instruction: string;
  status: CacheStatus;
}

interface CacheBuild {
  heading: string;
  steps: CacheStep[];
}

const STATUS: Record<CacheStatus, { text: string; className: string }> = {
  base: { text: 'parent image, reused', className: styles.stepBase },
  cached: { text: 'CACHED', className: styles.stepCached },
  run: { text: 'runs again', className: styles.stepRun },
  config: { text: 'config only, no build step', className: styles.stepConfig },
};

/**
 * One or more rebuilds side by side: each instruction with what the cache does with it, and the
 * first step that runs again marked as the point where the cache stops.
 */
export function CacheDiagram({ title, builds }: { title: string; builds: CacheBuild[] }) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <div className={styles.columns}>
        {builds.map((build) => {
          const firstMiss = build.steps.findIndex((s) => s.status === 'run');
          return (
            <div key={build.heading} className={styles.column} role="group" aria-label={build.heading}>
              <p className={styles.heading}>{build.heading}</p>
              <ol className={styles.steps}>
                {build.steps.map((step, i) => (
                  <li key={i} className={`${styles.step} ${STATUS[step.status].className} ${i === firstMiss ? styles.stepFirstMiss : ''}`}>
                    <span>{step.instruction}</span>
                    <span className={styles.status}>
                      {STATUS[step.status].text}
                      {i === firstMiss ? ' (first change: the cache stops here)' : ''}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
