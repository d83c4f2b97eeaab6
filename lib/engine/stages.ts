/**
 * Builds stages and steps: the base of each stage, the config after every step,
 * which steps add layers, and which stages BuildKit actually builds.
 */
import type { AnalyzeOptions, ImageConfig, Instruction, Stage, Step } from './types';
import { applyInstruction, emptyState, imageConfigOf, inheritedState, scratchState, type ConfigState, type StageState, type StepOutcome } from './config';
import { GlobalScope, StageScope, baseImageEnv } from './scope';
import { summarize } from './summary';
import { fromBaseStage, fromFlagStage, stageNameTable } from '@/lib/docker/stage-ref';

/**
 * The config after a step, as the step exposes it: built from the persistent state the first
 * time a step's `config` is read, and shared by consecutive steps whose state is the same
 * object (a step that changed nothing shares the previous step's config object).
 */
class ConfigCell {
  private view: ImageConfig | null = null;

  constructor(readonly state: ConfigState) {}

  get config(): ImageConfig {
    this.view ??= imageConfigOf(this.state);
    return this.view;
  }
}

type SummaryContext = Parameters<typeof summarize>[2];

// The summary contexts of steps without a stage reference, shared by every such step (read-only).
const NO_CONTEXT: SummaryContext = Object.freeze({ fromStageLabel: undefined, entrypointShellForm: false });
const SHELL_ENTRYPOINT: SummaryContext = Object.freeze({ fromStageLabel: undefined, entrypointShellForm: true });

/**
 * A step of a stage. `config` and `summary` are getters that build their value on first
 * read and keep it: the rules and most views read neither for most steps, and building
 * them for every step of a long Dockerfile was a large part of analyze()'s time (issue 12).
 * The step's own fields are plain data; toJSON gives the same JSON as a plain Step object.
 */
class EngineStep implements Step {
  readonly line: number;
  readonly endLine: number;
  readonly keyword: string;
  readonly text: string;
  readonly createsLayer: boolean;
  readonly instruction: Instruction;
  readonly history: boolean;
  readonly #cell: ConfigCell;
  readonly #outcome: StepOutcome;
  readonly #context: SummaryContext;
  #summary: string | null = null;

  constructor(ins: Instruction, outcome: StepOutcome, cell: ConfigCell, context: SummaryContext) {
    this.line = ins.range.line;
    this.endLine = ins.range.endLine;
    this.keyword = ins.keyword;
    this.text = ins.text;
    this.createsLayer = outcome.createsLayer;
    this.instruction = ins;
    this.history = outcome.history;
    this.#cell = cell;
    this.#outcome = outcome;
    this.#context = context;
  }

  get config(): ImageConfig {
    return this.#cell.config;
  }

  get summary(): string {
    this.#summary ??= summarize(this.instruction, this.#outcome, this.#context);
    return this.#summary;
  }

  toJSON(): Step {
    return {
      line: this.line,
      endLine: this.endLine,
      keyword: this.keyword,
      text: this.text,
      createsLayer: this.createsLayer,
      summary: this.summary,
      config: this.config,
      instruction: this.instruction,
      history: this.history,
    };
  }
}

export interface StageBuild {
  stages: Stage[];
  targetStage: number | null;
}

/** `FROM [--platform=..] image [AS name]`: the image word and the stage name. */
function fromParts(from: Instruction): { image: string; name: string | null } {
  const args = from.args;
  const image = args[0]?.value ?? '';
  const name = args.length >= 3 && args[1].value.toLowerCase() === 'as' ? args[2].value : null;
  return { image, name };
}

export function buildStages(instructions: Instruction[], escape: string, options: AnalyzeOptions): StageBuild {
  const global = new GlobalScope(options.buildArgs ?? {}, escape);
  const stages: Stage[] = [];
  const finalConfigs: ConfigState[] = [];
  const finalScopes: StageScope[] = [];
  /** Per stage: whether its ENTRYPOINT in effect at the end was written in shell form. */
  const finalShellEntrypoint: boolean[] = [];
  let shellEntrypoint = false;
  const deps: number[][] = [];
  const table = stageNameTable(instructions.filter((i) => i.keyword === 'FROM' && i.stageIndex >= 0).map((i) => fromParts(i).name));

  let current: Stage | null = null;
  let config: ConfigState = emptyState();
  /** The config of the last step, shared with the next step when it changes nothing (null at the start of a stage). */
  let cell: ConfigCell | null = null;
  let scope: StageScope | null = null;
  let state: StageState = { cmdSet: false };

  const finish = () => {
    if (current) {
      finalConfigs[current.index] = config;
      if (scope) finalScopes[current.index] = scope;
      finalShellEntrypoint[current.index] = shellEntrypoint;
    }
  };

  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      finish();
      const index = stages.length;
      const { image, name } = fromParts(ins);
      const base = global.expand(image);
      const baseStage = fromBaseStage(table.names, base, index);
      shellEntrypoint = baseStage !== null ? finalShellEntrypoint[baseStage] : false;
      // Parent ONBUILD triggers run in the child and are then cleared.
      if (baseStage !== null) config = inheritedState(finalConfigs[baseStage]);
      else if (base.toLowerCase() === 'scratch') config = scratchState();
      else config = emptyState();
      cell = null;
      current = { index, name, base, baseStage, line: ins.range.line, used: false, from: ins, steps: [] };
      stages.push(current);
      deps.push(baseStage !== null ? [baseStage] : []);
      // A stage FROM an earlier stage starts from its ARG scope (dispatchState.init).
      scope = new StageScope(
        global,
        () => config.env,
        baseStage !== null ? { scope: finalScopes[baseStage], env: finalConfigs[baseStage].env } : undefined,
        baseStage !== null ? null : baseImageEnv(base, options.baseImageEnv),
      );
      state = { cmdSet: false };
      continue;
    }
    if (!current || !scope) {
      // Before the first FROM: only ARG is allowed (global ARG, no history entry).
      if (ins.keyword === 'ARG') for (const p of ins.pairs ?? []) global.declare(p.key.value, p.value ? p.value.value : null);
      continue;
    }
    if (!ins.known) continue; // unknown instructions fail the build; they are not steps
    const outcome = applyInstruction(config, ins, scope, state);
    config = outcome.config;
    if (ins.keyword === 'ENTRYPOINT') shellEntrypoint = ins.json === null && ins.args.length > 0;
    let fromStageLabel: string | undefined;
    if (outcome.facts.from !== undefined) {
      const dep = fromFlagStage(table, outcome.facts.from, current.index);
      if (dep !== null) {
        deps[current.index].push(dep);
        const depName = table.names[dep];
        fromStageLabel = depName ? `"${depName}"` : `#${dep}`;
      }
    }
    if (cell === null || cell.state !== config) cell = new ConfigCell(config);
    const context = fromStageLabel === undefined ? (shellEntrypoint ? SHELL_ENTRYPOINT : NO_CONTEXT) : { fromStageLabel, entrypointShellForm: shellEntrypoint };
    const step = new EngineStep(ins, outcome, cell, context);
    current.steps.push(step);
  }
  finish();

  const targetStage = pickTarget(stages, options.target);
  markUsed(stages, deps, targetStage);
  return { stages, targetStage };
}

function pickTarget(stages: Stage[], target: string | undefined): number | null {
  if (stages.length === 0) return null;
  if (target !== undefined) {
    const lower = target.toLowerCase();
    const byName = stages.findIndex((s) => s.name !== null && s.name.toLowerCase() === lower);
    if (byName >= 0) return byName;
  }
  return stages.length - 1;
}

/** BuildKit builds the target and every stage it depends on (FROM, COPY --from, RUN --mount=from). */
function markUsed(stages: Stage[], deps: number[][], target: number | null): void {
  if (target === null) return;
  const queue = [target];
  stages[target].used = true;
  while (queue.length > 0) {
    const s = queue.pop() as number;
    for (const d of deps[s]) {
      if (!stages[d].used) {
        stages[d].used = true;
        queue.push(d);
      }
    }
  }
  const targetLabel = stages[target].name ? `"${stages[target].name}"` : `#${target}`;
  for (const stage of stages) {
    if (stage.used) continue;
    stage.unusedReason =
      `Not built: BuildKit builds only the target stage (${targetLabel}` +
      (target === stages.length - 1 ? ', the last one' : '') +
      ') and the stages it needs through FROM, COPY --from or RUN --mount=from, and none of them needs this stage.';
  }
}
