/**
 * How each instruction changes the image config, and whether it adds a layer,
 * following BuildKit's dispatchers (dockerfile2llb/convert.go; docker-semantics A.1, D).
 */
import type { ImageConfig, Instruction } from './types';
import type { StageScope } from './scope';
import { processWords } from './shell/lex';

export const DEFAULT_SHELL = ['/bin/sh', '-c'];
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** An image we know nothing about: Docker's defaults (workdir "/", no env). */
export function emptyConfig(): ImageConfig {
  return {
    workdir: '/',
    env: {},
    exposedPorts: [],
    cmd: null,
    entrypoint: null,
    user: '',
    labels: {},
    volumes: [],
    stopSignal: null,
    shell: [...DEFAULT_SHELL],
    healthcheck: null,
    onbuild: [],
  };
}

/** FROM scratch: BuildKit sets PATH and WorkingDir "/" (docker-semantics A.1). */
export function scratchConfig(): ImageConfig {
  return { ...emptyConfig(), env: { PATH: DEFAULT_PATH } };
}

export function cloneConfig(c: ImageConfig): ImageConfig {
  return {
    workdir: c.workdir,
    env: { ...c.env },
    exposedPorts: [...c.exposedPorts],
    cmd: c.cmd ? [...c.cmd] : null,
    entrypoint: c.entrypoint ? [...c.entrypoint] : null,
    user: c.user,
    labels: { ...c.labels },
    volumes: [...c.volumes],
    stopSignal: c.stopSignal,
    shell: [...c.shell],
    healthcheck: c.healthcheck ? [...c.healthcheck] : null,
    onbuild: [...c.onbuild],
  };
}

/** POSIX path.Clean. */
export function cleanPath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (abs) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** system.NormalizeWorkdir: a relative WORKDIR is joined to the previous one. */
export function resolveWorkdir(current: string, requested: string): string {
  if (requested.startsWith('/')) return cleanPath(requested);
  return cleanPath('/' + current + '/' + requested);
}

/** normalizeDest (COPY/ADD): relative destinations are joined to WORKDIR, a trailing slash is kept. */
export function resolveDestination(workdir: string, requested: string): string {
  if (requested.startsWith('/')) return requested;
  const endsInSlash = requested.endsWith('/');
  const joined = cleanPath('/' + workdir + '/' + requested);
  return endsInSlash && joined !== '/' ? joined + '/' : joined;
}

/** Parses one EXPOSE word the way nat.ParsePortSpecs does; null when invalid. */
export function parsePortSpec(spec: string): string[] | null {
  let rest = spec;
  let proto = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    proto = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  if (proto === '') proto = 'tcp';
  // ip:hostPort:containerPort or hostPort:containerPort: only the container port is recorded.
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) rest = rest.slice(colon + 1);
  const m = /^(\d+)(?:-(\d+))?$/.exec(rest);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start < 0 || start > 65535 || end < start || end > 65535) return null;
  const out: string[] = [];
  for (let p = start; p <= end && out.length < 65536; p++) out.push(`${p}/${proto}`);
  return out;
}

/** Removes one level of quotes and escapes from an ENV/LABEL word, substituting variables. */
function expandWord(scope: StageScope, word: string): string {
  return scope.expand(word);
}

/** Facts about one step that summaries and the simulator reuse. */
export interface StepFacts {
  /** COPY/ADD: sources as written (after expansion) and the resolved destination. */
  sources?: string[];
  destination?: string;
  /** COPY --from / RUN --mount from: the referenced stage or image, as written after expansion. */
  from?: string;
  /** ENV/LABEL/ARG: resolved pairs. */
  pairs?: Array<{ key: string; value: string | null }>;
  /** EXPOSE: resolved ports. */
  ports?: string[];
  /** ENTRYPOINT: true when it cleared a CMD inherited from the base. */
  clearedCmd?: boolean;
}

export interface StepOutcome {
  config: ImageConfig;
  createsLayer: boolean;
  /** false only for ONBUILD (no history entry). */
  history: boolean;
  facts: StepFacts;
}

export interface StageState {
  /** Whether CMD was set in this stage (ENTRYPOINT clears only an inherited CMD). */
  cmdSet: boolean;
}

function shellOrExec(ins: Instruction, config: ImageConfig): string[] {
  if (ins.json) return [...ins.json];
  return [...config.shell, ins.argsText ?? ins.args.map((a) => a.value).join(' ')];
}

function wordsOf(scope: StageScope, ins: Instruction): string[] {
  if (ins.json) return ins.json.map((w) => expandWord(scope, w));
  const out: string[] = [];
  for (const a of ins.args) {
    try {
      out.push(...processWords(a.value, scope.lookup, { escape: scope.escape }));
    } catch {
      out.push(a.value);
    }
  }
  return out;
}

/** Applies one stage instruction (never FROM) to the config. */
export function applyInstruction(previous: ImageConfig, ins: Instruction, scope: StageScope, state: StageState): StepOutcome {
  // Structural sharing: a step's config shares every part it does not change with
  // the previous step's (configs are read-only for consumers). Keeps 1 MB files cheap.
  const config: ImageConfig = { ...previous };
  const facts: StepFacts = {};
  let createsLayer = false;
  let history = true;

  switch (ins.keyword) {
    case 'RUN': {
      createsLayer = true;
      const mount = ins.flags.find((f) => f.name === 'mount' && f.value && /(^|,)from=/.test(f.value));
      if (mount?.value) {
        const m = /(?:^|,)from=([^,]*)/.exec(mount.value);
        if (m) facts.from = scope.expand(m[1]);
      }
      break;
    }
    case 'COPY':
    case 'ADD': {
      createsLayer = true;
      const fromFlag = ins.flags.find((f) => f.name === 'from');
      if (fromFlag?.value != null) facts.from = scope.expand(fromFlag.value);
      const words = ins.json ? ins.json.map((w) => expandWord(scope, w)) : ins.args.map((a) => expandWord(scope, a.value));
      if (words.length > 0) {
        const dest = words[words.length - 1];
        facts.destination = resolveDestination(config.workdir, dest);
        facts.sources = words.slice(0, -1);
      }
      break;
    }
    case 'WORKDIR': {
      const requested = expandWord(scope, ins.args[0]?.value ?? '');
      if (requested !== '') config.workdir = resolveWorkdir(config.workdir, requested);
      // dispatchWorkdir: a layer (mkdir) unless the resolved path is "/".
      createsLayer = config.workdir !== '/';
      facts.destination = config.workdir;
      break;
    }
    case 'ENV': {
      const pairs: Array<{ key: string; value: string }> = [];
      // Every value is expanded with the variables as they were before this ENV:
      // the scope reads the previous config, and the new values are stored after.
      for (const p of ins.pairs ?? []) {
        const key = expandWord(scope, p.key.value);
        const value = p.value ? expandWord(scope, p.value.value) : '';
        pairs.push({ key, value });
      }
      config.env = { ...previous.env };
      for (const p of pairs) config.env[p.key] = p.value;
      facts.pairs = pairs;
      break;
    }
    case 'LABEL': {
      const pairs: Array<{ key: string; value: string }> = [];
      for (const p of ins.pairs ?? []) {
        pairs.push({ key: expandWord(scope, p.key.value), value: p.value ? expandWord(scope, p.value.value) : '' });
      }
      config.labels = { ...previous.labels };
      for (const p of pairs) config.labels[p.key] = p.value;
      facts.pairs = pairs;
      break;
    }
    case 'ARG': {
      const pairs: Array<{ key: string; value: string | null }> = [];
      for (const p of ins.pairs ?? []) {
        const value = scope.declare(p.key.value, p.value ? p.value.value : null);
        pairs.push({ key: p.key.value, value: value ?? null });
      }
      facts.pairs = pairs;
      break;
    }
    case 'EXPOSE': {
      const ports = new Set<string>();
      config.exposedPorts = [...previous.exposedPorts];
      const exposed = new Set(config.exposedPorts);
      for (const word of wordsOf(scope, ins)) {
        for (const port of parsePortSpec(word) ?? []) {
          ports.add(port);
          if (!exposed.has(port)) {
            exposed.add(port);
            config.exposedPorts.push(port);
          }
        }
      }
      facts.ports = [...ports];
      break;
    }
    case 'USER':
      config.user = expandWord(scope, ins.args[0]?.value ?? '');
      break;
    case 'VOLUME':
      {
        config.volumes = [...previous.volumes];
        const known = new Set(config.volumes);
        for (const v of wordsOf(scope, ins)) {
          if (v === '' || known.has(v)) continue;
          known.add(v);
          config.volumes.push(v);
        }
      }
      break;
    case 'STOPSIGNAL':
      config.stopSignal = expandWord(scope, ins.args[0]?.value ?? '') || config.stopSignal;
      break;
    case 'SHELL':
      if (ins.json && ins.json.length > 0) config.shell = [...ins.json];
      break;
    case 'CMD':
      config.cmd = shellOrExec(ins, config);
      state.cmdSet = true;
      break;
    case 'ENTRYPOINT':
      // `ENTRYPOINT []` clears it (parseEntrypoint: an empty command is nil).
      config.entrypoint = ins.json && ins.json.length === 0 ? null : shellOrExec(ins, config);
      // dispatchEntrypoint: `if !d.cmd.IsSet { Cmd = nil }` (docker-semantics D.1).
      if (!state.cmdSet) {
        facts.clearedCmd = config.cmd !== null;
        config.cmd = null;
      }
      break;
    case 'HEALTHCHECK': {
      const type = (ins.args[0]?.value ?? '').toUpperCase();
      if (type === 'NONE') config.healthcheck = ['NONE'];
      else if (type === 'CMD') {
        if (ins.json) config.healthcheck = ['CMD', ...ins.json];
        else if (ins.args.length > 1) config.healthcheck = ['CMD-SHELL', ins.args[1].value];
      }
      break;
    }
    case 'ONBUILD': {
      history = false;
      // parseOnBuild: the original line without "ONBUILD", plus any heredoc bodies.
      let expression = ins.text.replace(/^\s*ONBUILD\s*/i, '');
      for (const h of ins.onbuild?.heredocs ?? []) expression += '\n' + h.content + h.name;
      if (expression !== '') config.onbuild = [...previous.onbuild, expression];
      break;
    }
    default:
      break; // MAINTAINER sets the author field, which ImageConfig does not model
  }
  return { config, createsLayer, history, facts };
}
