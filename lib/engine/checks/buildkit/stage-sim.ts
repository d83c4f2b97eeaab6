/**
 * A light re-run of BuildKit's dispatch (dockerfile2llb/convert.go) for the checks:
 * which variables are defined before each instruction, which ARGs are declared,
 * whether a SHELL or WORKDIR was already set in the stage chain, and which words
 * BuildKit expands (and so reports undefined variables in).
 *
 * Stages inherit everything from an earlier stage they are built FROM, as
 * dispatchState.init does. A stage built from a registry image starts with that
 * image's environment, which we only know for a few images (base-image-env.ts).
 */
import type { CheckContext } from '../../types';
import { DEFAULT_LINUX_PATH, knownBaseImageEnvKeys } from '../../base-image-env';
import {
  argDeclarations,
  flagValues,
  fromArgs,
  keyValuePairs,
  sourcesAndDest,
  volumePaths,
  type FromArgs,
} from './instruction-args';
import { escapeOptions, isPlainWord, lexWord, plainWord, type LexOptions, type LexResult, type VarLookup } from '@/lib/docker/shell-lex';
import { perAnalysis } from '../per-analysis';
import { PersistentMap } from '@/lib/docker/persistent-map';
import { fromBaseStage } from '@/lib/docker/stage-ref';
import { NON_ENV_ARGS, PREDEFINED_ARGS } from '@/lib/docker/build-args';
import { logicalLines, type LogicalLine } from './source-scan';

/** Variables and their values; a null value is set to something we cannot know. */
export type Vars = PersistentMap<string | null>;

export interface GlobalScope {
  /** Predefined platform ARGs plus global ARGs that have a value (BuildKit's globalArgs). */
  env: Vars;
  /** Every ARG declared before the first FROM, with or without a value. */
  declared: string[];
}

export interface StageInfo {
  index: number;
  from: LogicalLine;
  fromArgs: FromArgs;
  /** The base name after expanding global ARGs; null when it cannot be known. */
  baseName: string | null;
  /** The earlier stage this one is built FROM, if any. */
  baseStage: number | null;
  /** The stage's instructions after FROM, in order. */
  body: LogicalLine[];
}

/**
 * The state of a stage at one point. States are immutable and share structure
 * (lib/docker/persistent-map.ts): an instruction that sets one variable makes a new
 * version of the environment without copying it, and one that changes nothing
 * keeps the state it found.
 */
export interface StageState {
  readonly env: Vars;
  /** True when every variable missing from env is certainly unset. */
  readonly envComplete: boolean;
  /** ARG names declared in the stage chain (BuildKit's d.buildArgs). */
  readonly buildArgs: PersistentMap<true>;
  readonly shellSet: boolean;
  readonly workdirSet: boolean;
  /**
   * Names whose value in env was set by an ARG: ARG_ONLY when the image config has no
   * entry of that name, else the config entry's value (`{ value }`); a later ENV of the
   * name makes it CONFIG again. A child stage adds the config entries back (see initialState).
   */
  readonly argSet: PersistentMap<ArgShadow>;
  /** How many entries of argSet hold a config value (0: a child stage has nothing to restore). */
  readonly shadowing: number;
}

/** See StageState.argSet. */
export type ArgShadow = { readonly value: string | null } | typeof ARG_ONLY | typeof CONFIG;
const ARG_ONLY = 'arg-only';
const CONFIG = 'config';

/** One word BuildKit expands while dispatching an instruction. */
export interface Expansion {
  result: LexResult;
  /** Unset variables BuildKit reports for this word (declared ARGs are not reported). */
  undefinedVars: string[];
  /** Names defined at that moment, for "did you mean" suggestions (listed on first use). */
  readonly envKeys: string[];
}

export interface InstructionState {
  line: LogicalLine;
  stage: StageInfo;
  /** The state before the instruction runs. */
  before: StageState;
  /** Words BuildKit expands for this instruction, in order. */
  expansions: Expansion[];
}

export interface Simulation {
  global: GlobalScope;
  stages: StageInfo[];
  states: InstructionState[];
}

export function lookupFor(env: Vars, envComplete: boolean): VarLookup {
  return (name) => {
    if (env.has(name)) return { state: 'set', value: env.get(name) ?? null };
    return envComplete ? { state: 'unset' } : { state: 'unknown' };
  };
}

export function expandIn(state: StageState, word: string, escapeChar: string): LexResult {
  const opts = escapeOptions(escapeChar);
  // Most words reference no variable: no lookup (a closure) for them.
  if (isPlainWord(word, opts)) return plainWord(word, opts);
  return lexWord(word, lookupFor(state.env, state.envComplete), opts);
}

/**
 * One recorded expansion. BuildKit's reportUnmatchedVariables filter is applied at
 * the moment of expansion; the defined names are listed only if a rule asks (for a
 * suggestion), from the environment of that moment.
 */
class RecordedExpansion implements Expansion {
  readonly undefinedVars: string[];

  constructor(
    readonly result: LexResult,
    buildArgs: PersistentMap<true>,
    private readonly env: Vars,
  ) {
    this.undefinedVars =
      result.unmatched.length === 0 ? NO_NAMES : result.unmatched.filter((name) => !buildArgs.has(name) && !NON_ENV_ARGS.has(name));
  }

  get envKeys(): string[] {
    return this.env.keys();
  }
}

/**
 * The expansion of a plain word (no variable, quote, escape or `<`): the word itself, and
 * no undefined variable. Its LexResult is built only if a rule reads it: most words of a
 * Dockerfile are plain, and the simulation keeps every expansion for the whole analysis.
 */
class PlainExpansion implements Expansion {
  #result: LexResult | null = null;

  constructor(
    readonly word: string,
    private readonly opts: LexOptions,
    private readonly env: Vars,
  ) {}

  get result(): LexResult {
    this.#result ??= plainWord(this.word, this.opts);
    return this.#result;
  }

  get undefinedVars(): string[] {
    return NO_NAMES;
  }

  get envKeys(): string[] {
    return this.env.keys();
  }
}

/** The expanded text of a recorded expansion (without building a plain word's LexResult). */
export function expandedText(expansion: Expansion): string | null {
  return expansion instanceof PlainExpansion ? expansion.word : expansion.result.result;
}

function recordExpansion(state: StageState, result: LexResult): Expansion {
  return new RecordedExpansion(result, state.buildArgs, state.env);
}

/**
 * Expands a word against the state and records it. `lookups` holds the state's lookup once a
 * word has needed one: the words of one instruction share it (one ENV or LABEL line can
 * hold thousands of them), as they share the state.
 */
function expandRecorded(state: StageState, word: string, escapeChar: string, lookups?: { lookup: VarLookup | null }): Expansion {
  const opts = escapeOptions(escapeChar);
  if (isPlainWord(word, opts)) return new PlainExpansion(word, opts, state.env);
  let lookup: VarLookup;
  if (lookups) lookup = lookups.lookup ??= lookupFor(state.env, state.envComplete);
  else lookup = lookupFor(state.env, state.envComplete);
  return recordExpansion(state, lexWord(word, lookup, opts));
}

// Shared empty results (read-only, like everything the simulation hands out).
const NO_NAMES = Object.freeze([]) as unknown as string[];
const NO_EXPANSIONS = Object.freeze([]) as unknown as Expansion[];

/** The state being dispatched: replaced (never changed) by each instruction. */
interface LiveState {
  current: StageState;
}

function update(s: LiveState, change: Partial<StageState>): void {
  // Field by field: `{ ...current, ...change }` is a slow path in V8 and runs for every ENV and ARG.
  const c = s.current;
  s.current = {
    env: change.env ?? c.env,
    envComplete: change.envComplete ?? c.envComplete,
    buildArgs: change.buildArgs ?? c.buildArgs,
    shellSet: change.shellSet ?? c.shellSet,
    workdirSet: change.workdirSet ?? c.workdirSet,
    argSet: change.argSet ?? c.argSet,
    shadowing: change.shadowing ?? c.shadowing,
  };
}

/** dispatchEnv for one name: the value goes to the state env and to the image config. */
function setEnv(s: LiveState, name: string, value: string | null): void {
  const shadow = s.current.argSet.size === 0 ? undefined : s.current.argSet.get(name);
  if (shadow !== undefined && shadow !== CONFIG) {
    update(s, { argSet: s.current.argSet.set(name, CONFIG), shadowing: s.current.shadowing - (shadow === ARG_ONLY ? 0 : 1) });
  }
  setVar(s, name, value);
}

/** dispatchArg for one name with a value: the value goes to the state env only. */
function setArg(s: LiveState, name: string, value: string | null): void {
  const shadow = s.current.argSet.get(name);
  if (shadow === undefined || shadow === CONFIG) {
    // The value now in env (if any) is the image config's: remember it for child stages.
    const env = s.current.env;
    const entry: ArgShadow = env.has(name) ? { value: env.get(name) ?? null } : ARG_ONLY;
    update(s, { argSet: s.current.argSet.set(name, entry), shadowing: s.current.shadowing + (entry === ARG_ONLY ? 0 : 1) });
  }
  setVar(s, name, value);
}

function setVar(s: LiveState, name: string, value: string | null): void {
  const env = s.current.env.set(name, value);
  if (env !== s.current.env) update(s, { env });
}

function declareArg(s: LiveState, name: string): void {
  const buildArgs = s.current.buildArgs.set(name, true);
  if (buildArgs !== s.current.buildArgs) update(s, { buildArgs });
}

/**
 * BuildKit's buildMetaArgs: global ARGs evaluated in order on top of the predefined
 * ones. With `defaultsOnly`, --build-arg values for declared ARGs are ignored, as
 * validateBaseImagesWithDefaultArgs does.
 */
export function globalScope(ctx: CheckContext, defaultsOnly = false): GlobalScope {
  const lines = logicalLines(ctx);
  const buildArgs = ctx.options.buildArgs ?? {};
  let env: Vars = predefinedEnv(buildArgs);
  const declared: string[] = [];
  for (const line of lines) {
    // Global ARGs come before the first FROM: nothing after it is global.
    if (line.instruction.stageIndex !== -1) break;
    if (line.instruction.keyword !== 'ARG') continue;
    for (const arg of argDeclarations(line)) {
      declared.push(arg.key);
      if (!defaultsOnly && Object.prototype.hasOwnProperty.call(buildArgs, arg.key)) {
        env = env.set(arg.key, buildArgs[arg.key]);
      } else if (arg.value !== null) {
        env = env.set(arg.key, lexWord(arg.value, lookupFor(env, true), { escape: ctx.analysis.escapeChar }).result);
      }
    }
  }
  return { env, declared };
}

/** The predefined platform ARGs alone: the same for every analysis without --build-arg (sealed, shared). */
const PREDEFINED_ENV: Vars = PersistentMap.fromRecord<string | null>(PREDEFINED_ARGS).seal();

function predefinedEnv(buildArgs: Record<string, string>): Vars {
  let env = PREDEFINED_ENV;
  for (const name of Object.keys(buildArgs)) {
    if (Object.prototype.hasOwnProperty.call(PREDEFINED_ARGS, name)) env = env.set(name, buildArgs[name]);
  }
  return env;
}

/** The simulation of the whole file, run once per analysis and shared by the checks. */
export const simulate = perAnalysis((ctx: CheckContext): Simulation => {
  const lines = logicalLines(ctx);
  const escapeChar = ctx.analysis.escapeChar;
  const global = globalScope(ctx);

  const stages: StageInfo[] = [];
  const names: Array<string | null> = [];
  for (const line of lines) {
    const { instruction } = line;
    if (instruction.keyword === 'FROM' && instruction.stageIndex >= 0) {
      const args = fromArgs(line);
      const base = lexWord(args.baseName, lookupFor(global.env, true), { escape: escapeChar });
      const baseName = base.result;
      const baseStage = baseName !== null ? fromBaseStage(names, baseName, stages.length) : null;
      stages.push({ index: stages.length, from: line, fromArgs: args, baseName, baseStage, body: [] });
      names.push(args.stageName === '' ? null : args.stageName);
    } else if (instruction.stageIndex >= 0 && stages.length > 0) {
      stages[stages.length - 1].body.push(line);
    }
  }

  const finalStates: StageState[] = [];
  const states: InstructionState[] = [];
  for (const stage of stages) {
    const state: LiveState = { current: initialState(stage, finalStates) };
    for (const line of stage.body) {
      const before = state.current;
      const expansions = dispatch(line, state, global, ctx);
      states.push({ line, stage, before, expansions });
    }
    finalStates.push(state.current);
  }

  return { global, stages, states };
});

/**
 * A stage FROM an earlier stage starts from that stage's state (dispatchState.init), then
 * toDispatchState adds every image Config.Env entry to the state env again
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go, "initialize base metadata
 * from image conf"): a parent's ENV value wins over a parent ARG that had shadowed it.
 */
function inheritedState(parent: StageState): StageState {
  if (parent.shadowing === 0) return parent;
  let env = parent.env;
  let argSet = parent.argSet;
  for (const [name, shadow] of parent.argSet.entries()) {
    if (shadow === ARG_ONLY || shadow === CONFIG) continue;
    env = env.set(name, shadow.value);
    argSet = argSet.set(name, CONFIG);
  }
  return { ...parent, env, argSet, shadowing: 0 };
}

function initialState(stage: StageInfo, finalStates: StageState[]): StageState {
  if (stage.baseStage !== null && finalStates[stage.baseStage]) return inheritedState(finalStates[stage.baseStage]);
  const { env, envComplete } = baseImageEnv(stage.baseName);
  return { env, envComplete, buildArgs: PersistentMap.empty(), shellSet: false, workdirSet: false, argSet: PersistentMap.empty(), shadowing: 0 };
}

/**
 * The environment a registry image (or scratch) starts a stage with, made once per base name
 * and shared by every analysis (sealed: a stage's ENV makes its own version of it).
 */
const baseEnvs = new Map<string, { env: Vars; envComplete: boolean }>();

function baseImageEnv(baseName: string | null): { env: Vars; envComplete: boolean } {
  const known = baseName === null ? undefined : baseEnvs.get(baseName);
  if (known) return known;
  let env: Vars = PersistentMap.empty();
  let envComplete = false;
  if (baseName === 'scratch') {
    envComplete = true;
  } else if (baseName !== null) {
    const keys = knownBaseImageEnvKeys(baseName);
    if (keys) {
      envComplete = true;
      for (const key of keys) env = env.set(key, null);
    }
  }
  if (!env.has('PATH')) env = env.set('PATH', envComplete ? DEFAULT_LINUX_PATH : null);
  const made = { env: env.seal(), envComplete };
  // Base names come from the learner's text: keep the cache small.
  if (baseName !== null && baseEnvs.size < 256) baseEnvs.set(baseName, made);
  return made;
}

/** Applies one instruction to the state; returns the expansions BuildKit reports on. */
function dispatch(line: LogicalLine, state: LiveState, global: GlobalScope, ctx: CheckContext): Expansion[] {
  const escapeChar = ctx.analysis.escapeChar;
  const { instruction } = line;
  switch (instruction.keyword) {
    case 'ENV': {
      const pairs = keyValuePairs(line);
      if (!pairs) return NO_EXPANSIONS;
      const results: Expansion[] = new Array(2 * pairs.length);
      const before = state.current;
      const lookups = { lookup: null };
      for (let i = 0; i < pairs.length; i++) {
        results[2 * i] = expandRecorded(before, pairs[i].key, escapeChar, lookups);
        results[2 * i + 1] = expandRecorded(before, pairs[i].value, escapeChar, lookups);
      }
      // Every word is expanded against the environment from before the instruction.
      if (pairs.length > 1 && before.argSet.size === 0) {
        // Several pairs and no ARG shadowing a name yet: one new version of the environment
        // and one new state for the whole line, not one of each per pair.
        const sets: Array<{ key: string; value: string | null }> = [];
        for (let i = 0; i < results.length; i += 2) {
          const key = expandedText(results[i]);
          if (key !== null) sets.push({ key, value: expandedText(results[i + 1]) });
          else if (state.current.envComplete) update(state, { envComplete: false });
        }
        const env = state.current.env.setAll(sets);
        if (env !== state.current.env) update(state, { env });
        return results;
      }
      for (let i = 0; i < results.length; i += 2) {
        const key = expandedText(results[i]);
        if (key !== null) setEnv(state, key, expandedText(results[i + 1]));
        else if (state.current.envComplete) update(state, { envComplete: false });
      }
      return results;
    }
    case 'LABEL': {
      const pairs = keyValuePairs(line);
      if (!pairs) return NO_EXPANSIONS;
      const results: Expansion[] = new Array(2 * pairs.length);
      const lookups = { lookup: null };
      for (let i = 0; i < pairs.length; i++) {
        results[2 * i] = expandRecorded(state.current, pairs[i].key, escapeChar, lookups);
        results[2 * i + 1] = expandRecorded(state.current, pairs[i].value, escapeChar, lookups);
      }
      return results;
    }
    case 'ARG':
      return dispatchArg(line, state, global, ctx);
    case 'COPY':
    case 'ADD': {
      const results: Expansion[] = [];
      for (const flag of instruction.keyword === 'ADD' ? ['chown', 'checksum'] : ['chown']) {
        for (const v of flagValues(line, flag)) results.push(expandRecorded(state.current, v, escapeChar));
      }
      const sd = sourcesAndDest(line, instruction);
      if (sd) {
        for (const src of sd.sources) results.push(expandRecorded(state.current, src, escapeChar));
        results.push(expandRecorded(state.current, sd.dest, escapeChar));
      }
      for (const heredoc of instruction.heredocs) {
        if (!heredoc.expand || instruction.json !== null) continue;
        const lookup = lookupFor(state.current.env, state.current.envComplete);
        const body = lexWord(heredoc.content, lookup, { escape: '\\', skipProcessQuotes: true });
        results.push(recordExpansion(state.current, body));
      }
      return results;
    }
    case 'WORKDIR': {
      const result = expandRecorded(state.current, line.rest, escapeChar);
      if (!state.current.workdirSet) update(state, { workdirSet: true });
      return [result];
    }
    case 'USER':
    case 'STOPSIGNAL':
      return [expandRecorded(state.current, line.rest, escapeChar)];
    case 'VOLUME':
      return volumePaths(line, instruction).map((path) => expandRecorded(state.current, path, escapeChar));
    case 'RUN':
      return flagValues(line, 'mount').flatMap((mount) =>
        mount
          .split(',')
          .filter((field) => field.includes('='))
          .map((field) => expandRecorded(state.current, field.slice(field.indexOf('=') + 1), escapeChar)),
      );
    case 'SHELL':
      if (instruction.json && instruction.json.length > 0 && !state.current.shellSet) update(state, { shellSet: true });
      return NO_EXPANSIONS;
    default:
      return NO_EXPANSIONS;
  }
}

/** BuildKit's dispatchArg. */
function dispatchArg(line: LogicalLine, state: LiveState, global: GlobalScope, ctx: CheckContext): Expansion[] {
  const buildArgValues = ctx.options.buildArgs ?? {};
  const results: Expansion[] = [];
  for (const arg of argDeclarations(line)) {
    const hasValue = Object.prototype.hasOwnProperty.call(buildArgValues, arg.key);
    let value: string | null | undefined;
    if (hasValue) {
      value = buildArgValues[arg.key];
    } else if (arg.value !== null) {
      const result = expandIn(state.current, arg.value, ctx.analysis.escapeChar);
      results.push(recordExpansion(state.current, result));
      value = result.result;
    } else if (global.env.has(arg.key)) {
      value = global.env.get(arg.key);
    }
    if (value !== undefined && !NON_ENV_ARGS.has(arg.key)) setArg(state, arg.key, value);
    declareArg(state, arg.key);
  }
  return results;
}
