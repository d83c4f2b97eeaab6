import styles from './diagrams.module.css';

/** One `docker run` and whether the app inside becomes reachable from the host. */
interface PortScenario {
  command: string;
  /** Host side of the mapping, e.g. "localhost:9000"; absent when nothing is published. */
  hostPort?: string;
  /** The port the app listens on inside the container, e.g. "9000". */
  containerPort: string;
  /** Ports recorded by EXPOSE in the image config, e.g. "9000/tcp". */
  exposed?: string;
  note: string;
}

/**
 * Host and container side by side for a few `docker run` commands: only a published port
 * connects them, whatever EXPOSE says. Each row also states the result in words.
 */
export function PortDiagram({ title, scenarios }: { title: string; scenarios: PortScenario[] }) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <ul className={styles.plainList}>
        {scenarios.map((s) => {
          const open = Boolean(s.hostPort);
          return (
            <li key={s.command} className={styles.scenario}>
              <code>{s.command}</code>
              <div className={styles.wire} aria-hidden="true">
                <span className={styles.box}>Your machine{open ? `: ${s.hostPort}` : ''}</span>
                <span className={`${styles.link} ${open ? styles.linkOpen : styles.linkClosed}`}>{open ? '──▶' : '─╳─'}</span>
                <span className={`${styles.box} ${styles.containerBox}`}>
                  Container: app on port {s.containerPort}
                  {s.exposed ? <span className={styles.note}>EXPOSE says {s.exposed}</span> : null}
                </span>
              </div>
              <p className={styles.outcome}>
                <span className={open ? styles.good : styles.bad}>{open ? `Published: ${s.hostPort} reaches port ${s.containerPort}. ` : 'Not published: unreachable from your machine. '}</span>
                {s.note}
              </p>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
