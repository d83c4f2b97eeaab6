/**
 * The simulated daemon's containers, kept as plain JSON in the BuildCache, with the rules
 * moby/moby applies: names are unique (daemon/names.go, daemon/errors.go nameConflictError),
 * a reference resolves by full id, name, then id prefix (daemon/container/view.go GetByName /
 * daemon.GetContainer), a running container is not removed without force (daemon/delete.go),
 * starting a running one or stopping a stopped one is a no-op (daemon/start.go, daemon/stop.go:
 * errdefs.NotModified, which the CLI reports as success), and `--rm` removes the container when
 * its process exits (daemon/monitor.go handleContainerExit → AutoRemove).
 */
import { sha256Hex } from './sha256';
import type { BuildCache, StoredContainer } from './types';

export function containersOf(cache: BuildCache): Record<string, StoredContainer> {
  cache.containers ??= {};
  return cache.containers;
}

/** All containers, newest first (the order of `docker ps`). */
export function listContainers(cache: BuildCache): StoredContainer[] {
  return Object.values(cache.containers ?? {}).sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1));
}

/** Full id, exact name (with or without "/"), then a unique id prefix. */
export function findContainer(cache: BuildCache, ref: string): StoredContainer | undefined {
  const all = Object.values(cache.containers ?? {});
  const name = ref.replace(/^\//, '');
  const exact = all.find((c) => c.id === ref) ?? all.find((c) => c.name === name);
  if (exact) return exact;
  if (!/^[0-9a-f]+$/.test(ref)) return undefined;
  const byPrefix = all.filter((c) => c.id.startsWith(ref));
  return byPrefix.length === 1 ? byPrefix[0] : undefined;
}

// moby/moby daemon/names.go generateNewName: the default name is "<adjective>_<surname>"; words
// from moby/moby internal/namesgenerator/names-generator.go, picked deterministically.
const LEFT = ['admiring', 'brave', 'clever', 'determined', 'eager', 'focused', 'gallant', 'happy', 'jolly', 'keen', 'loving', 'modest', 'nifty', 'optimistic', 'peaceful', 'quirky', 'relaxed', 'sharp', 'trusting', 'vibrant', 'wizardly', 'zen'];
const RIGHT = ['albattani', 'babbage', 'curie', 'darwin', 'einstein', 'feynman', 'goldberg', 'hopper', 'johnson', 'kepler', 'lovelace', 'meitner', 'noether', 'pasteur', 'ritchie', 'shannon', 'tesla', 'turing', 'wozniak'];

export function nextContainerIdentity(cache: BuildCache, seed: string): { id: string; defaultName: string; seq: number } {
  const seq = (cache.containerSeq ?? 0) + 1;
  cache.containerSeq = seq;
  const id = sha256Hex(`container|${seq}|${cache.clock}|${seed}`);
  const taken = new Set(Object.values(cache.containers ?? {}).map((c) => c.name));
  let n = parseInt(id.slice(0, 8), 16);
  let name = `${LEFT[n % LEFT.length]}_${RIGHT[Math.floor(n / LEFT.length) % RIGHT.length]}`;
  while (taken.has(name)) name = `${LEFT[++n % LEFT.length]}_${RIGHT[Math.floor(n / LEFT.length) % RIGHT.length]}`;
  return { id, defaultName: name, seq };
}

/** Starts the process: prints its output into the logs; a short-lived one exits at once (and `--rm` removes it). */
export function startContainer(cache: BuildCache, container: StoredContainer): void {
  container.startedAt = cache.clock;
  container.logs.push(...container.output);
  if (container.longRunning) {
    container.running = true;
    container.finishedAt = null;
  } else exitContainer(cache, container, container.exitCode);
}

export function exitContainer(cache: BuildCache, container: StoredContainer, exitCode: number): void {
  container.running = false;
  container.exitCode = exitCode;
  container.finishedAt = cache.clock;
  if (container.autoRemove) delete containersOf(cache)[container.id];
}

/**
 * `docker stop`: SIGTERM. Python as PID 1 gets no default SIGTERM handler, so after the
 * 10-second grace period the daemon sends SIGKILL: exit code 137 (128 + 9), as in
 * moby/moby daemon/stop.go containerStop.
 */
export function stopContainer(cache: BuildCache, container: StoredContainer): void {
  if (!container.running) return;
  cache.clock += 10;
  exitContainer(cache, container, 137);
}

/** Containers that use the image, running ones first (moby/moby daemon/containerd/image_delete.go). */
export function containersUsingImage(cache: BuildCache, imageId: string): StoredContainer[] {
  return listContainers(cache)
    .filter((c) => c.imageId === imageId)
    .sort((a, b) => Number(b.running) - Number(a.running));
}

/** The host port a running container already holds, if any. */
export function portHolder(cache: BuildCache, hostIp: string, hostPort: number): StoredContainer | undefined {
  return listContainers(cache).find((c) => c.running && c.ports.some((p) => p.hostPort === hostPort && (p.hostIp === hostIp || p.hostIp === '0.0.0.0' || hostIp === '0.0.0.0')));
}
