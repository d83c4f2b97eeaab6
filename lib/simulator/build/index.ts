/**
 * build(): a simulated `docker build` (BuildKit via buildx 0.25+, docker driver).
 * Everything about the Dockerfile comes from one analyze() call; the simulator adds the
 * build context, the build cache, the image store and BuildKit's output.
 */
import { analyze } from '@/lib/engine/analyze';
import type { Analysis, Diagnostic, ImageConfig, Stage, Step } from '@/lib/engine/types';
import { contextFiles, matchSource, notFoundPath, selectContext, sourceChecksum, byteLength, type ContextFile } from '../context';
import { copyCost, exportCost, metadataCost, runCost, WORKDIR_COST } from '../costs';
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
import { humanSize } from '../format';
import { basename, cleanPath, contextSourcePath } from '../paths';
import { normalizeTag } from '../reference';
import { digestOf, sha256Hex, unitFraction } from '../sha256';
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
import { explainMiss, previousSibling } from './explain';
import { configHistoryText, HISTORY_COMMENT, keywordsIn, mergeConfig } from './history';
import { Progress, renderPlain, renderTty, type Vertex } from './progress';
import { fromKey, parseBase, resolveImage, type ResolvedImage } from './resolve';
import { simulatedRunFailure } from './run-failure';
import { StageFs } from './stage-fs';
import { StageArgs, globalArgValues } from './vars';
import { buildWarnings, warningsSummary } from './warnings';

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
    });
    const parseFailure = this.parseFailure();
    if (parseFailure) return this.fail(parseFailure);

    const target = this.targetStage();
    if (target instanceof BuildFailure) return this.fail(target);
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
    const files = contextFiles(this.request.context);
    const insideContext = !this.dockerfilePath.startsWith('../') && !this.dockerfilePath.startsWith('/');
    if (insideContext) {
      // The Dockerfile is part of the context (docker-semantics B.2.2): COPY . . sees it.
      const existing = files.get(this.dockerfilePath);
      files.set(this.dockerfilePath, { ...(existing ?? { mode: '0644' }), path: this.dockerfilePath, content: this.request.dockerfile, size: byteLength(this.request.dockerfile), checksum: `${existing?.mode ?? '0644'}:${sha256Hex(this.request.dockerfile)}` });
    }
    let ignore: string | null;
    if (this.request.dockerignore !== undefined) ignore = this.request.dockerignore;
    else ignore = files.get(`${this.dockerfilePath}.dockerignore`)?.content ?? files.get('.dockerignore')?.content ?? null;
    this.context = selectContext(files, ignore);
    return ignore;
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

  // --- Base images ---------------------------------------------------------------------------

  private resolveExternals(built: Stage[]): BuildFailure | null {
    const wanted: Array<{ written: string; raw: string; line: number }> = [];
    for (const stage of built) {
      if (stage.baseStage === null && stage.base.toLowerCase() !== 'scratch') wanted.push({ written: stage.base, raw: stage.from.args[0]?.value ?? '', line: stage.line });
      for (const step of stage.steps) {
        const from = step.instruction.flags.find((f) => f.name === 'from')?.value;
        if ((step.keyword === 'COPY' || step.keyword === 'ADD') && from && this.stageIndexOf(from, stage.index) === null) {
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
    if (!base.pull) {
      vertex.cached = true;
      return 0;
    }
    vertex.statuses.push({ text: `resolve ${base.ref.full}@${base.pinned}` });
    for (const layer of base.image.layers) {
      const compressed = compressedSize(layer.size);
      vertex.statuses.push({ text: `${layer.digest} ${humanSize(compressed)} / ${humanSize(compressed)}`, time: downloadSeconds(layer.size) });
    }
    for (const layer of base.image.layers) vertex.statuses.push({ text: `extracting ${layer.digest}`, time: extractSeconds(layer.size) });
    vertex.duration = pullSeconds(base);
    this.state.entries[base.key] = {
      key: base.key,
      parent: '',
      keyword: 'FROM',
      inputs: { op: base.ref.full, line: 0 },
      layerSize: 0,
      executeDuration: vertex.duration,
      created: this.now,
      lastUsed: this.now,
    };
    return vertex.duration;
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

  private stageIndexOf(ref: string, before: number): number | null {
    const lower = ref.toLowerCase();
    const byName = this.analysis.stages.findIndex((s) => s.name !== null && s.name.toLowerCase() === lower);
    if (byName !== -1) return byName;
    if (/^\d+$/.test(ref) && Number(ref) < this.analysis.stages.length) return Number(ref);
    void before;
    return null;
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
      args: new StageArgs(globals, this.buildArgs, this.analysis.escapeChar, parent?.args),
      root,
      os: root ? root.image.os : parent ? parent.os : 'scratch',
      history: parent ? [...parent.history] : root ? [...root.image.history] : [],
      layers: parent ? [...parent.layers] : root ? [...root.image.layers] : [],
      steps: [...(parent?.steps ?? []), ...stage.steps],
      finalConfig: parent?.finalConfig ?? null,
    };
    this.results.set(stage.index, result);
    const baseEnv = root?.image.config.env ?? {};
    let index = root && !parent ? 1 : 0;
    let missed: BuildStep | null = null;
    let previousConfig: ImageConfig = parent?.finalConfig ?? stage.steps[0]?.config ?? { ...(root?.image.config as ImageConfig) };

    for (const step of stage.steps) {
      const env = step.config.env;
      const vars = { ...baseEnv, ...result.args.defined(), ...env };
      const expand = (word: string) => expandWord(word, vars, { escapeChar: this.analysis.escapeChar });
      if (step.keyword === 'ARG') result.args.declare(step.instruction, env);
      if (!LAYER_KEYWORDS.has(step.keyword)) {
        if (step.history !== false) result.history.push(this.configEntry(configHistoryText(step, previousConfig, expand)));
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
    vars: Record<string, string>,
    missed: BuildStep | null,
  ): BuildStep | BuildFailure {
    const ins = step.instruction;
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
      const command = ins.heredocs.length > 0 ? ins.heredocs.map((h) => h.content).join('') : (ins.argsText ?? ins.args.map((a) => a.value).join(' '));
      const shell = step.config.shell;
      const argv = ins.json ?? (ins.heredocs.length > 0 ? [...shell, ins.argsText ?? ''] : [...shell, command]);
      const flags = ins.flags.filter((f) => !(f.name === 'mount' && /type=secret/.test(f.value ?? ''))).map((f) => `--${f.name}=${f.value ?? ''}`);
      inputs = { op: JSON.stringify(['RUN', argv, flags, ins.heredocs.map((h) => h.content)]), line: step.line, env: { ...step.config.env }, args: result.args.forRun(step.config.env), workdir, user };
      ({ duration: cost, size } = runCost(command));
      historyText = `RUN ${result.args.historyPrefix(step.config.env)}${argv.join(' ')} # buildkit`;
      if (!ins.json) {
        const found = simulatedRunFailure(command, shell, workdir, result.fs, result.os);
        if (found) failure = { ...found, command: argv.join(' ') };
      }
      afterExecute = () => result.fs.addRun(digestOf(result.lastKey, inputs.op));
    } else if (step.keyword === 'WORKDIR') {
      inputs = { op: JSON.stringify(['WORKDIR', workdir]), line: step.line, user };
      cost = WORKDIR_COST;
      size = 0;
      historyText = `WORKDIR ${workdir}`;
    } else {
      const copy = this.copyInputs(stage, step, result, expand, label);
      if (copy instanceof BuildFailure) return copy;
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
    this.state.entries[key] = {
      key,
      parent: result.lastKey,
      keyword: step.keyword,
      inputs,
      layerSize: size,
      executeDuration: cost,
      created,
      lastUsed: this.now,
      base: result.root?.ref.full,
    } satisfies CacheEntry;
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
    const sibling = previousSibling(this.state, parent, step.keyword);
    if (!sibling && root) {
      const before = Object.values(this.state.entries)
        .filter((e) => e.keyword === step.keyword && e.inputs.op === inputs.op && e.base && e.base !== root.ref.full)
        .sort((a, b) => b.lastUsed - a.lastUsed)[0];
      if (before?.base) {
        return { kind: 'base-changed', text: `base image changed (${familiar(before.base)} → ${familiar(root.ref.full)})` };
      }
    }
    return explainMiss(sibling, inputs, step.line);
  }

  /** COPY/ADD: what is copied, its checksum, and how it lands in the stage's file system. */
  private copyInputs(
    stage: Stage,
    step: Step,
    result: StageResult,
    expand: (word: string) => string,
    label: string,
  ): { inputs: StepInputs; bytes: number; count: number; history: string; apply: () => void } | BuildFailure {
    const ins = step.instruction;
    const flag = (name: string) => ins.flags.find((f) => f.name === name)?.value ?? undefined;
    const words = (ins.json ?? ins.args.map((a) => a.value)).map((w) => (ins.json ? w : expand(w)));
    const dest = words.length > 0 ? words[words.length - 1] : '';
    const sources = words.slice(0, -1);
    const workdir = step.config.workdir;
    const destination = dest.startsWith('/') ? dest : cleanPath(`${workdir}/${dest}`) + (dest.endsWith('/') ? '/' : '');
    const heredocs = new Map(ins.heredocs.map((h) => [h.name, h.content]));
    const heredocOf = (src: string) => {
      const m = /^\d*<<-?["']?([^"']+)["']?$/.exec(src);
      return m && heredocs.has(m[1]) ? m[1] : null;
    };
    const keyFlags = ['chown', 'chmod', 'link', 'parents', 'exclude', 'checksum', 'keep-git-dir']
      .map((n) => [n, flag(n)] as const)
      .filter(([, v]) => v !== undefined);
    // A destination is a directory when it says so ("dir/", "."), is the WORKDIR or holds
    // files already, or when several sources (or a wildcard) are copied.
    const destIsDir =
      dest.endsWith('/') ||
      dest === '.' ||
      dest.endsWith('/.') ||
      destination === cleanPath(workdir) ||
      result.fs.under(destination).some((f) => f.relative !== basename(destination)) ||
      sources.length > 1 ||
      sources.some((s) => /[*?[]/.test(s));
    const placed: Array<{ path: string; checksum: string; mode: string; size: number }> = [];
    const files: Record<string, string> = {};
    const checksums: string[] = [];
    let bytes = 0;
    let count = 0;
    let sourceSum: string | undefined;
    const from = flag('from');
    const chmod = flag('chmod');
    const place = (relative: string, isDir: boolean, baseName: string, file: { checksum: string; mode: string; size: number }) => {
      const target = isDir || destIsDir ? `${destination}/${isDir ? relative : baseName}` : destination;
      const mode = chmod && /^[0-7]{3,4}$/.test(chmod) ? chmod.padStart(4, '0') : file.mode;
      placed.push({ path: cleanPath(target), checksum: file.checksum, mode, size: file.size });
    };

    for (const src of sources) {
      const heredoc = heredocOf(src);
      if (heredoc !== null) {
        const content = heredocs.get(heredoc)!;
        checksums.push(sha256Hex(`heredoc|${content}`));
        const size = byteLength(content);
        placed.push({ path: cleanPath(destIsDir ? `${destination}/${heredoc}` : destination), checksum: `0644:${sha256Hex(content)}`, mode: '0644', size });
        bytes += size;
        count++;
        continue;
      }
      if (from === undefined && step.keyword === 'ADD' && /^(https?:\/\/|git@)/.test(src)) {
        checksums.push(sha256Hex(`url|${src}`));
        const size = Math.round(100_000 + unitFraction(src) * 5_000_000);
        placed.push({ path: cleanPath(destIsDir ? `${destination}/${src.split('/').pop()}` : destination), checksum: `0644:${sha256Hex(src)}`, mode: '0600', size });
        bytes += size;
        count++;
        continue;
      }
      if (from === undefined) {
        const matches = matchSource(this.context, src);
        if (matches === null) return this.copyNotFound(stage, step, notFoundPath(src), label);
        checksums.push(sourceChecksum(matches));
        for (const m of matches) {
          for (const f of m.files) {
            files[f.file.path] = f.file.checksum;
            this.useContextFile(f.file);
            place(f.relative, m.isDir, basename(f.file.path), f.file);
            bytes += f.file.size;
            count++;
          }
        }
        continue;
      }
      // --from: another stage (content-based checksum) or an image.
      const stageIndex = this.stageIndexOf(expand(from), stage.index);
      if (stageIndex !== null) {
        const other = this.analysis.stages[stageIndex];
        // These checks run before BuildKit drops the name of a lone stage.
        const current = stage.name?.toLowerCase() ?? `stage-${stage.index}`;
        if (stageIndex === stage.index) return new BuildFailure(solveError(`circular dependency detected on stage: ${current}`));
        if (stageIndex > stage.index) {
          return new BuildFailure(solveError(`cannot copy from stage "${from}", it needs to be defined before current stage "${current}"`));
        }
        const sourceStage = this.results.get(other.index);
        const path = cleanPath('/' + contextSourcePath(src));
        const selected = sourceStage?.fs.copyChecksum(path);
        if (!selected) return this.copyNotFound(stage, step, path, label);
        checksums.push(selected.checksum);
        for (const f of selected.files) place(f.relative, selected.files.length > 1 || f.relative !== basename(path), basename(path), f.file);
        const known = selected.files.reduce((sum, f) => sum + f.file.size, 0);
        const opaque = selected.opaque ? Math.round(2_000_000 + unitFraction(selected.checksum) * 18_000_000) : 0;
        bytes += known + opaque;
        count += Math.max(1, selected.files.length);
        if (selected.opaque) result.fs.tokens.push(sha256Hex(`copied|${selected.checksum}|${destination}`));
        continue;
      }
      const image = this.externalFor(expand(from));
      checksums.push(sha256Hex(`image|${image?.image.id ?? from}|${src}`));
      result.fs.tokens.push(sha256Hex(`image|${image?.image.id ?? from}|${src}|${destination}`));
      bytes += Math.round(1_000 + unitFraction(`${from}|${src}`) * 2_000_000);
      count++;
    }
    if (from !== undefined) sourceSum = sha256Hex(JSON.stringify(checksums));

    const op = JSON.stringify([step.keyword, keyFlags, sources, destination, [...heredocs.values()]]);
    const inputs: StepInputs = { op, line: step.line };
    if (from === undefined) inputs.files = files;
    else inputs.sourceChecksum = sourceSum;

    let history = step.keyword;
    if (flag('parents') !== undefined) history += ' --parents';
    if (flag('chown')) history += ` --chown=${flag('chown')}`;
    if (chmod) history += ` --chmod=${chmod}`;
    for (const src of sources) history += ` ${heredocOf(src) !== null ? '<<' + heredocOf(src) : src}`;
    history += ` ${dest} # buildkit`;
    return {
      inputs,
      bytes,
      count,
      history,
      apply: () => {
        for (const p of placed) result.fs.put(p.path, { checksum: p.checksum, mode: p.mode, size: p.size });
      },
    };
  }

  private copyNotFound(stage: Stage, step: Step, path: string, label: string): BuildFailure {
    const ref = fakeRefId(`${JSON.stringify([...this.context.keys()])}|${path}`);
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
    const config = dockerfileConfig
      ? mergeConfig(result.root?.image.config ?? null, dockerfileConfig, keywordsIn(result.steps))
      : scratchConfig();
    const id = digestOf('image', JSON.stringify(config), JSON.stringify(result.layers.map((l) => l.digest)), JSON.stringify(result.history.map((h) => [h.createdBy, h.emptyLayer])));
    const newBytes = this.steps.filter((s) => s.status === 'EXECUTED').reduce((sum, s) => sum + s.layerSize, 0);
    const vertex = this.progress.start('exporting to image');
    const anyExecuted = this.steps.some((s) => s.status === 'EXECUTED');
    vertex.statuses.push({ text: 'exporting layers', time: anyExecuted ? exportCost(newBytes) : undefined });
    vertex.statuses.push({ text: `writing image ${id}` });
    for (const tag of tags) vertex.statuses.push({ text: `naming to ${tag}` });
    vertex.duration = anyExecuted ? exportCost(newBytes) : 0;

    const size = result.layers.reduce((sum, l) => sum + l.size, 0);
    const existing = this.state.images[id];
    const image = {
      id,
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

/** The step text as BuildKit shows it: keyword upper-cased, ENV and ARG values expanded. */
function displayText(step: Step, vars: Record<string, string>, escapeChar: string): string {
  const text = step.text.split('\n')[0];
  const space = text.search(/\s/);
  const upper = space === -1 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
  let shown = expandWord(upper, vars, { rawQuotes: true, skipUnset: true, escapeChar });
  if (step.keyword === 'RUN' && step.instruction.heredocs.length > 0) {
    const lines = step.instruction.heredocs[0].content.trim().split('\n');
    shown += ` (${lines[0]}${lines.length > 1 ? '...' : ''})`;
  }
  return shown;
}

/** Registries send gzip layers: roughly 38% of the unpacked size for these images. */
function compressedSize(size: number): number {
  return Math.round(size * 0.38);
}

function downloadSeconds(size: number): number {
  return Math.max(0.1, tenths(compressedSize(size) / 40_000_000));
}

function extractSeconds(size: number): number {
  return Math.max(0.1, tenths(size / 150_000_000));
}

/** A pull: resolve, then download and extract every layer. */
function pullSeconds(base: ResolvedImage): number {
  const layers = base.image.layers;
  return tenths(0.5 + layers.reduce((sum, l) => sum + downloadSeconds(l.size) + extractSeconds(l.size), 0));
}

/** FROM scratch with nothing else: BuildKit's defaults (docker-semantics A.1). */
function scratchConfig(): ImageConfig {
  return {
    workdir: '/',
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    exposedPorts: [],
    cmd: null,
    entrypoint: null,
    user: '',
    labels: {},
    volumes: [],
    stopSignal: null,
    shell: ['/bin/sh', '-c'],
    healthcheck: null,
    onbuild: [],
  };
}

function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

function previousStepReason(first: BuildStep): CacheMissReason {
  return { kind: 'previous-step', text: `an earlier step (${first.label}) executed, so every later step in the stage executes` };
}

function familiar(full: string): string {
  return full.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

/** BuildKit util/suggest (case-sensitive for stage names): the closest at distance < 3. */
export function suggest(value: string, options: string[]): string | null {
  let best: string | null = null;
  let min = 3;
  for (const option of options) {
    if (option === value) return null;
    const d = levenshtein(value, option);
    if (d < min) {
      min = d;
      best = option;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
