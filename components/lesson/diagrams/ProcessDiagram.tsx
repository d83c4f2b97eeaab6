import styles from './diagrams.module.css';

interface Process {
  pid: string;
  command: string;
  note?: string;
}

/** One way of starting the container: the config Docker stored and the processes that result. */
interface ProcessColumn {
  heading: string;
  /** What the image config holds, e.g. `Cmd: ["python", "main.py"]`. */
  config: string;
  /** Parent first; each process is the child of the one before it. */
  processes: Process[];
  /** What happens on `docker stop`, in words. */
  outcome: string;
  good: boolean;
}

function ProcessChain({ processes }: { processes: Process[] }) {
  const [first, ...rest] = processes;
  if (!first) return null;
  return (
    <li>
      <div className={styles.process}>
        <span className={styles.pid}>PID {first.pid}</span>
        <span className={styles.mono}>{first.command}</span>
        {first.note ? <span className={styles.note}>{first.note}</span> : null}
      </div>
      {rest.length ? (
        <ul className={styles.processChildren} aria-label={`started by ${first.command}`}>
          <ProcessChain processes={rest} />
        </ul>
      ) : null}
    </li>
  );
}

/**
 * Side-by-side process trees inside a container (exec form vs shell form), drawn as nested lists
 * so a screen reader hears which process starts which.
 */
export function ProcessDiagram({ title, columns }: { title: string; columns: ProcessColumn[] }) {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <div className={styles.columns}>
        {columns.map((column) => (
          <div key={column.heading} className={styles.column} role="group" aria-label={column.heading}>
            <p className={styles.heading}>{column.heading}</p>
            <p className={styles.muted}>
              Image config: <code>{column.config}</code>
            </p>
            <ul className={styles.plainList} aria-label={`Processes in the container (${column.heading})`}>
              <ProcessChain processes={column.processes} />
            </ul>
            <p className={styles.outcome}>
              <span className={column.good ? styles.good : styles.bad}>{column.good ? 'Signals reach the app: ' : 'Signals stop at the shell: '}</span>
              {column.outcome}
            </p>
          </div>
        ))}
      </div>
    </figure>
  );
}
