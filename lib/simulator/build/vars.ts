/**
 * Build-time variables of a stage for the simulator: the ARGs in scope and their values,
 * resolved by the one ARG scope the engine also uses (lib/docker/arg-scope.ts, from
 * BuildKit's dispatchArg, dispatchEnv and runCommandString in
 * moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go). ENV values come from the
 * engine's step configs; this adds the ARG side, which the engine keeps internal.
 */
import type { Analysis, Instruction } from '@/lib/engine/types';
import { expandWord } from '../expand';
import { ArgScope, resolveGlobalArgs } from '@/lib/docker/arg-scope';
import { expandOrKeep } from '@/lib/docker/shell-lex';

/** buildMetaArgs: the global ARG values (the predefined platform ARGs included). */
export function globalArgValues(analysis: Analysis, buildArgs: Record<string, string>): Map<string, string> {
  return resolveGlobalArgs(analysis.globalArgs, buildArgs, (word, lookup) => expandOrKeep(word, lookup, analysis.escapeChar));
}

function has(obj: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Declared ARGs of a stage, in declaration order, with their values (undefined = no value). */
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
    inheritedEnv?: Record<string, string>,
  ) {
    this.scope = new ArgScope(buildArgs, globals, inherited?.scope, inheritedEnv ? (name) => has(inheritedEnv, name) : undefined);
  }

  /** Declared ARGs and their values, in declaration order (undefined = no value). */
  get values(): ReadonlyMap<string, string | undefined> {
    return this.scope.declared;
  }

  /** Applies an ARG instruction; `env` is the stage's image config env in effect. */
  declare(ins: Instruction, env: Record<string, string>): void {
    for (const pair of ins.pairs ?? []) {
      this.scope.declare(pair.key.value, pair.value ? pair.value.value : null, (raw) => expandWord(raw, this.vars(env), { escapeChar: this.escapeChar }));
    }
  }

  /** Applies an ENV instruction (before its step): its names' values replace ARG values of those names. */
  setEnv(ins: Instruction, env: Record<string, string>): void {
    const vars = this.vars(env);
    for (const pair of ins.pairs ?? []) this.scope.envSet(expandWord(pair.key.value, vars, { escapeChar: this.escapeChar }));
  }

  /** The variables later words expand against: the config env with the ARG values that were set after it. */
  vars(env: Record<string, string>): Record<string, string> {
    return { ...env, ...this.scope.runEnv() };
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
