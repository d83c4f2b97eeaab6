/**
 * How each instruction changes the image config, and whether it adds a layer,
 * following BuildKit's dispatchers (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go).
 */
import type { ImageConfig, Instruction } from './types';
import type { StageScope } from './scope';
import { escapeOptions, processWords, type EnvLookup } from '@/lib/docker/shell-lex';
import { AppendList, PersistentMap } from '@/lib/docker/persistent-map';
import { cleanPath } from '@/lib/docker/paths';
import { DEFAULT_PATH } from '@/lib/docker/instructions';

export const DEFAULT_SHELL = ['/bin/sh', '-c'];
export { DEFAULT_PATH };

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

/** FROM scratch: BuildKit sets PATH and WorkingDir "/" (emptyImage in moby/buildkit dockerfile2llb/image.go). */
export function scratchConfig(): ImageConfig {
  return { ...emptyConfig(), env: { PATH: DEFAULT_PATH } };
}

/**
 * The image config as the engine builds it, step by step. The collections are persistent
 * (lib/docker/persistent-map.ts): a step that sets one variable makes a new version of the
 * environment in O(log n) instead of copying it, so a Dockerfile with thousands of ENV,
 * LABEL or EXPOSE lines stays linear. A ConfigState is never changed once made.
 */
export interface ConfigState {
  readonly workdir: string;
  readonly env: PersistentMap<string>;
  /** Exposed ports in declaration order (the values are unused). */
  readonly exposedPorts: PersistentMap<true>;
  readonly cmd: string[] | null;
  readonly entrypoint: string[] | null;
  readonly user: string;
  readonly labels: PersistentMap<string>;
  readonly volumes: PersistentMap<true>;
  readonly stopSignal: string | null;
  readonly shell: string[];
  readonly healthcheck: string[] | null;
  readonly onbuild: AppendList<string>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_STATE: ConfigState = {
  workdir: '/',
  env: PersistentMap.empty(),
  exposedPorts: PersistentMap.empty(),
  cmd: null,
  entrypoint: null,
  user: '',
  labels: PersistentMap.empty(),
  volumes: PersistentMap.empty(),
  stopSignal: null,
  shell: [...DEFAULT_SHELL],
  healthcheck: null,
  onbuild: AppendList.empty(),
};

/** The start of a stage built from an image we know nothing about. */
export function emptyState(): ConfigState {
  return EMPTY_STATE;
}

const SCRATCH_STATE: ConfigState = { ...EMPTY_STATE, env: PersistentMap.empty<string>().set('PATH', DEFAULT_PATH).seal() };

/** The start of a `FROM scratch` stage. */
export function scratchState(): ConfigState {
  return SCRATCH_STATE;
}

/** A stage built FROM an earlier stage starts with its config; its ONBUILD triggers ran and are cleared. */
export function inheritedState(parent: ConfigState): ConfigState {
  return parent.onbuild.length === 0 ? parent : { ...parent, onbuild: AppendList.empty() };
}

/** Where a config view keeps its state (non-enumerable: spreading, JSON and equality do not see it). */
const STATE = Symbol('layerwise.configState');
type ConfigView = ImageConfig & { readonly [STATE]: ConfigState };

/** One accessor per collection, shared by every view (the getter reads the view's own state). */
function collectionAccessor(read: (state: ConfigState) => unknown): PropertyDescriptor {
  return {
    get(this: ConfigView) {
      return read(this[STATE]);
    },
    enumerable: true,
    configurable: true,
  };
}
const ENV = collectionAccessor((s) => s.env.toRecord());
const EXPOSED_PORTS = collectionAccessor((s) => s.exposedPorts.keys());
const LABELS = collectionAccessor((s) => s.labels.toRecord());
const VOLUMES = collectionAccessor((s) => s.volumes.keys());
const ONBUILD = collectionAccessor((s) => s.onbuild.toArray());

/**
 * The ImageConfig a step exposes. The collections are built from the persistent ones when
 * first read and shared with every step whose collection did not change (they are getters,
 * own and enumerable, so spreading, JSON and equality see them), so reading the
 * working directory of every step costs nothing and reading one step's environment costs
 * the size of that environment. Keys are in ImageConfig's order (the simulator hashes the
 * JSON of a config into an image id).
 *
 * The getters are the same functions for every view, defined in the same order, so all views
 * share one hidden class. (An object literal with getters made five closures per view and put
 * it in dictionary mode: about 1.3 KB per view instead of about 150 bytes, and slower reads;
 * a simulated build reads the config of every step.)
 */
export function imageConfigOf(state: ConfigState): ImageConfig {
  const view = { workdir: state.workdir } as Record<string | symbol, unknown>;
  Object.defineProperty(view, 'env', ENV);
  Object.defineProperty(view, 'exposedPorts', EXPOSED_PORTS);
  view.cmd = state.cmd;
  view.entrypoint = state.entrypoint;
  view.user = state.user;
  Object.defineProperty(view, 'labels', LABELS);
  Object.defineProperty(view, 'volumes', VOLUMES);
  view.stopSignal = state.stopSignal;
  view.shell = state.shell;
  view.healthcheck = state.healthcheck;
  Object.defineProperty(view, 'onbuild', ONBUILD);
  Object.defineProperty(view, STATE, { value: state });
  return view as unknown as ImageConfig;
}

/**
 * A config's env as a lookup, without building the env record: for a view made here, a
 * lookup in its persistent env (constant time on the newest version, a binary search on an
 * older one). Reading `config.env` builds the step's whole record, and a reader that does
 * it for every step of an ENV-heavy Dockerfile is quadratic (the simulator was, issue 12).
 */
export function envLookup(config: ImageConfig): EnvLookup {
  const state = (config as Partial<ConfigView>)[STATE];
  if (state) return (name) => state.env.get(name);
  const env = config.env;
  return (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
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

/** The number written with ASCII digits in s[from, to); -1 when empty or not only digits. */
function digitsValue(s: string, from: number, to: number): number {
  if (from >= to) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    // Past 65535 the port is invalid anyway; stop growing (a long digit run stays finite).
    value = Math.min(value * 10 + c, 1e6);
  }
  return value;
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
  // `^(\d+)(?:-(\d+))?$`, read without a regular expression (no match array per port).
  const dash = rest.indexOf('-');
  const start = digitsValue(rest, 0, dash < 0 ? rest.length : dash);
  const end = dash < 0 ? start : digitsValue(rest, dash + 1, rest.length);
  if (start < 0 || end < 0) return null;
  if (start > 65535 || end < start || end > 65535) return null;
  // One port (the usual case) as an array of its size; a range is built by push.
  if (start === end) return [`${start}/${proto}`];
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
  /** VOLUME: the paths it added (not already volumes). */
  volumes?: string[];
  /** ENTRYPOINT: true when it cleared a CMD inherited from the base. */
  clearedCmd?: boolean;
  /** Variables this step took from the registry base image, shown as `${NAME}` (see scope.ts baseImageEnv). */
  baseImageVars?: readonly string[];
}

export interface StepOutcome {
  config: ConfigState;
  createsLayer: boolean;
  /** false only for ONBUILD (no history entry). */
  history: boolean;
  facts: StepFacts;
}

export interface StageState {
  /** Whether CMD was set in this stage (ENTRYPOINT clears only an inherited CMD). */
  cmdSet: boolean;
}

function shellOrExec(ins: Instruction, shell: string[]): string[] {
  if (ins.json) return [...ins.json];
  return [...shell, ins.argsText ?? ins.args.map((a) => a.value).join(' ')];
}

function wordsOf(scope: StageScope, ins: Instruction): string[] {
  if (ins.json) return ins.json.map((w) => expandWord(scope, w));
  const options = escapeOptions(scope.escape);
  if (ins.args.length === 1) {
    // The usual EXPOSE or VOLUME: the lexer's own array, no copy.
    try {
      return processWords(ins.args[0].value, scope.lookup, options);
    } catch {
      return [ins.args[0].value];
    }
  }
  const out: string[] = [];
  for (const a of ins.args) {
    try {
      for (const word of processWords(a.value, scope.lookup, options)) out.push(word);
    } catch {
      out.push(a.value);
    }
  }
  return out;
}

/**
 * A field-by-field copy to edit: V8 (Node 20) builds `{ ...state }` on a slow path, and
 * every step of a stage makes one.
 */
function copyState(s: ConfigState): Mutable<ConfigState> {
  return {
    workdir: s.workdir,
    env: s.env,
    exposedPorts: s.exposedPorts,
    cmd: s.cmd,
    entrypoint: s.entrypoint,
    user: s.user,
    labels: s.labels,
    volumes: s.volumes,
    stopSignal: s.stopSignal,
    shell: s.shell,
    healthcheck: s.healthcheck,
    onbuild: s.onbuild,
  };
}

/** Applies one stage instruction (never FROM) to the config; `previous` is not changed. */
export function applyInstruction(previous: ConfigState, ins: Instruction, scope: StageScope, state: StageState): StepOutcome {
  // Parts a step does not change stay the same objects as in the previous step's config.
  const config = copyState(previous);
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
      // Every value is expanded with the variables as they were before this ENV:
      // the scope reads the previous config, and the new values are stored after.
      // (map, not push: the facts stay with the step, without a grown array's spare slots.)
      const pairs = (ins.pairs ?? []).map((p) => ({ key: expandWord(scope, p.key.value), value: p.value ? expandWord(scope, p.value.value) : '' }));
      // One new version of the environment for the whole instruction, not one per pair.
      config.env = config.env.setAll(pairs);
      for (const p of pairs) scope.envSet(p.key);
      facts.pairs = pairs;
      break;
    }
    case 'LABEL': {
      const pairs = (ins.pairs ?? []).map((p) => ({ key: expandWord(scope, p.key.value), value: p.value ? expandWord(scope, p.value.value) : '' }));
      config.labels = config.labels.setAll(pairs);
      facts.pairs = pairs;
      break;
    }
    case 'ARG': {
      const pairs = (ins.pairs ?? []).map((p) => ({ key: p.key.value, value: scope.declare(p.key.value, p.value ? p.value.value : null) ?? null }));
      facts.pairs = pairs;
      break;
    }
    case 'EXPOSE': {
      const words = wordsOf(scope, ins);
      const only = words.length === 1 ? parsePortSpec(words[0]) : null;
      if (only !== null && only.length === 1) {
        // One word, one port (the usual EXPOSE): no set to deduplicate with.
        config.exposedPorts = config.exposedPorts.set(only[0], true);
        facts.ports = only;
        break;
      }
      const ports = new Set<string>();
      for (const word of words) {
        for (const port of parsePortSpec(word) ?? []) {
          ports.add(port);
          config.exposedPorts = config.exposedPorts.set(port, true);
        }
      }
      facts.ports = [...ports];
      break;
    }
    case 'USER':
      config.user = expandWord(scope, ins.args[0]?.value ?? '');
      break;
    case 'VOLUME': {
      const added: string[] = [];
      for (const v of wordsOf(scope, ins)) {
        if (v === '' || config.volumes.has(v)) continue;
        added.push(v);
        config.volumes = config.volumes.set(v, true);
      }
      facts.volumes = added;
      break;
    }
    case 'STOPSIGNAL':
      config.stopSignal = expandWord(scope, ins.args[0]?.value ?? '') || config.stopSignal;
      break;
    case 'SHELL':
      if (ins.json && ins.json.length > 0) config.shell = [...ins.json];
      break;
    case 'CMD':
      config.cmd = shellOrExec(ins, config.shell);
      state.cmdSet = true;
      break;
    case 'ENTRYPOINT':
      // `ENTRYPOINT []` clears it (parseEntrypoint: an empty command is nil).
      config.entrypoint = ins.json && ins.json.length === 0 ? null : shellOrExec(ins, config.shell);
      // dispatchEntrypoint: `if !d.cmd.IsSet { Cmd = nil }` (moby/buildkit dockerfile2llb/convert.go).
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
      if (expression !== '') config.onbuild = previous.onbuild.append(expression);
      break;
    }
    default:
      break; // MAINTAINER sets the author field, which ImageConfig does not model
  }
  const baseNames = scope.takeBaseImageNames();
  if (baseNames.length > 0) facts.baseImageVars = baseNames;
  return { config: unchanged(previous, config) ? previous : config, createsLayer, history, facts };
}

/** True when no field of `next` differs from `previous` (then the step shares its config). */
function unchanged(previous: ConfigState, next: ConfigState): boolean {
  // Field by field (no Object.keys array per step); config.property.test.ts checks sharing.
  return (
    previous.workdir === next.workdir &&
    previous.env === next.env &&
    previous.exposedPorts === next.exposedPorts &&
    previous.cmd === next.cmd &&
    previous.entrypoint === next.entrypoint &&
    previous.user === next.user &&
    previous.labels === next.labels &&
    previous.volumes === next.volumes &&
    previous.stopSignal === next.stopSignal &&
    previous.shell === next.shell &&
    previous.healthcheck === next.healthcheck &&
    previous.onbuild === next.onbuild
  );
}
