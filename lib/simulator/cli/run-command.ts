/**
 * `docker run`: the simulator cannot start a container, so it shows what would run (the
 * ENTRYPOINT/CMD combination of docker-semantics D.1) and which ports are published (D.3),
 * with Docker's own errors for the cases Docker rejects.
 */
import type { ImageConfig } from '@/lib/engine/types';
import { parseNormalizedNamed } from '../reference';
import { sha256Hex } from '../sha256';
import { findImage } from '../store';
import type { StoredImage } from '../types';
import { parseFlags, type FlagSpec } from './flags';
import { pullImage } from './images';
import type { Outcome, Session } from './session';
import { argumentCountError, COMMAND_HELP, flagError } from './usage';

const RUN_FLAGS: FlagSpec[] = [
  { long: 'publish', short: 'p', kind: 'array' },
  { long: 'publish-all', short: 'P', kind: 'bool' },
  { long: 'detach', short: 'd', kind: 'bool' },
  { long: 'name', kind: 'string' },
  { long: 'rm', kind: 'bool' },
  { long: 'interactive', short: 'i', kind: 'bool' },
  { long: 'tty', short: 't', kind: 'bool' },
  { long: 'env', short: 'e', kind: 'array' },
  { long: 'entrypoint', kind: 'string' },
  { long: 'workdir', short: 'w', kind: 'string' },
];

/** `docker: <msg>.` + `See 'docker run --help'.` (reportError), exit 125. */
function runError(message: string): Outcome {
  const text = message.replace(/\.$/, '') + '.';
  return { exitCode: 125, output: `docker: ${text}\nSee 'docker run --help'.` };
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
    return {
      argv: entrypoint,
      note: 'ENTRYPOINT is in shell form, so it runs under /bin/sh -c and ignores CMD and any arguments after the image name',
    };
  }
  return { argv: [...entrypoint, ...(args.length > 0 ? args : cmd)] };
}

function quoteArg(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function dockerRun(session: Session, argv: string[], counter: number): Outcome {
  const parsed = parseFlags(argv, RUN_FLAGS, false);
  if (!parsed.ok) return { exitCode: 125, output: flagError('docker run', parsed.error) };
  if (parsed.help) return { exitCode: 0, output: COMMAND_HELP['docker run'] };
  if (parsed.args.length < 1) return { exitCode: 1, output: argumentCountError('docker run', 1, true) };
  const [imageArg, ...args] = parsed.args;
  const ref = parseNormalizedNamed(imageArg);
  if (!ref.ok) return runError(ref.error);

  const lines: string[] = [];
  let image: StoredImage | undefined = findImage(session.cache, imageArg);
  if (!image) {
    lines.push(`Unable to find image '${ref.ref.familiar}' locally`);
    const pulled = pullImage(session.cache, ref.ref);
    if (!pulled.ok) {
      const failed = runError(pulled.error);
      return { exitCode: failed.exitCode, output: [...lines, failed.output].join('\n') };
    }
    lines.push(...pulled.lines);
    image = pulled.image;
  }

  let nextPort = 32768 + (counter % 1000);
  const ephemeral = () => nextPort++;
  const mappings: PortMapping[] = [];
  for (const spec of (parsed.flags.publish as string[] | undefined) ?? []) {
    const result = parsePublish(spec, ephemeral);
    if (typeof result === 'string') return runError(result);
    mappings.push(...result);
  }
  if (parsed.flags['publish-all'] === true) {
    for (const port of image.config.exposedPorts) {
      if (!mappings.some((m) => m.containerPort === port)) mappings.push({ hostIp: '0.0.0.0', hostPort: ephemeral(), containerPort: port });
    }
  }

  const { argv: command, note } = containerCommand(image.config, args, parsed.flags.entrypoint as string | undefined);
  if (command.length === 0) {
    const failed = runError('Error response from daemon: no command specified');
    return { exitCode: failed.exitCode, output: [...lines, failed.output].join('\n') };
  }

  const id = sha256Hex(`container|${image.id}|${counter}|${argv.join(' ')}`);
  const notes: string[] = [];
  if (parsed.flags.detach === true) lines.push(id);
  notes.push(`[simulated] container ${id.slice(0, 12)}${parsed.flags.name ? ` (${parsed.flags.name})` : ''} would run: ${command.map(quoteArg).join(' ')}`);
  if (note) notes.push(`[simulated] ${note}`);
  for (const m of mappings) {
    notes.push(`[simulated] published: ${m.hostIp === '0.0.0.0' ? 'localhost' : m.hostIp}:${m.hostPort} -> ${m.containerPort} in the container`);
  }
  const unpublished = image.config.exposedPorts.filter((p) => !mappings.some((m) => m.containerPort === p));
  for (const port of unpublished) {
    const number = port.split('/')[0];
    notes.push(
      `[simulated] warning: the image EXPOSEs ${port} but it is not published, so the app cannot be reached from the host. Publish it with -p ${number}:${number}${port.endsWith('/udp') ? '/udp' : ''}`,
    );
  }
  return { exitCode: 0, output: [...lines, ...notes].join('\n') };
}
