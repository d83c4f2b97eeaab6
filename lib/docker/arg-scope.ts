/**
 * ARG scope and resolution, as BuildKit dispatches a Dockerfile; the engine
 * (lib/engine/scope.ts) and the simulator (lib/simulator/build/vars.ts) both use it.
 * Upstream: moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go and platform.go.
 *
 * Global scope (buildMetaArgs over defaultArgs): the predefined platform ARGs come
 * first (a --build-arg of the same name replaces the value), then every ARG before the
 * first FROM in order: its --build-arg, else its default expanded with the global ARGs
 * so far, else no value (the name keeps a predefined value if it has one).
 *
 * Stage scope. BuildKit keeps one environment per stage, the LLB state's (`d.state`):
 *  - dispatchEnv: `d.state.AddEnv(k, v)` and `d.image.Config.Env = addEnv(...)`;
 *  - dispatchArg: the value is the --build-arg, else the default expanded against
 *    `getEnv(d.state)`, else (no default) the global ARG's value; when there is a value
 *    and the name is not in nonEnvArgs, `d.state.AddEnv(arg.Key, value)`; the ARG is
 *    appended to `d.buildArgs` either way.
 * Words are expanded against `getEnv(d.state)` and RUN gets the state's env, so for
 * every name the last ENV or ARG that set it wins: `ENV A=1` then `ARG A=2` makes `$A`
 * "2" in later instructions and in RUN, while the image config keeps `A=1` (ARG never
 * touches Config.Env).
 *
 * A stage FROM an earlier stage (dispatchState.init, then the PATH and Config.Env loop
 * in toDispatchState): it starts from the parent's state, ARG values included, and its
 * buildArgs start with the parent's; then every Config.Env entry is added to the state
 * again, so a parent's ENV value wins over a parent ARG that had shadowed it.
 *
 * runCommandString: the RUN history text is `|N k=v ...` over d.buildArgs (first
 * occurrence of a name keeps its place), each value read from the state env, else the
 * ARG's own value, else "" (an ARG without a value is listed as `NAME=`).
 */
import { NON_ENV_ARGS, PREDEFINED_ARGS } from './build-args';

/** Expands a word against a lookup (the caller's shell lexer with its escape character). */
export type Expand = (word: string, lookup: (name: string) => string | undefined) => string;

function own(record: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * buildMetaArgs over defaultArgs: the global ARG values a FROM line and a stage's
 * `ARG NAME` without default see. `declarations` are the ARGs before the first FROM.
 */
export function resolveGlobalArgs(
  declarations: Iterable<{ name: string; value: string | null }>,
  buildArgs: Record<string, string>,
  expand: Expand,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const name of Object.keys(PREDEFINED_ARGS)) values.set(name, own(buildArgs, name) ? buildArgs[name] : PREDEFINED_ARGS[name]);
  const lookup = (name: string) => values.get(name);
  for (const { name, value } of declarations) {
    if (own(buildArgs, name)) values.set(name, buildArgs[name]);
    else if (value !== null) values.set(name, expand(value, lookup));
  }
  return values;
}

/** The ARGs of one stage: declared names, their values, and which of them shadow ENV. */
export class ArgScope {
  /** d.buildArgs: declared ARGs of the stage chain, first declaration's place kept, with their values (undefined: none). */
  readonly declared = new Map<string, string | undefined>();
  /** ARG values now in the state env: set by an ARG and not replaced by a later ENV of the same name. */
  private readonly inEnv = new Map<string, string>();

  /**
   * `parent`: the scope at the end of the stage this one is built FROM; `parentConfigEnv`
   * tells which names the parent's image config sets (those ENV values win again).
   */
  constructor(
    readonly buildArgs: Record<string, string>,
    readonly globals: ReadonlyMap<string, string>,
    parent?: ArgScope,
    parentConfigEnv?: (name: string) => boolean,
  ) {
    if (parent) {
      for (const [k, v] of parent.declared) this.declared.set(k, v);
      for (const [k, v] of parent.inEnv) if (!parentConfigEnv?.(k)) this.inEnv.set(k, v);
    }
  }

  /**
   * dispatchArg for one name. `rawDefault` is the default as written (null: none);
   * `expand` expands it against the stage env now (see `lookup`). Returns the value.
   */
  declare(name: string, rawDefault: string | null, expandDefault: (raw: string) => string): string | undefined {
    let value: string | undefined;
    if (own(this.buildArgs, name)) value = this.buildArgs[name];
    else if (rawDefault !== null) value = expandDefault(rawDefault);
    else value = this.globals.get(name);
    if (value !== undefined && !NON_ENV_ARGS.has(name)) this.inEnv.set(name, value);
    // A redeclaration keeps the name's place (runCommandString dedupes by first index).
    const known = this.declared.has(name);
    this.declared.set(name, known && value === undefined ? this.declared.get(name) : value);
    return value;
  }

  /** dispatchEnv: the ENV value replaces any ARG value of that name in the state env. */
  envSet(name: string): void {
    this.inEnv.delete(name);
  }

  /** The state env's value of `name`, given the image config's env (ENV and base image). */
  lookup(name: string, configEnv: (name: string) => string | undefined): string | undefined {
    const fromArg = this.inEnv.get(name);
    return fromArg !== undefined ? fromArg : configEnv(name);
  }

  /** The ARG values a RUN sees in its environment beyond the image config's env (the state env minus Config.Env). */
  runEnv(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.inEnv) out[k] = v;
    return out;
  }

  /** ARGs that have a value, in declaration order. */
  defined(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.declared) if (v !== undefined) out[k] = v;
    return out;
  }

  /** runCommandString's prefix: `|N k=v ... ` (with a trailing space), or "" without ARGs. */
  historyPrefix(configEnv: (name: string) => string | undefined): string {
    const pairs: string[] = [];
    for (const [k, v] of this.declared) pairs.push(`${k}=${this.lookup(k, configEnv) ?? v ?? ''}`);
    return pairs.length > 0 ? `|${pairs.length} ${pairs.join(' ')} ` : '';
  }
}
