/**
 * Variables visible to an instruction, as BuildKit resolves them (lib/docker/arg-scope.ts
 * has the rules and their upstream sources): global ARGs for FROM lines; in a stage, one
 * environment where the last ENV or ARG that set a name wins, ENV values being the
 * stage's image config env (inherited from a parent stage) and ARG values coming from
 * --build-arg, else their default, else the global ARG's value.
 */
import { expandOrKeep, type EnvLookup } from '@/lib/docker/shell-lex';
import type { PersistentMap } from '@/lib/docker/persistent-map';
import { ArgScope, resolveGlobalArgs } from '@/lib/docker/arg-scope';
import { knownBaseImageEnvKeys } from './base-image-env';
import type { AnalyzeOptions } from './types';

/**
 * The variables a stage's registry base image sets. BuildKit expands ENV, LABEL, WORKDIR...
 * against the image's Config.Env too (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go,
 * "initialize base metadata from image conf"). When the caller knows the image's env
 * (AnalyzeOptions.baseImageEnv: the simulated build) those are the values. Otherwise the engine
 * cannot know them, and a name the image may set expands to basePlaceholder(name), which the
 * step's summary explains: for the official images whose ENV keys we know (./base-image-env.ts)
 * only those names; for any other image, every name the Dockerfile itself does not set.
 * Null: scratch, nothing.
 */
export interface BaseImageEnv {
  /** The value the base image gives `name` (a placeholder when unknownValues), or undefined. */
  get(name: string): string | undefined;
  /** True when get() answers with placeholders rather than the image's values. */
  readonly unknownValues: boolean;
}

export function baseImageEnv(image: string, known?: AnalyzeOptions['baseImageEnv']): BaseImageEnv | null {
  if (image.toLowerCase() === 'scratch') return null;
  const env = known?.(image);
  if (env) return { get: (name) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined), unknownValues: false };
  const keys = knownBaseImageEnvKeys(image);
  const maySet = (name: string) => keys === null || keys.includes(name);
  return { get: (name) => (maySet(name) ? basePlaceholder(name) : undefined), unknownValues: true };
}

/** What a variable the base image may set expands to in the engine's views: `${NAME}`, as written in a Dockerfile. */
export function basePlaceholder(name: string): string {
  return '${' + name + '}';
}

const NO_NAMES: readonly string[] = Object.freeze([]);

export interface GlobalArg {
  name: string;
  value: string | null;
}

/** resolveGlobalArgs with nothing declared and no --build-arg (read-only, shared). */
let PREDEFINED_ONLY: ReadonlyMap<string, string> | null = null;

export class GlobalScope {
  private readonly declarations: GlobalArg[] = [];
  private resolved: ReadonlyMap<string, string> | null = null;

  constructor(
    readonly buildArgs: Record<string, string>,
    readonly escape: string,
  ) {
    this.lookup = (name) => this.values.get(name);
  }

  /** An ARG before the first FROM. */
  declare(name: string, rawDefault: string | null): void {
    this.declarations.push({ name, value: rawDefault });
    this.resolved = null;
  }

  /** buildMetaArgs: the global ARG values (predefined ones included). */
  get values(): ReadonlyMap<string, string> {
    if (this.resolved) return this.resolved;
    // Most Dockerfiles have no global ARG and no --build-arg: the predefined values alone, made once.
    if (this.declarations.length === 0 && Object.keys(this.buildArgs).length === 0) {
      const predefined = PREDEFINED_ONLY ?? resolveGlobalArgs([], {}, (word) => word);
      PREDEFINED_ONLY = predefined;
      this.resolved = predefined;
    } else {
      this.resolved = resolveGlobalArgs(this.declarations, this.buildArgs, (word, lookup) => expandOrKeep(word, lookup, this.escape));
    }
    return this.resolved;
  }

  // Assigned in the constructor, not as an arrow class field: a named function per scope
  // (esbuild's keepNames, which tsx uses, names each one with defineProperty).
  readonly lookup: EnvLookup;

  expand(word: string): string {
    return expandOrKeep(word, this.lookup, this.escape);
  }
}

export class StageScope {
  readonly args: ArgScope;

  /** The registry image at the root of this stage's FROM chain: the variables it sets. */
  readonly baseEnv: BaseImageEnv | null;
  /**
   * Names expanded to basePlaceholder since the last takeBaseImageNames (usually none): a Set,
   * since one ENV line of an unknown image can reference thousands of them.
   */
  private baseNames: Set<string> | null = null;

  constructor(
    private readonly global: GlobalScope,
    /** The stage's image config env now (ENV, and the base's env). */
    private readonly env: () => PersistentMap<string>,
    /** The scope at the end of the stage this one is built FROM, and that stage's final config env. */
    parent?: { scope: StageScope; env: PersistentMap<string> },
    /** For a stage FROM a registry image (not an earlier stage): see baseImageEnv. */
    baseEnv: BaseImageEnv | null = null,
  ) {
    this.baseEnv = parent ? parent.scope.baseEnv : baseEnv;
    // The parent's image config env: its ENVs and, below them, its base image's.
    const parentConfigHas = parent ? (name: string) => parent.env.has(name) || this.baseEnv?.get(name) !== undefined : undefined;
    this.args = new ArgScope(global.buildArgs, global.values, parent?.scope.args, parentConfigHas);
    // Assigned here rather than as arrow class fields (see GlobalScope.lookup).
    this.configEnv = (name) => {
      const value = this.env().get(name);
      if (value !== undefined || this.baseEnv === null) return value;
      const fromBase = this.baseEnv.get(name);
      if (fromBase !== undefined && this.baseEnv.unknownValues) (this.baseNames ??= new Set()).add(name);
      return fromBase;
    };
    this.lookup = (name) => this.args.lookup(name, this.configEnv);
  }

  private readonly configEnv: EnvLookup;

  /** The base-image variables expanded to placeholders since the last call, in first-use order; resets the list. */
  takeBaseImageNames(): readonly string[] {
    const names = this.baseNames;
    this.baseNames = null;
    return names === null ? NO_NAMES : [...names];
  }

  /** The stage env's value of `name` (the last ENV or ARG that set it). */
  readonly lookup: EnvLookup;

  /** ARG inside a stage. Returns the value now in effect (undefined when unset). */
  declare(name: string, rawDefault: string | null): string | undefined {
    return this.args.declare(name, rawDefault, (raw) => this.expand(raw));
  }

  /** ENV of `name`: its value replaces an ARG value of that name for later words. */
  envSet(name: string): void {
    this.args.envSet(name);
  }

  expand(word: string): string {
    return expandOrKeep(word, this.lookup, this.global.escape);
  }

  get escape(): string {
    return this.global.escape;
  }
}
