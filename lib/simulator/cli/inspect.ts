/**
 * `docker inspect`, `docker image inspect`, `docker container inspect`: the daemon's JSON,
 * indented with four spaces by the CLI (docker/cli cli/command/inspect/inspector.go,
 * json.Indent(dst, src, "", "    ")), "[]" when nothing was found, errors after it.
 * Image fields follow moby/moby api/types/image/image_inspect.go InspectResponse, whose Config is
 * the OCI image config (opencontainers/image-spec specs-go/v1/config.go ImageConfig, all
 * omitempty) plus Docker's OnBuild/Shell/Healthcheck; container fields follow
 * api/types/container/container.go InspectResponse and config.go Config. The simulator shows
 * the fields it models; paths, network details and driver data are left out.
 */
import type { ImageConfig } from '@/lib/engine/types';
import { findContainer } from '../containers';
import { parseNormalizedNamed } from '@/lib/docker/reference';
import { findImage } from '../store';
import type { StoredContainer, StoredImage } from '../types';
import { commandPath, prepare } from './commands';
import { contentSize } from './images';
import type { Outcome, Session } from './session';
import { daemonError, noSuchContainer, noSuchImage, noSuchObject } from './texts';

/** Simulated seconds to RFC 3339 as the daemon writes times. */
function rfc3339(seconds: number | null): string {
  if (seconds === null) return '0001-01-01T00:00:00Z';
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function portSet(ports: string[]): Record<string, Record<string, never>> | undefined {
  if (ports.length === 0) return undefined;
  return Object.fromEntries(ports.map((p) => [p, {}]));
}

/** The OCI image config the Dockerfile wrote: empty fields are omitted, as the image-spec's omitempty tags do. */
export function ociImageConfig(config: ImageConfig): Record<string, unknown> {
  const env = Object.entries(config.env).map(([k, v]) => `${k}=${v}`);
  const out: Record<string, unknown> = {};
  if (config.user) out.User = config.user;
  const exposed = portSet(config.exposedPorts);
  if (exposed) out.ExposedPorts = exposed;
  if (env.length > 0) out.Env = env;
  if (config.entrypoint) out.Entrypoint = config.entrypoint;
  if (config.cmd) out.Cmd = config.cmd;
  if (config.volumes.length > 0) out.Volumes = Object.fromEntries(config.volumes.map((v) => [v, {}]));
  if (config.workdir) out.WorkingDir = config.workdir;
  if (Object.keys(config.labels).length > 0) out.Labels = config.labels;
  if (config.stopSignal) out.StopSignal = config.stopSignal;
  if (config.healthcheck) out.Healthcheck = { Test: config.healthcheck };
  if (config.onbuild.length > 0) out.OnBuild = config.onbuild;
  if (config.shell.length > 0 && !(config.shell.length === 2 && config.shell[0] === '/bin/sh' && config.shell[1] === '-c')) out.Shell = config.shell;
  return out;
}

function familiar(fullRef: string): string {
  const parsed = parseNormalizedNamed(fullRef);
  return parsed.ok ? parsed.ref.familiar : fullRef;
}

export function imageInspectJson(image: StoredImage): Record<string, unknown> {
  return {
    Id: image.id,
    RepoTags: image.tags.map(familiar),
    // moby/moby daemon/containerd/image_inspect.go collectRepoTagsAndDigests: name@<target digest> for every tag, deduplicated.
    RepoDigests: [...new Set(image.tags.map((tag) => `${familiar(tag).replace(/:[^:/]*$/, '')}@${image.id}`))],
    Created: rfc3339(image.created),
    Config: ociImageConfig(image.config),
    Architecture: 'amd64',
    Os: 'linux',
    // image_inspect.go size(): the packed content (the compressed layers), not the unpacked snapshots.
    Size: contentSize(image),
    RootFS: { Type: 'layers', Layers: image.layers.map((l) => l.digest) },
    Metadata: { LastTagTime: rfc3339(image.created) },
  };
}

export function containerInspectJson(c: StoredContainer): Record<string, unknown> {
  const config: Record<string, unknown> = {
    Hostname: c.id.slice(0, 12),
    Domainname: '',
    User: c.user,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
  };
  const exposed = portSet(c.exposedPorts);
  if (exposed) config.ExposedPorts = exposed;
  Object.assign(config, {
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: c.env,
    Cmd: c.cmd,
    Image: c.image,
    Volumes: null,
    WorkingDir: c.workingDir,
    Entrypoint: c.entrypoint,
    Labels: c.labels,
  });
  const bindings: Record<string, Array<{ HostIp: string; HostPort: string }>> = {};
  for (const p of c.ports) (bindings[p.containerPort] ??= []).push({ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: String(p.hostPort) });
  const livePorts: Record<string, Array<{ HostIp: string; HostPort: string }> | null> = {};
  if (c.running) {
    for (const port of c.exposedPorts) livePorts[port] = null;
    for (const p of c.ports) {
      livePorts[p.containerPort] = [
        ...(livePorts[p.containerPort] ?? []),
        ...(p.hostIp === '0.0.0.0' ? [{ HostIp: '0.0.0.0', HostPort: String(p.hostPort) }, { HostIp: '::', HostPort: String(p.hostPort) }] : [{ HostIp: p.hostIp, HostPort: String(p.hostPort) }]),
      ];
    }
  }
  const status = c.running ? 'running' : c.startedAt === null ? 'created' : 'exited';
  return {
    Id: c.id,
    Created: rfc3339(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: status,
      Running: c.running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: c.running ? 1000 + (parseInt(c.id.slice(0, 4), 16) % 30000) : 0,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: rfc3339(c.startedAt),
      FinishedAt: rfc3339(c.finishedAt),
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: 0,
    Platform: 'linux',
    HostConfig: { PortBindings: bindings, AutoRemove: c.autoRemove },
    Config: config,
    NetworkSettings: { Ports: livePorts },
  };
}

/** Go's json.MarshalIndent / json.Indent with four spaces (and Go's HTML-safe escapes of <, >, &). */
export function goJson(value: unknown): string {
  return JSON.stringify(value, null, 4).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

type Kind = 'any' | 'image' | 'container';

export function dockerInspect(session: Session, argv: string[], kind: Kind = 'any'): Outcome {
  const name = kind === 'image' ? 'image inspect' : kind === 'container' ? 'container inspect' : 'inspect';
  const path = kind === 'any' ? 'docker inspect' : commandPath(name, kind);
  const prepared = prepare(name, path, argv);
  if (!prepared.ok) return prepared.outcome;
  const type = prepared.flags.type as string | undefined;
  const wanted: Kind = kind !== 'any' ? kind : type === 'image' ? 'image' : type === 'container' ? 'container' : 'any';
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of prepared.args) {
    // inspectAll tries containers before images (docker/cli cli/command/system/inspect.go).
    const container = wanted !== 'image' ? findContainer(session.cache, ref) : undefined;
    if (container) {
      found.push(containerInspectJson(container));
      continue;
    }
    const image = wanted !== 'container' ? findImage(session.cache, ref) : undefined;
    if (image) {
      found.push(imageInspectJson(image));
      continue;
    }
    if (wanted === 'image') {
      const parsed = parseNormalizedNamed(ref);
      errors.push(daemonError(noSuchImage(parsed.ok ? parsed.ref.familiar : ref)));
    } else if (wanted === 'container') errors.push(daemonError(noSuchContainer(ref)));
    else errors.push(noSuchObject(ref));
  }
  const json = found.length === 0 ? '[]' : goJson(found);
  return { exitCode: errors.length > 0 ? 1 : 0, output: [json, ...errors].join('\n') };
}
