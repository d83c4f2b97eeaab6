/**
 * build(): a simulated `docker build` (BuildKit via buildx 0.25+, docker driver).
 * Everything about the Dockerfile comes from one analyze() call; the simulator adds the
 * build context, the build cache, the image store and BuildKit's output.
 */
import { analyze } from '@/lib/engine/analyze';
import type { Analysis, Diagnostic, ImageConfig, Stage, Step } from '@/lib/engine/types';
import { byteLength, type ContextFile } from '../context';
import { copyCost, exportCost, metadataCost, WORKDIR_COST } from '../costs';
import {
  buildxError,
  copySourceNotFound,
  copySourceNotFoundStep,
  failedStepBox,
  fakeRefId,
  invalidTag,
  processFailed,
  solveError,
  sourceSnippet,
  targetNotFound,
} from '../errors';
import { expandWord } from '../expand';
import { fromFlagError, fromFlagStage, stageNameTable, type StageNameTable } from '@/lib/docker/stage-ref';
import { humanSize } from '../format';
import { basename, cleanPath } from '../paths';
import { normalizeTag } from '@/lib/docker/reference';
import { digestOf, unitFraction } from '../sha256';
import { EXPORT_TEXT, exportDigests, exportStatuses } from './export-image';
import { cloneCache, emptyCache, storeImage } from '../store';
import type {
  BuildCache,
  BuildRequest,
  BuildResult,
  BuildStep,
  BuildWarning,
  CacheEntry,
  CacheMissReason,
  HistoryEntry,
  ImageLayer,
  ImageOs,
  StepInputs,
} from '../types';
import { planCopy, type CopyEnv } from './copy';
import { contextRefSeed, prepareBuildContext } from './prepare-context';
import { CacheIndex, explainMiss, previousSibling } from './explain';
import { configHistoryText, HISTORY_COMMENT, keywordsIn, mergeConfig } from './history';
import { Progress, renderPlain, renderTty, type Vertex } from './progress';
import { parseBase, resolveImage, type ResolvedImage } from './resolve';
import { planRun } from './run';
import { StageFs } from './stage-fs';
import { StageArgs, globalArgValues } from './vars';
import type { EnvLookup } from '@/lib/docker/shell-lex';
import { envLookup } from '@/lib/engine/config';
import { buildWarnings, warningsSummary } from './warnings';
import { displayText, familiar, previousStepReason, scratchConfig, suggest, tenths } from './util';
import { pullBase, pullSeconds } from './pull';

export { suggest } from './util';

export type ProgressMode = 'plain' | 'tty';

export interface BuildOptions {
  /** How `log` is rendered: BuildKit's plain output (default) or the final TTY frame. */
  progress?: ProgressMode;
}

/** What one built stage leaves behind for later stages and for the image. */
interface StageResult {
  name: string | null;
  fs: StageFs;
  lastKey: string;
  args: StageArgs;
  root: ResolvedImage | null;
  os: ImageOs | undefined;
  history: HistoryEntry[];
  layers: ImageLayer[];
  steps: Step[];
  finalConfig: ImageConfig | null;
  /**
   * The Config.Env of the image at the root of the stage's FROM chain (scratch's PATH for
   * scratch). The engine's step configs hold only what the Dockerfile's ENVs set, expanded with
   * these values (analyze's baseImageEnv option); the build state's env is both, this first.
   */
  baseEnv: Readonly<Record<string, string>>;
}

/** The build state's env after a step: the base image's, then the Dockerfile's ENVs (BuildKit's addEnv keeps a replaced name in place). */
function stateEnv(baseEnv: Readonly<Record<string, string>>, config: ImageConfig): Record<string, string> {
  return { ...baseEnv, ...config.env };
}

/** stateEnv read by name, without building the record (a step of an ENV-heavy file reads a few names). */
function stateEnvLookup(baseEnv: Readonly<Record<string, string>>, config: ImageConfig | null): EnvLookup {
  const dockerfile = config ? envLookup(config) : null;
  return (name) => dockerfile?.(name) ?? (Object.prototype.hasOwnProperty.call(baseEnv, name) ? baseEnv[name] : undefined);
}

class BuildFailure {
  constructor(
    /** The error after "ERROR: failed to build: ". */
    readonly error: string,
    /** Lines for the Dockerfile snippet, when BuildKit prints one. */
    readonly lines?: { start: number; end: number },
    /** The "------ > label: ... ------" box of a failed vertex. */
    readonly box?: string,
  ) {}
}

const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function build(request: BuildRequest, cache?: BuildCache, options: BuildOptions = {}): BuildResult {
  const start = cache ?? emptyCache();
  try {
    return new BuildRun(request, start, options).run();
  } catch (e) {
    // The simulator must never throw at a learner; report it like an internal BuildKit error.
    const message = e instanceof Error ? e.message : String(e);
    const error = buildxError(solveError(`internal simulator error: ${message}`));
    return { ok: false, steps: [], log: error, error, cache: start, totalTime: 0, savedTime: 0, warnings: [] };
  }
}

class BuildRun {
  private readonly state: BuildCache;
  /** Cache entries by parent and by operation, made on the first cache miss (./explain.ts). */
  private cacheIndex: CacheIndex | null = null;
  private readonly now: number;
  private readonly progress = new Progress();
  private readonly steps: BuildStep[] = [];
  private readonly results = new Map<number, StageResult>();
  private readonly buildArgs: Record<string, string>;
  private readonly dockerfileName: string;
  private readonly dockerfilePath: string;
  private analysis!: Analysis;
  private context = new Map<string, ContextFile>();
  private contextVertex: Vertex | null = null;
  private readonly contextUsed = new Map<string, number>();
  private readonly externals = new Map<string, ResolvedImage>();
  private warnings: BuildWarning[] = [];
  private definitionVertex!: Vertex;
  private stageNames: StageNameTable | null = null;

  constructor(
    private readonly request: BuildRequest,
    cache: BuildCache,
    private readonly options: BuildOptions,
  ) {
    this.state = cloneCache(cache);
    this.now = request.now ?? this.state.clock;
    this.buildArgs = { ...(request.buildArgs ?? {}) };
    this.dockerfilePath = cleanPath(request.dockerfilePath ?? 'Dockerfile');
    this.dockerfileName = basename(this.dockerfilePath);
  }

  run(): BuildResult {
    const tags: string[] = [];
    for (const tag of this.request.tags ?? []) {
      const parsed = normalizeTag(tag);
      if (!parsed.ok) return this.finishEarly(buildxError(invalidTag(tag, parsed.error)));
      tags.push(parsed.ref.full);
    }
    const ignore = this.prepareContext();

    this.definitionVertex = this.progress.start(`[internal] load build definition from ${this.dockerfileName}`);
    this.definitionVertex.statuses.push({ text: `transferring dockerfile: ${humanSize(byteLength(this.request.dockerfile))}` });
    if (this.request.dockerfile === '') return this.fail(new BuildFailure(solveError('the Dockerfile cannot be empty')));

    this.analysis = analyze(this.request.dockerfile, {
      dockerignore: ignore ?? undefined,
      buildArgs: this.buildArgs,
      target: this.request.target,
      // The images' own env, so the step configs expand what a base image sets (WORKDIR
      // /opt/$NODE_VERSION, LABEL v=$PYTHON_VERSION) with its values, as BuildKit does.
      baseImageEnv: (image) => this.baseImageEnv(image),
    });
    const parseFailure = this.parseFailure();
    if (parseFailure) return this.fail(parseFailure);

    const target = this.targetStage();
    if (target instanceof BuildFailure) return this.fail(target);
    const fromError = this.fromFlagFailure();
    if (fromError) return this.fail(fromError);
    const built = this.analysis.stages.filter((s) => s.used);
    this.warnings = buildWarnings(this.analysis, new Set(built.map((s) => s.index)));
    const lint = this.lintFailure();
    if (lint) return this.fail(lint);

    const resolved = this.resolveExternals(built);
    if (resolved) return this.fail(resolved);

    const ignoreVertex = this.progress.start('[internal] load .dockerignore');
    ignoreVertex.statuses.push({ text: `transferring context: ${humanSize(ignore === null ? 2 : byteLength(ignore))}` });
    this.fromVertices(built);
    const usesContext = built.some((s) => s.steps.some((st) => (st.keyword === 'COPY' || st.keyword === 'ADD') && !st.instruction.flags.some((f) => f.name === 'from')));
    if (usesContext) this.contextVertex = this.progress.start('[internal] load build context');

    for (const stage of built) {
      const failure = this.buildStage(stage);
      if (failure) return this.fail(failure);
    }
    return this.export(this.analysis.stages[target], tags);
  }

  // --- Context -----------------------------------------------------------------------------

  /** Files that reach the builder; returns the ignore file in use. */
  private prepareContext(): string | null {
    const prepared = prepareBuildContext({ ...this.request, dockerfilePath: this.dockerfilePath });
    this.context = prepared.selected;
    return prepared.ignore;
  }

  private useContextFile(file: ContextFile): void {
    this.contextUsed.set(file.path, file.size);
    if (!this.contextVertex) this.contextVertex = this.progress.start('[internal] load build context');
  }

  // --- Errors before the build -------------------------------------------------------------

  private parseFailure(): BuildFailure | null {
    const failing = this.analysis.diagnostics
      .filter((d) => d.severity === 'error' && d.dockerMessage)
      .sort((a, b) => a.line - b.line)[0];
    if (failing) return new BuildFailure(solveError(failing.dockerMessage!), this.snippetLines(failing));
    if (this.analysis.stages.length === 0) {
      const message = this.analysis.instructions.length === 0 ? 'file with no instructions' : 'no build stage in current context';
      return new BuildFailure(solveError(message));
    }
    return null;
  }

  /** BuildKit marks the whole instruction (all its lines) in the snippet. */
  private snippetLines(d: Diagnostic): { start: number; end: number } | undefined {
    if (!d.dockerMessage?.startsWith('dockerfile parse error') && d.dockerMessage !== 'no build stage in current context') return undefined;
    const ins = this.analysis.instructions.find((i) => i.range.line <= d.line && d.line <= i.range.endLine);
    return ins ? { start: ins.range.line, end: ins.range.endLine } : { start: d.line, end: d.line };
  }

  private targetStage(): number | BuildFailure {
    const stages = this.analysis.stages;
    const requested = this.request.target;
    if (requested === undefined || requested === '') return this.analysis.targetStage ?? stages.length - 1;
    const index = stages.findIndex((s) => s.name !== null && s.name.toLowerCase() === requested.toLowerCase());
    if (index === -1) {
      const names = stages.filter((s) => s.name !== null).map((s) => s.name!.toLowerCase());
      return new BuildFailure(targetNotFound(requested, suggest(requested, names)));
    }
    return index;
  }

  /** `# check=error=true`: build checks become errors and stop the build. */
  private lintFailure(): BuildFailure | null {
    const rules = new Set<string>();
    for (const d of this.analysis.diagnostics) {
      if (d.buildkitCheck && d.severity === 'error' && this.warnings.some((w) => w.line === d.line && w.rule === d.buildkitCheck)) rules.add(d.buildkitCheck);
    }
    return rules.size > 0 ? new BuildFailure(solveError(`lint violation found for rules: ${[...rules].join(', ')}`)) : null;
  }

  /**
   * buildStageDependencyGraph runs toCommand on every COPY of every stage before any base
   * image is resolved: a `--from` with a variable or quotes, or an index past the last stage,
   * fails the build there (lib/docker/stage-ref.ts fromFlagError), without a source snippet.
   */
  private fromFlagFailure(): BuildFailure | null {
    const count = this.analysis.stages.length;
    for (const stage of this.analysis.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== 'COPY') continue;
        const from = step.instruction.flags.find((f) => f.name === 'from')?.value;
        if (!from) continue;
        const error = fromFlagError(from, count, this.analysis.escapeChar);
        if (error) return new BuildFailure(solveError(error));
      }
    }
    return null;
  }

  // --- Base images ---------------------------------------------------------------------------

  private resolveExternals(built: Stage[]): BuildFailure | null {
    const wanted: Array<{ written: string; raw: string; line: number }> = [];
    for (const stage of built) {
      if (stage.baseStage === null && stage.base.toLowerCase() !== 'scratch') wanted.push({ written: stage.base, raw: stage.from.args[0]?.value ?? '', line: stage.line });
      for (const step of stage.steps) {
        const from = step.instruction.flags.find((f) => f.name === 'from')?.value;
        if ((step.keyword === 'COPY' || step.keyword === 'ADD') && from && this.stageIndexOf(from) === null) {
          wanted.push({ written: this.expandFor(stage, from), raw: from, line: step.line });
        }
      }
    }
    for (const { written, raw, line } of wanted) {
      if (written === '') return new BuildFailure(solveError(`base name (${raw}) should not be blank`), { start: line, end: line });
      const parsed = parseBase(written);
      if (!parsed.ok) return new BuildFailure(solveError(parsed.error), { start: line, end: line });
      if (this.externals.has(parsed.ref.full)) continue;
      const vertex = this.progress.start(`[internal] load metadata for ${parsed.ref.full}`);
      vertex.duration = metadataCost(parsed.ref.full);
      const resolution = resolveImage(this.state, written, parsed.ref);
      if (!resolution.ok) {
        vertex.error = resolution.vertexError;
        return new BuildFailure(resolution.error, { start: line, end: line }, failedStepBox(vertex.name, []));
      }
      this.externals.set(parsed.ref.full, resolution.resolved);
    }
    return null;
  }

  /** The Config.Env of the image a FROM names, from the image store or the registry; null when neither has it. */
  private baseImageEnv(written: string): Readonly<Record<string, string>> | null {
    const parsed = parseBase(written);
    if (!parsed.ok) return null;
    const resolution = resolveImage(this.state, written, parsed.ref);
    return resolution.ok ? resolution.resolved.image.config.env : null;
  }

  private externalFor(written: string): ResolvedImage | undefined {
    const parsed = parseBase(written);
    return parsed.ok ? this.externals.get(parsed.ref.full) : undefined;
  }

  /** One FROM vertex per base image: pulled (layers downloaded) or CACHED. */
  private fromVertices(built: Stage[]): void {
    const shown = new Set<string>();
    for (const stage of built) {
      const base = stage.baseStage === null && stage.base.toLowerCase() !== 'scratch' ? this.externalFor(stage.base) : undefined;
      if (!base) continue;
      const label = this.label(stage, 1, `FROM ${base.ref.full}@${base.pinned}`);
      const first = !shown.has(base.ref.full);
      shown.add(base.ref.full);
      let duration = 0;
      if (first) duration = this.pullInto(this.progress.start(label), base);
      this.steps.push({
        stage: this.stageName(stage),
        stageIndex: stage.index,
        line: stage.line,
        label,
        keyword: 'FROM',
        status: 'BASE',
        cacheKey: base.key,
        duration,
        executeDuration: pullSeconds(base),
        pulled: base.pull && first,
        layerSize: 0,
      });
    }
    for (const step of this.analysis.stages.flatMap((s) => (s.used ? s.steps : []))) {
      const from = step.instruction.flags.find((f) => f.name === 'from')?.value;
      if (!from) continue;
      const image = this.externalFor(from);
      if (image && !shown.has(image.ref.full)) {
        shown.add(image.ref.full);
        this.pullInto(this.progress.start(`FROM ${image.ref.full}@${image.pinned}`), image);
      }
    }
  }

  private pullInto(vertex: Vertex, base: ResolvedImage): number {
    return pullBase(vertex, base, this.state, this.now);
  }

  // --- Stages and steps ----------------------------------------------------------------------

  private stageName(stage: Stage): string | null {
    if (this.analysis.stages.length === 1) return null;
    return stage.name ? stage.name.toLowerCase() : `stage-${stage.index}`;
  }

  /** prefixCommand: "[<stage> <i>/<N>] <text>", i right-aligned to N's width. */
  private label(stage: Stage, index: number, text: string): string {
    const total = this.stepTotal(stage);
    if (total === 0) return text;
    const width = Math.floor(1 + Math.log10(total));
    const name = this.stageName(stage);
    return `[${name ? name + ' ' : ''}${String(index).padStart(width)}/${total}] ${text}`;
  }

  /** cmdTotal: FROM of an image (not scratch, not another stage) + RUN, COPY, ADD, WORKDIR. */
  private stepTotal(stage: Stage): number {
    const fromImage = stage.baseStage === null && stage.base.toLowerCase() !== 'scratch' ? 1 : 0;
    return fromImage + stage.steps.filter((s) => LAYER_KEYWORDS.has(s.keyword)).length;
  }

  /** The stage `--from=<ref>` names (lib/docker/stage-ref.ts), else null (an image). */
  private stageIndexOf(ref: string): number | null {
    this.stageNames ??= stageNameTable(this.analysis.stages.map((s) => s.name));
    return fromFlagStage(this.stageNames, ref, -1);
  }

  private expandFor(stage: Stage, word: string): string {
    const env = stage.steps[0]?.config.env ?? {};
    return expandWord(word, env, { escapeChar: this.analysis.escapeChar });
  }

  private buildStage(stage: Stage): BuildFailure | null {
    const globals = globalArgValues(this.analysis, this.buildArgs);
    const parent = stage.baseStage !== null ? this.results.get(stage.baseStage) : undefined;
    const root = parent ? parent.root : stage.base.toLowerCase() === 'scratch' ? null : (this.externalFor(stage.base) ?? null);
    const result: StageResult = {
      name: this.stageName(stage),
      fs: parent ? parent.fs.clone() : new StageFs(root ? root.image.id : null),
      lastKey: parent ? parent.lastKey : root ? root.key : digestOf('scratch'),
      args: new StageArgs(globals, this.buildArgs, this.analysis.escapeChar, parent?.args, parent ? stateEnvLookup(parent.baseEnv, parent.finalConfig) : undefined),
      root,
      os: root ? root.image.os : parent ? parent.os : 'scratch',
      history: parent ? [...parent.history] : root ? [...root.image.history] : [],
      layers: parent ? [...parent.layers] : root ? [...root.image.layers] : [],
      steps: [...(parent?.steps ?? []), ...stage.steps],
      finalConfig: parent?.finalConfig ?? null,
      baseEnv: parent ? parent.baseEnv : root ? root.image.config.env : scratchConfig().env,
    };
    this.results.set(stage.index, result);
    let index = root && !parent ? 1 : 0;
    let missed: BuildStep | null = null;
    // The config before each step; before the first: the parent stage's, the base image's, or scratch's.
    let previousConfig: ImageConfig = parent?.finalConfig ?? (root ? root.image.config : scratchConfig());

    for (const step of stage.steps) {
      // The env a step's words expand against: the image config's before the step (base image,
      // then ENV; an ENV's own values do not see each other) with the ARG values set after it
      // (lib/docker/arg-scope.ts), read by name: no copy of the env per step (issue 12).
      const configEnv = stateEnvLookup(result.baseEnv, previousConfig);
      const vars = result.args.lookup(configEnv);
      const expand = (word: string) => expandWord(word, vars, { escapeChar: this.analysis.escapeChar });
      if (!LAYER_KEYWORDS.has(step.keyword)) {
        // The history text expands with the variables before this ENV or ARG takes effect.
        const text = step.history !== false ? configHistoryText(step, previousConfig, expand) : null;
        if (step.keyword === 'ENV') result.args.setEnv(step.instruction, configEnv);
        if (step.keyword === 'ARG') result.args.declare(step.instruction, configEnv);
        if (text !== null) result.history.push(this.configEntry(text));
        previousConfig = step.config;
        continue;
      }
      if (step.keyword === 'WORKDIR' && step.config.workdir === '/') {
        // Counted in N, but no operation and no vertex (dispatchWorkdir skips "/").
        result.history.push(this.configEntry('WORKDIR /'));
        previousConfig = step.config;
        continue;
      }
      index++;
      const outcome = this.runStep(stage, step, result, index, expand, vars, missed);
      if (outcome instanceof BuildFailure) return outcome;
      if (outcome.status === 'EXECUTED' && !missed) missed = outcome;
      previousConfig = step.config;
    }
    result.finalConfig = stage.steps.length > 0 ? stage.steps[stage.steps.length - 1].config : result.finalConfig;
    return null;
  }

  private configEntry(createdBy: string): HistoryEntry {
    return { createdBy, size: 0, emptyLayer: true, comment: HISTORY_COMMENT, created: this.now };
  }

  private runStep(
    stage: Stage,
    step: Step,
    result: StageResult,
    index: number,
    expand: (word: string) => string,
    vars: EnvLookup,
    missed: BuildStep | null,
  ): BuildStep | BuildFailure {
    const display = displayText(step, vars, this.analysis.escapeChar);
    const label = this.label(stage, index, display);
    const workdir = step.config.workdir;
    const user = step.config.user;
    let inputs: StepInputs;
    let cost: number;
    let size: number;
    let historyText: string;
    let afterExecute: (() => void) | null = null;
    let failure: { exitCode: number; output: string; command: string } | null = null;

    if (step.keyword === 'RUN') {
      const run = planRun(step, result.args, result.fs, result.os, stateEnv(result.baseEnv, step.config));
      ({ inputs, cost, size, failure } = run);
      historyText = run.history;
      afterExecute = () => result.fs.addRun(digestOf(result.lastKey, inputs.op));
    } else if (step.keyword === 'WORKDIR') {
      inputs = { op: JSON.stringify(['WORKDIR', workdir]), line: step.line, user };
      cost = WORKDIR_COST;
      size = 0;
      historyText = `WORKDIR ${workdir}`;
    } else {
      const copy = planCopy(this.copyEnv(), stage, step, result.fs, expand);
      if ('problem' in copy) {
        if (copy.problem === 'error') return new BuildFailure(solveError(copy.message));
        return this.copyNotFound(stage, step, copy.path, label);
      }
      for (const file of copy.used) this.useContextFile(file);
      inputs = copy.inputs;
      cost = copyCost(copy.bytes, copy.count);
      size = copy.bytes;
      historyText = copy.history;
      afterExecute = copy.apply;
    }

    const key = digestOf(result.lastKey, JSON.stringify({ ...inputs, line: undefined }));
    const noCache = this.request.noCache === true && step.keyword !== 'WORKDIR';
    const entry = this.state.entries[key];
    const cached = !noCache && entry !== undefined;
    const vertex = this.progress.start(label);
    let missReason: CacheMissReason | undefined;
    if (!cached) missReason = missed ? previousStepReason(missed) : noCache ? { kind: 'no-cache', text: '--no-cache' } : this.explain(result.lastKey, step, inputs, result.root);

    if (failure && !cached) {
      const stamp = (0.1 + unitFraction(key) * 0.4).toFixed(3);
      const logLine = `${stamp} ${failure.output}`;
      vertex.logs.push(logLine);
      vertex.error = processFailed(failure.command, failure.exitCode);
      vertex.duration = Number(stamp);
      const record = this.stepRecord(stage, step, label, 'EXECUTED', key, Number(stamp), cost, size, missReason);
      record.error = vertex.error;
      this.steps.push(record);
      return new BuildFailure(solveError(vertex.error), { start: step.line, end: step.endLine }, failedStepBox(label, [logLine]));
    }

    if (cached) vertex.cached = true;
    else vertex.duration = cost;
    afterExecute?.();
    const created = cached ? entry.created : this.now;
    const stored: CacheEntry = {
      key,
      parent: result.lastKey,
      keyword: step.keyword,
      inputs,
      layerSize: size,
      executeDuration: cost,
      created,
      lastUsed: this.now,
      base: result.root?.ref.full,
    };
    this.state.entries[key] = stored;
    this.cacheIndex?.add(stored);
    result.lastKey = key;
    result.history.push({ createdBy: historyText, size, emptyLayer: false, comment: HISTORY_COMMENT, created });
    result.layers.push({ digest: digestOf('layer', key), size });
    const record = this.stepRecord(stage, step, label, cached ? 'CACHED' : 'EXECUTED', key, cached ? 0 : cost, cost, size, missReason);
    this.steps.push(record);
    return record;
  }

  private stepRecord(
    stage: Stage,
    step: Step,
    label: string,
    status: BuildStep['status'],
    cacheKey: string,
    duration: number,
    executeDuration: number,
    layerSize: number,
    missReason: CacheMissReason | undefined,
  ): BuildStep {
    const record: BuildStep = {
      stage: this.stageName(stage),
      stageIndex: stage.index,
      line: step.line,
      label,
      keyword: step.keyword,
      status,
      cacheKey,
      duration: tenths(duration),
      executeDuration: tenths(executeDuration),
      layerSize,
    };
    if (missReason) record.missReason = missReason;
    return record;
  }

  private explain(parent: string, step: Step, inputs: StepInputs, root: ResolvedImage | null): CacheMissReason {
    this.cacheIndex ??= new CacheIndex(this.state);
    const sibling = previousSibling(this.cacheIndex.children(parent), step.keyword);
    if (!sibling && root) {
      const before = this.cacheIndex
        .sameOp(step.keyword, inputs.op)
        .filter((e) => e.base && e.base !== root.ref.full)
        .sort((a, b) => b.lastUsed - a.lastUsed)[0];
      if (before?.base) {
        return { kind: 'base-changed', text: `base image changed (${familiar(before.base)} → ${familiar(root.ref.full)})` };
      }
    }
    return explainMiss(sibling, inputs, step.line);
  }

  /** COPY/ADD: what is copied, its checksum, and how it lands in the stage's file system. */
  private copyEnv(): CopyEnv {
    return {
      context: this.context,
      stageIndexOf: (ref) => this.stageIndexOf(ref),
      stageFs: (index) => this.results.get(index)?.fs,
      imageIdOf: (written) => this.externalFor(written)?.image.id,
    };
  }

  private copyNotFound(stage: Stage, step: Step, path: string, label: string): BuildFailure {
    const ref = fakeRefId(contextRefSeed(this.context, path));
    const vertex = this.progress.start(label);
    vertex.error = copySourceNotFoundStep(ref, path);
    const record = this.stepRecord(stage, step, label, 'EXECUTED', '', 0, 0, 0, undefined);
    record.error = vertex.error;
    this.steps.push(record);
    return new BuildFailure(copySourceNotFound(ref, path), { start: step.line, end: step.endLine }, failedStepBox(label, []));
  }

  // --- Export and output ---------------------------------------------------------------------

  private export(target: Stage, tags: string[]): BuildResult {
    const result = this.results.get(target.index)!;
    const dockerfileConfig = result.finalConfig ?? (result.root ? result.root.image.config : null);
    const merged = dockerfileConfig
      ? mergeConfig(result.root?.image.config ?? null, dockerfileConfig, keywordsIn(result.steps))
      : scratchConfig();
    // A copy (merged may be a step's config or the registry's).
    const config: ImageConfig = { ...merged, env: { ...merged.env } };
    const content = [JSON.stringify(config), JSON.stringify(result.layers.map((l) => l.digest)), JSON.stringify(result.history.map((h) => [h.createdBy, h.emptyLayer]))];
    // Each build is a new BuildKit job: its provenance attestation differs (./export-image.ts).
    const invocation = (this.state.builds ?? 0) + 1;
    this.state.builds = invocation;
    const digests = exportDigests(content, `${invocation}@${this.now}`);
    const id = digests.index;
    const newBytes = this.steps.filter((s) => s.status === 'EXECUTED').reduce((sum, s) => sum + s.layerSize, 0);
    const vertex = this.progress.start(EXPORT_TEXT.vertex);
    const anyExecuted = this.steps.some((s) => s.status === 'EXECUTED');
    const layersTime = anyExecuted ? exportCost(newBytes) : undefined;
    vertex.statuses.push(...exportStatuses(digests, tags, { layers: layersTime, unpack: layersTime }));
    vertex.duration = layersTime === undefined ? 0 : tenths(layersTime * 2);

    const size = result.layers.reduce((sum, l) => sum + l.size, 0);
    // A cached rebuild writes the same manifest and config (with its creation time) under a new index.
    const existing = Object.values(this.state.images).find((other) => other.manifest === digests.manifest);
    const image = {
      id,
      manifest: digests.manifest,
      tags,
      config,
      layers: result.layers,
      history: result.history,
      size,
      created: existing?.created ?? this.now,
      base: result.root?.ref.full ?? 'scratch',
      os: result.os,
    };
    storeImage(this.state, image);
    this.finishContextVertex();
    const { totalTime, savedTime } = this.times();
    this.state.clock = Math.max(this.state.clock, this.now + totalTime);
    const body = this.render(totalTime);
    const summary = warningsSummary(this.warnings);
    return {
      ok: true,
      steps: this.steps,
      // printWarnings starts with "\n ": a blank line, then " N warnings found".
      log: summary ? `${body}\n\n${summary}` : body,
      image: { ...image, tags: [...tags] },
      cache: this.state,
      totalTime,
      savedTime,
      warnings: this.warnings,
    };
  }

  private finishContextVertex(): void {
    if (!this.contextVertex) return;
    const bytes = [...this.contextUsed.values()].reduce((a, b) => a + b, 0);
    this.contextVertex.statuses = [{ text: `transferring context: ${humanSize(bytes)}` }];
    this.contextVertex.duration = Math.round((bytes / 50_000_000) * 10) / 10;
  }

  private times(): { totalTime: number; savedTime: number } {
    const total = this.progress.vertices.reduce((sum, v) => sum + (v.cached ? 0 : v.duration), 0);
    const saved = this.steps.filter((s) => s.status === 'CACHED').reduce((sum, s) => sum + s.executeDuration, 0);
    return { totalTime: Math.round(total * 10) / 10, savedTime: Math.round(saved * 10) / 10 };
  }

  private render(totalTime: number): string {
    this.definitionVertex.warnings = this.warnings.map((w) => `${w.rule}: ${w.message} (line ${w.line})`);
    if (this.options.progress === 'tty') return renderTty(this.progress.vertices, totalTime);
    return renderPlain(this.progress.vertices);
  }

  private fail(failure: BuildFailure): BuildResult {
    this.finishContextVertex();
    const { totalTime, savedTime } = this.times();
    const parts = [this.render(totalTime)];
    if (failure.box) parts.push(failure.box);
    const summary = warningsSummary(this.warnings);
    if (summary) parts.push(`\n${summary}`);
    const snippet = failure.lines ? sourceSnippet(this.dockerfileName, this.request.dockerfile, failure.lines.start, failure.lines.end) : '';
    if (snippet) parts.push(snippet);
    const error = buildxError(failure.error);
    parts.push(error);
    return { ok: false, steps: this.steps, log: parts.join('\n'), error, cache: this.state, totalTime, savedTime, warnings: this.warnings };
  }

  /** Errors the client reports before any build step (no progress output). */
  private finishEarly(error: string): BuildResult {
    return { ok: false, steps: [], log: error, error, cache: this.state, totalTime: 0, savedTime: 0, warnings: [] };
  }
}

