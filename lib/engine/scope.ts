/**
 * Variables visible to an instruction, as Docker resolves them: ENV of the stage
 * (inherited from a parent stage) first, then ARGs declared in the stage, whose
 * values come from --build-arg, else their default, else the global ARG default.
 * Global ARGs are visible only to FROM lines (D.5).
 */
import { expandOrKeep, type EnvLookup } from '@/lib/docker/shell-lex';
import type { PersistentMap } from '@/lib/docker/persistent-map';
import { predefinedArg } from '@/lib/docker/build-args';

export interface GlobalArg {
  name: string;
  value: string | null;
}

export class GlobalScope {
  /** Resolved values of global ARGs (undefined when declared without any value). */
  readonly values = new Map<string, string | undefined>();

  constructor(
    readonly buildArgs: Record<string, string>,
    readonly escape: string,
  ) {}

  lookup: EnvLookup = (name) => (this.values.has(name) ? this.values.get(name) : undefined);

  declare(name: string, rawDefault: string | null): void {
    const fromBuildArg = Object.prototype.hasOwnProperty.call(this.buildArgs, name) ? this.buildArgs[name] : undefined;
    let value: string | undefined = fromBuildArg;
    if (value === undefined && rawDefault !== null) value = expandOrKeep(rawDefault, this.lookup, this.escape);
    if (value === undefined) value = predefinedArg(name);
    this.values.set(name, value);
  }

  expand(word: string): string {
    return expandOrKeep(word, this.lookup, this.escape);
  }
}

export class StageScope {
  private readonly args = new Map<string, string | undefined>();

  constructor(
    private readonly global: GlobalScope,
    /** The stage's environment now (ENV wins over ARG of the same name). */
    private readonly env: () => PersistentMap<string>,
  ) {}

  lookup: EnvLookup = (name) => {
    const value = this.env().get(name);
    if (value !== undefined) return value;
    return this.args.has(name) ? this.args.get(name) : undefined;
  };

  /** ARG inside a stage. Returns the value now in effect (undefined when unset). */
  declare(name: string, rawDefault: string | null): string | undefined {
    const buildArgs = this.global.buildArgs;
    let value: string | undefined = Object.prototype.hasOwnProperty.call(buildArgs, name) ? buildArgs[name] : undefined;
    if (value === undefined && rawDefault !== null) value = this.expand(rawDefault);
    if (value === undefined && this.global.values.has(name)) value = this.global.values.get(name);
    if (value === undefined) value = predefinedArg(name);
    this.args.set(name, value);
    return value;
  }

  expand(word: string): string {
    return expandOrKeep(word, this.lookup, this.global.escape);
  }

  get escape(): string {
    return this.global.escape;
  }
}
