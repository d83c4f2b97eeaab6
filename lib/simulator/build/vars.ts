/**
 * Build-time variables of a stage: the ARGs in scope and their values, as BuildKit's
 * dispatchArg resolves them (--build-arg, else the default, else the global ARG's value).
 * ENV values come from the engine's step configs; this adds the ARG side, which the engine
 * keeps internal, using the ARG pairs the engine parsed.
 */
import type { Analysis, Instruction } from '@/lib/engine/types';
import { expandWord } from '../expand';
import { predefinedArg } from '@/lib/docker/build-args';

export function globalArgValues(analysis: Analysis, buildArgs: Record<string, string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const arg of analysis.globalArgs) {
    const env = Object.fromEntries(values);
    let value: string | undefined = has(buildArgs, arg.name) ? buildArgs[arg.name] : undefined;
    if (value === undefined && arg.value !== null) value = expandWord(arg.value, env, { escapeChar: analysis.escapeChar });
    if (value === undefined) value = predefinedArg(arg.name);
    if (value !== undefined) values.set(arg.name, value);
    else values.delete(arg.name);
  }
  return values;
}

function has(obj: Record<string, string>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Declared ARGs of a stage, in declaration order, with their values (undefined = no value). */
export class StageArgs {
  readonly values = new Map<string, string | undefined>();

  constructor(
    private readonly globals: Map<string, string>,
    private readonly buildArgs: Record<string, string>,
    private readonly escapeChar: string,
    inherited?: StageArgs,
  ) {
    if (inherited) for (const [k, v] of inherited.values) this.values.set(k, v);
  }

  /** Applies an ARG instruction; `env` is the stage ENV in effect. */
  declare(ins: Instruction, env: Record<string, string>): void {
    for (const pair of ins.pairs ?? []) {
      const name = pair.key.value;
      let value: string | undefined = has(this.buildArgs, name) ? this.buildArgs[name] : undefined;
      if (value === undefined && pair.value) {
        value = expandWord(pair.value.value, { ...this.defined(), ...env }, { escapeChar: this.escapeChar });
      }
      if (value === undefined && this.globals.has(name)) value = this.globals.get(name);
      if (value === undefined) value = predefinedArg(name);
      this.values.delete(name); // a redeclaration moves to the end, like BuildKit's list
      this.values.set(name, value);
    }
  }

  /** ARGs that have a value. */
  defined(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.values) if (v !== undefined) out[k] = v;
    return out;
  }

  /**
   * The ARGs a RUN sees as environment (and BuildKit puts in its cache key):
   * those with a value and not overridden by an ENV of the same name.
   */
  forRun(env: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.defined())) if (!has(env, k)) out[k] = v;
    return out;
  }

  /** runCommandString: `|N a=1 b=2` with ENV values winning, or "" without args. */
  historyPrefix(env: Record<string, string>): string {
    const pairs = Object.entries(this.defined()).map(([k, v]) => `${k}=${has(env, k) ? env[k] : v}`);
    return pairs.length > 0 ? `|${pairs.length} ${pairs.join(' ')} ` : '';
  }
}
