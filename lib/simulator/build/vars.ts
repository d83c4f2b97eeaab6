/**
 * Build-time variables of a stage for the simulator: the ARGs in scope and their values,
 * resolved by the one ARG scope the engine also uses (lib/docker/arg-scope.ts, from
 * BuildKit's dispatchArg, dispatchEnv and runCommandString in
 * moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go). The image config's env comes
 * from the caller as a lookup (the build's own env in ./index.ts, the engine's step configs in
 * ./copy-sources.ts); this adds the ARG side, which the engine keeps internal.
 */
import type { Analysis, Instruction } from '@/lib/engine/types';
import { expandWord } from '../expand';
import { ArgScope, resolveGlobalArgs } from '@/lib/docker/arg-scope';
import { expandOrKeep, type EnvLookup } from '@/lib/docker/shell-lex';

/** buildMetaArgs: the global ARG values (the predefined platform ARGs included). */
export function globalArgValues(analysis: Analysis, buildArgs: Record<string, string>): Map<string, string> {
  return resolveGlobalArgs(analysis.globalArgs, buildArgs, (word, lookup) => expandOrKeep(word, lookup, analysis.escapeChar));
}

function has(obj: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** An empty env. */
export const NO_ENV: EnvLookup = () => undefined;

/**
 * Declared ARGs of a stage, in declaration order, with their values (undefined = no value).
 * The config env comes in as a lookup, never as a record built per step: reading a step's
 * whole env at every step was quadratic in the number of ENV lines (issue 12).
 */
export class StageArgs {
  private readonly scope: ArgScope;

  /**
   * `inherited`: the ARGs at the end of the stage this one is built FROM;
   * `inheritedEnv`: that stage's final image config env (its ENV values win again).
   */
  constructor(
    globals: Map<string, string>,
    buildArgs: Record<string, string>,
    private readonly escapeChar: string,
    inherited?: StageArgs,
    inheritedEnv?: EnvLookup,
  ) {
    this.scope = new ArgScope(buildArgs, globals, inherited?.scope, inheritedEnv ? (name) => inheritedEnv(name) !== undefined : undefined);
  }

  /** Declared ARGs and their values, in declaration order (undefined = no value). */
  get values(): ReadonlyMap<string, string | undefined> {
    return this.scope.declared;
  }

  /** Applies an ARG instruction; `configEnv` is the stage's image config env in effect (see envLookup in lib/engine/config.ts). */
  declare(ins: Instruction, configEnv: EnvLookup): void {
    // Each default sees the ARGs declared before it on the same line (the lookup is live).
    const vars = this.lookup(configEnv);
    for (const pair of ins.pairs ?? []) {
      this.scope.declare(pair.key.value, pair.value ? pair.value.value : null, (raw) => expandWord(raw, vars, { escapeChar: this.escapeChar }));
    }
  }

  /** Applies an ENV instruction (before its step): its names' values replace ARG values of those names. */
  setEnv(ins: Instruction, configEnv: EnvLookup): void {
    // Every name is expanded with the variables as they were before this ENV, then set.
    const vars = this.lookup(configEnv);
    const names = (ins.pairs ?? []).map((pair) => expandWord(pair.key.value, vars, { escapeChar: this.escapeChar }));
    for (const name of names) this.scope.envSet(name);
  }

  /**
   * The variables words expand against: the ARG values set after the config env's, then the
   * config env. Live: it sees later declare() and setEnv() calls.
   */
  lookup(configEnv: EnvLookup): EnvLookup {
    return (name) => this.scope.lookup(name, configEnv);
  }

  /** ARGs that have a value. */
  defined(): Record<string, string> {
    return this.scope.defined();
  }

  /**
   * The ARG values a RUN sees as environment beyond the image config (and BuildKit puts in
   * its cache key): the state env's values that came from an ARG.
   */
  forRun(env: Record<string, string>): Record<string, string> {
    void env;
    return this.scope.runEnv();
  }

  /** runCommandString: `|N a=1 b=2 ` over every declared ARG, the state env's value winning, or "" without args. */
  historyPrefix(env: Record<string, string>): string {
    return this.scope.historyPrefix((name) => (has(env, name) ? env[name] : undefined));
  }
}
