/**
 * `docker ps` / `container ls`, `stop`, `start`, `rm`, `logs` over the simulated daemon's
 * containers (docker/cli cli/command/container/{list,stop,start,rm,logs}.go, table columns from
 * cli/command/formatter/container.go, status words from moby/moby daemon/container/state.go).
 */
import { findContainer, listContainers, startContainer, stopContainer, containersOf, exitContainer } from '../containers';
import { ago, ellipsis, humanDuration, tabulate } from '../format';
import type { BuildCache, StoredContainer } from '../types';
import { commandPath, prepare } from './commands';
import type { Outcome, Session } from './session';
import { daemonError, failedToStart, noSuchContainer, removeRunningContainer } from './texts';

type Parent = 'container' | undefined;

/** moby/moby daemon/container/state.go State.String. */
export function containerStatus(c: StoredContainer, now: number): string {
  if (c.running) return `Up ${humanDuration(Math.max(0, now - (c.startedAt ?? now)))}`;
  if (c.startedAt === null) return 'Created';
  return `Exited (${c.exitCode}) ${ago(Math.max(0, now - (c.finishedAt ?? now)))}`;
}

/** formatter.DisplayablePorts: exposed-only ports first, then "0.0.0.0:8080->9000/tcp, [::]:8080->9000/tcp". */
export function displayPorts(c: StoredContainer): string {
  if (!c.running) return '';
  const published = [...c.ports].sort((a, b) => parseInt(a.containerPort, 10) - parseInt(b.containerPort, 10));
  const exposedOnly = c.exposedPorts.filter((p) => !published.some((m) => m.containerPort === p));
  const mappings = published.flatMap((m) =>
    m.hostIp === '0.0.0.0' ? [`0.0.0.0:${m.hostPort}->${m.containerPort}`, `[::]:${m.hostPort}->${m.containerPort}`] : [`${m.hostIp}:${m.hostPort}->${m.containerPort}`],
  );
  return [...exposedOnly, ...mappings].join(', ');
}

/** ContainerContext.Command: the command line ellipsized to 20 and quoted with strconv.Quote. */
function quotedCommand(c: StoredContainer, trunc: boolean): string {
  const text = [c.path, ...c.args].join(' ');
  return JSON.stringify(trunc ? ellipsis(text, 20) : text);
}

export function dockerPs(session: Session, argv: string[], path = 'docker ps'): Outcome {
  const prepared = prepare('ps', path, argv);
  if (!prepared.ok) return prepared.outcome;
  const { flags } = prepared;
  const now = session.cache.clock;
  let containers = listContainers(session.cache);
  if (flags.latest === true) containers = containers.slice(0, 1);
  else if (flags.all !== true) containers = containers.filter((c) => c.running);
  const trunc = flags['no-trunc'] !== true;
  if (flags.quiet === true) return { exitCode: 0, output: containers.map((c) => (trunc ? c.id.slice(0, 12) : c.id)).join('\n') };
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const c of containers) {
    rows.push([trunc ? c.id.slice(0, 12) : c.id, c.image, quotedCommand(c, trunc), ago(Math.max(0, now - c.created)), containerStatus(c, now), displayPorts(c), c.name]);
  }
  return { exitCode: 0, output: tabulate(rows) };
}

/** Runs `act` on each argument; prints the argument on success, joins the errors (errors.Join) like stop and rm do. */
function eachContainer(cache: BuildCache, refs: string[], act: (c: StoredContainer, ref: string) => string | null, skipMissing = false): Outcome {
  const out: string[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const c = findContainer(cache, ref);
    if (!c) {
      if (!skipMissing) errors.push(daemonError(noSuchContainer(ref)));
      continue;
    }
    const error = act(c, ref);
    if (error) errors.push(daemonError(error));
    else out.push(ref);
  }
  return { exitCode: errors.length > 0 ? 1 : 0, output: [...out, ...errors].join('\n') };
}

export function dockerStop(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('stop', commandPath('stop', parent), argv);
  if (!prepared.ok) return prepared.outcome;
  // A stopped container answers 304 Not Modified, which the CLI reports as success.
  return eachContainer(session.cache, prepared.args, (c) => {
    stopContainer(session.cache, c);
    return null;
  });
}

export function dockerStart(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('start', commandPath('start', parent), argv);
  if (!prepared.ok) return prepared.outcome;
  const out: string[] = [];
  const failed: string[] = [];
  for (const ref of prepared.args) {
    const c = findContainer(session.cache, ref);
    if (!c) {
      out.push(daemonError(noSuchContainer(ref)));
      failed.push(ref);
      continue;
    }
    if (!c.running) startContainer(session.cache, c);
    out.push(ref);
  }
  if (failed.length > 0) out.push(failedToStart(failed));
  return { exitCode: failed.length > 0 ? 1 : 0, output: out.join('\n') };
}

export function dockerRm(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('rm', commandPath('rm', parent), argv);
  if (!prepared.ok) return prepared.outcome;
  const force = prepared.flags.force === true;
  const cache = session.cache;
  return eachContainer(
    cache,
    prepared.args,
    (c, ref) => {
      if (c.running && !force) return removeRunningContainer(ref.replace(/^\/+|\/+$/g, ''));
      if (c.running) {
        // --force kills it (SIGKILL): exit code 137.
        const autoRemove = c.autoRemove;
        c.autoRemove = false;
        exitContainer(cache, c, 137);
        c.autoRemove = autoRemove;
      }
      delete containersOf(cache)[c.id];
      return null;
    },
    force,
  );
}

export function dockerLogs(session: Session, argv: string[], parent?: Parent): Outcome {
  const prepared = prepare('logs', commandPath('logs', parent), argv);
  if (!prepared.ok) return prepared.outcome;
  const ref = prepared.args[0];
  const c = findContainer(session.cache, ref);
  if (!c) return { exitCode: 1, output: daemonError(noSuchContainer(ref)) };
  let lines = c.logs;
  const tail = prepared.flags.tail as string | undefined;
  if (tail !== undefined && tail !== 'all' && /^\d+$/.test(tail)) lines = Number(tail) === 0 ? [] : lines.slice(-Number(tail));
  return { exitCode: 0, output: lines.join('\n') };
}
