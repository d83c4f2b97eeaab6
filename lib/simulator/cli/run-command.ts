/**
 * `docker run`: the simulator cannot start a container, so it shows what would run (the
 * ENTRYPOINT/CMD combination,
 * https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact)
 * and which ports are published (https://docs.docker.com/reference/dockerfile/#expose),
 * with Docker's own errors for the cases Docker rejects.
 */
import type { ImageConfig } from '@/lib/engine/types';
import { containersOf, findContainer, nextContainerIdentity, portHolder, startContainer } from '../containers';
import { parseNormalizedNamed } from '@/lib/docker/reference';
import { sha256Hex } from '../sha256';
import { findImage } from '../store';
import type { StoredContainer, StoredImage } from '../types';
import { commandPath, prepare } from './commands';
import { pullImage } from './images';
import { modelProcess } from './process';
import { PROJECT_ROOT } from './project-fs';
import type { Outcome, Session } from './session';
import { daemonError, execFailed, invalidContainerName, nameConflict, NO_COMMAND_SPECIFIED, NOTE, portAllocated, unableToFindImage, withRunHelp } from './texts';

/** withHelp() + toStatusError() in docker/cli cli/command/container/run.go: 125, or 127 / 126 for a program that cannot start. */
function runError(message: string, exitCode = 125): Outcome {
  return { exitCode, output: withRunHelp(message) };
}

export interface PortMapping {
  hostIp: string;
  hostPort: number;
  containerPort: string;
}

/** Parses `-p [ip:][hostPort:]containerPort[/proto]` (nat.ParsePortSpec); a missing host port gets an ephemeral one. */
export function parsePublish(spec: string, ephemeral: () => number): PortMapping[] | string {
  const slash = spec.lastIndexOf('/');
  const proto = slash === -1 ? 'tcp' : spec.slice(slash + 1);
  const body = slash === -1 ? spec : spec.slice(0, slash);
  if (!['tcp', 'udp', 'sctp'].includes(proto)) return `invalid proto: ${proto}`;
  const parts = body.split(':');
  if (parts.length > 3) return `invalid port format: ${spec}`;
  const containerText = parts[parts.length - 1];
  const hostText = parts.length >= 2 ? parts[parts.length - 2] : '';
  const ip = parts.length === 3 ? parts[0] : '0.0.0.0';
  const range = (text: string) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!m) return null;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    return start >= 1 && end <= 65535 && end >= start ? [start, end] : null;
  };
  const container = range(containerText);
  if (!container) return `invalid containerPort: ${containerText}`;
  const host = hostText === '' ? null : range(hostText);
  if (hostText !== '' && !host) return `invalid hostPort: ${hostText}`;
  const out: PortMapping[] = [];
  for (let p = container[0]; p <= container[1]; p++) {
    const hostPort = host ? host[0] + (p - container[0]) : ephemeral();
    out.push({ hostIp: ip, hostPort, containerPort: `${p}/${proto}` });
  }
  return out;
}

/** The process a container starts, from ENTRYPOINT, CMD and the arguments after the image. */
export function containerCommand(config: ImageConfig, args: string[], entrypointOverride?: string): { argv: string[]; note?: string } {
  let entrypoint = config.entrypoint ?? [];
  let cmd = config.cmd ?? [];
  if (entrypointOverride !== undefined) {
    entrypoint = entrypointOverride === '' ? [] : [entrypointOverride];
    cmd = []; // --entrypoint also clears the image's CMD
  }
  const shellForm = entrypoint.length >= 3 && entrypoint[0] === config.shell[0] && entrypoint[1] === config.shell[1];
  if (shellForm) {
    return { argv: entrypoint, note: NOTE.shellEntrypoint };
  }
  return { argv: [...entrypoint, ...(args.length > 0 ? args : cmd)] };
}

/** A valid container name: moby/moby daemon/names.go validContainerNamePattern. */
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function dockerRun(session: Session, argv: string[], parent?: 'container'): Outcome {
  const prepared = prepare('run', commandPath('run', parent), argv);
  if (!prepared.ok) return prepared.outcome;
  const { flags } = prepared;
  const [imageArg, ...args] = prepared.args;
  const ref = parseNormalizedNamed(imageArg);
  if (!ref.ok) return runError(ref.error);
  const cache = session.cache;

  const name = flags.name as string | undefined;
  if (name !== undefined && name !== '' && !VALID_NAME.test(name)) {
    return runError(daemonError(invalidContainerName(name)));
  }
  const holder = name ? findContainer(cache, name) : undefined;
  if (holder && holder.name === name?.replace(/^\//, '')) return runError(daemonError(nameConflict(holder.name, holder.id)));

  const lines: string[] = [];
  let image: StoredImage | undefined = findImage(cache, imageArg);
  if (!image) {
    lines.push(unableToFindImage(ref.ref.familiar));
    const pulled = pullImage(cache, ref.ref);
    if (!pulled.ok) {
      const failed = runError(pulled.error);
      return { exitCode: failed.exitCode, output: [...lines, failed.output].join('\n') };
    }
    if (flags.quiet !== true) lines.push(...pulled.lines);
    image = pulled.image;
  }

  const identity = nextContainerIdentity(cache, `${image.id}|${argv.join(' ')}`);
  let nextPort = 32768 + ((identity.seq * 7) % 28000);
  const ephemeral = () => nextPort++;
  const mappings: PortMapping[] = [];
  for (const spec of (flags.publish as string[] | undefined) ?? []) {
    const result = parsePublish(spec, ephemeral);
    if (typeof result === 'string') return runError(result);
    mappings.push(...result);
  }
  if (flags['publish-all'] === true) {
    for (const port of image.config.exposedPorts) {
      if (!mappings.some((m) => m.containerPort === port)) mappings.push({ hostIp: '0.0.0.0', hostPort: ephemeral(), containerPort: port });
    }
  }

  const { argv: command, note } = containerCommand(image.config, args, flags.entrypoint as string | undefined);
  if (command.length === 0) {
    const failed = runError(daemonError(NO_COMMAND_SPECIFIED));
    return { exitCode: failed.exitCode, output: [...lines, failed.output].join('\n') };
  }

  const env: Record<string, string> = { ...image.config.env };
  for (const pair of (flags.env as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=');
    if (eq === -1) {
      if (session.env[pair] !== undefined) env[pair] = session.env[pair];
    } else env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const workingDir = (flags.workdir as string | undefined) ?? image.config.workdir;
  const lookup = (script: string) => {
    const tail = script.replace(/^\.\//, '');
    const file = session.fs.list().find((e) => e.type === 'file' && (e.path === tail || e.path.endsWith('/' + tail)));
    return file ? session.fs.read(`${PROJECT_ROOT}/${file.path}`)?.content : undefined;
  };
  const model = modelProcess({ ...image, config: { ...image.config, workdir: workingDir } }, command, env, lookup);

  const containerName = name ? name.replace(/^\//, '') : identity.defaultName;
  const container: StoredContainer = {
    id: identity.id,
    name: containerName,
    image: imageArg,
    imageId: image.id,
    path: command[0],
    args: command.slice(1),
    env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
    cmd: args.length > 0 ? args : flags.entrypoint !== undefined ? null : image.config.cmd,
    entrypoint: flags.entrypoint !== undefined ? (flags.entrypoint === '' ? null : [flags.entrypoint as string]) : image.config.entrypoint,
    workingDir,
    user: image.config.user,
    labels: { ...image.config.labels },
    exposedPorts: [...new Set([...image.config.exposedPorts, ...mappings.map((m) => m.containerPort)])],
    ports: mappings,
    autoRemove: flags.rm === true,
    created: cache.clock,
    startedAt: null,
    finishedAt: null,
    running: false,
    exitCode: 0,
    longRunning: model.ok && model.longRunning,
    output: model.ok ? model.output : [],
    logs: [],
  };
  // The container exists from here on (docker create), even when starting it fails.
  containersOf(cache)[container.id] = container;

  for (const m of mappings) {
    const other = portHolder(cache, m.hostIp, m.hostPort);
    if (other) {
      const endpointId = sha256Hex(`endpoint|${container.id}`);
      if (container.autoRemove) delete containersOf(cache)[container.id];
      return { exitCode: 125, output: [...lines, withRunHelp(daemonError(portAllocated(containerName, endpointId, m.hostIp, m.hostPort)))].join('\n') };
    }
  }

  if (!model.ok) {
    // runc could not exec the program: the container stays "Created" with exit code 127 (toStatusError).
    container.exitCode = 127;
    if (container.autoRemove) delete containersOf(cache)[container.id];
    const out = [...lines, withRunHelp(daemonError(execFailed(model.program)))];
    const firstArg = args[0];
    if (firstArg !== undefined && firstArg.startsWith('-') && model.program === firstArg) out.push(NOTE.optionsBeforeImage(firstArg, imageArg));
    return { exitCode: 127, output: out.join('\n') };
  }
  container.exitCode = model.exitCode;
  startContainer(cache, container);

  const notes: string[] = [];
  if (note) notes.push(`${note}`);
  for (const m of mappings) notes.push(NOTE.published(m.hostIp, m.hostPort, m.containerPort));
  for (const port of image.config.exposedPorts.filter((p) => !mappings.some((m) => m.containerPort === p))) notes.push(NOTE.unpublished(port));

  if (flags.detach === true) return { exitCode: 0, output: [...lines, container.id, ...notes].join('\n') };
  if (container.longRunning) notes.push(NOTE.foreground(containerName));
  return { exitCode: model.exitCode, output: [...lines, ...model.output, ...notes].join('\n') };
}
