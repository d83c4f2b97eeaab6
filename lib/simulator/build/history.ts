/**
 * Image history and config as BuildKit writes them (commitToHistory in moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go): one entry
 * per stage instruction except ONBUILD, `# buildkit` after RUN/COPY/ADD, comment
 * "buildkit.dockerfile.v0", and the final config = base image config + the Dockerfile's.
 */
import type { ImageConfig, Step } from '@/lib/engine/types';

/** Go's %q of a string slice: ["a" "b"]. */
export function goQuotedList(items: string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(' ')}]`;
}

export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/** `created_by` of a config-only or WORKDIR step (RUN/COPY/ADD are built where their inputs are known). */
export function configHistoryText(step: Step, before: ImageConfig, expand: (word: string) => string): string {
  const ins = step.instruction;
  const after = step.config;
  switch (step.keyword) {
    case 'WORKDIR':
      return `WORKDIR ${after.workdir}`;
    case 'ENV':
    case 'LABEL':
      return `${step.keyword} ${(ins.pairs ?? []).map((p) => `${expand(p.key.value)}=${p.value ? expand(p.value.value) : ''}`).join(' ')}`;
    case 'ARG':
      return `ARG ${(ins.pairs ?? []).map((p) => (p.value ? `${p.key.value}=${expand(p.value.value)}` : p.key.value)).join(' ')}`;
    case 'EXPOSE': {
      const ports = ins.args.flatMap((a) => exposedPorts(expand(a.value)));
      return `EXPOSE [${[...new Set(ports)].sort().join(' ')}]`;
    }
    case 'USER':
      return `USER ${after.user}`;
    case 'VOLUME':
      return `VOLUME [${after.volumes.filter((v) => !before.volumes.includes(v)).join(' ')}]`;
    case 'STOPSIGNAL':
      return `STOPSIGNAL ${after.stopSignal ?? ''}`;
    case 'SHELL':
      return `SHELL [${after.shell.join(' ')}]`;
    case 'CMD':
      return `CMD ${goQuotedList(after.cmd ?? [])}`;
    case 'ENTRYPOINT':
      return `ENTRYPOINT ${goQuotedList(after.entrypoint ?? [])}`;
    case 'HEALTHCHECK': {
      const test = after.healthcheck ?? [];
      return `HEALTHCHECK {Test:[${test.join(' ')}] Interval:0s Timeout:0s StartPeriod:0s StartInterval:0s Retries:0}`;
    }
    case 'MAINTAINER':
      return `MAINTAINER ${ins.argsText ?? ins.args.map((a) => a.value).join(' ')}`;
    default:
      return ins.text;
  }
}

/** One EXPOSE word as nat.ParsePortSpecs reads it: only the container port is kept. */
export function exposedPorts(word: string): string[] {
  const slash = word.lastIndexOf('/');
  const proto = (slash >= 0 ? word.slice(slash + 1) : '').toLowerCase() || 'tcp';
  const spec = slash >= 0 ? word.slice(0, slash) : word;
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.slice(spec.lastIndexOf(':') + 1));
  if (!m) return [];
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Math.min(Number(m[2]), start + 1000);
  const out: string[] = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto}`);
  return out;
}

/** Which config fields the Dockerfile sets in a chain of stages (to know what the base keeps). */
export function keywordsIn(steps: Step[]): Set<string> {
  return new Set(steps.map((s) => s.keyword));
}

/**
 * The image config: the base image's, overridden by what the Dockerfile sets
 * (the engine cannot see base configs, so its configs start from Docker's defaults).
 */
export function mergeConfig(base: ImageConfig | null, dockerfile: ImageConfig, keywords: Set<string>): ImageConfig {
  if (!base) return dockerfile;
  const pick = <K extends keyof ImageConfig>(keyword: string, key: K): ImageConfig[K] => (keywords.has(keyword) ? dockerfile[key] : base[key]);
  let cmd = pick('CMD', 'cmd');
  // ENTRYPOINT resets a CMD inherited from the base image
  // (https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact).
  if (!keywords.has('CMD') && keywords.has('ENTRYPOINT')) cmd = null;
  return {
    workdir: pick('WORKDIR', 'workdir'),
    env: { ...base.env, ...dockerfile.env },
    exposedPorts: [...new Set([...base.exposedPorts, ...dockerfile.exposedPorts])],
    cmd,
    entrypoint: pick('ENTRYPOINT', 'entrypoint'),
    user: pick('USER', 'user'),
    labels: { ...base.labels, ...dockerfile.labels },
    volumes: [...new Set([...base.volumes, ...dockerfile.volumes])],
    stopSignal: pick('STOPSIGNAL', 'stopSignal'),
    shell: pick('SHELL', 'shell'),
    healthcheck: pick('HEALTHCHECK', 'healthcheck'),
    onbuild: dockerfile.onbuild,
  };
}
