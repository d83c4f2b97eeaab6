/**
 * What the workbench draws, derived from an Analysis. The analysis of a long Dockerfile is large
 * (every step carries a full copy of the image config), so the worker sends this slim model to the
 * page instead: everything the problems list, the layer view and the image card need, nothing else.
 */
import type { Analysis, Diagnostic, Instruction, Range, Stage, Step } from '@/lib/engine/types';
import { imageSummary, stageLabel, type ImageSummary } from './image-card';
import { sortDiagnostics } from './markers';
import { fromFlagStage, stageNameTable, type StageNameTable } from '@/lib/docker/stage-ref';

export interface LayerItem {
  /** Stable within one model: "<stage>.<step>". */
  key: string;
  stageIndex: number;
  keyword: string;
  line: number;
  endLine: number;
  /** A filesystem layer, or a change to the image config only (drawn as a thin tag). */
  kind: 'layer' | 'config';
  summary: string;
  /** The instruction on one line, shortened. */
  label: string;
  /** `COPY --from=<ref>`: the stage it reads from (null when <ref> is an image, not a stage). */
  copyFrom: { ref: string; stageIndex: number | null } | null;
  /** COPY/ADD from the build context, when the project is known: the context files it copies. */
  copies?: string[];
}

export interface StageView {
  index: number;
  name: string | null;
  label: string;
  base: string;
  baseStage: number | null;
  line: number;
  /** Last line of the FROM instruction (it may continue over several lines). */
  fromEndLine: number;
  /** Last line of the stage's last instruction. */
  endLine: number;
  used: boolean;
  unusedReason: string | null;
  /** The stage `docker build` produces. */
  isFinal: boolean;
  items: LayerItem[];
  layerCount: number;
}

/** Where each instruction's keyword and flags are, for hovers and completion. */
export interface InstructionOutline {
  keyword: string;
  known: boolean;
  line: number;
  endLine: number;
  keywordRange: Range;
  flags: Array<{ name: string; range: Range }>;
  /** ONBUILD: the wrapped instruction's keyword. */
  inner: { keyword: string; range: Range } | null;
}

export interface WorkbenchModel {
  stages: StageView[];
  instructions: InstructionOutline[];
  /** In file order. */
  diagnostics: Diagnostic[];
  image: ImageSummary | null;
}

const LABEL_MAX = 72;

export function oneLine(text: string, max = LABEL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const tables = new WeakMap<object, StageNameTable>();

/** Resolves `--from=<ref>` in stage `current` the way BuildKit does (lib/docker/stage-ref.ts). */
export function resolveStageRef(stages: readonly Pick<Stage, 'index' | 'name'>[], ref: string, current: number): number | null {
  let table = tables.get(stages);
  if (!table) {
    table = stageNameTable(stages.map((s) => s.name));
    tables.set(stages, table);
  }
  return fromFlagStage(table, ref, current);
}

function copyFromOf(step: Step, stages: readonly Stage[], stageIndex: number): LayerItem['copyFrom'] {
  if (step.keyword !== 'COPY') return null;
  const flag = step.instruction.flags.find((f) => f.name.toLowerCase() === 'from');
  if (!flag || flag.value === null || flag.value === '') return null;
  return { ref: flag.value, stageIndex: resolveStageRef(stages, flag.value, stageIndex) };
}

function stageView(stage: Stage, stages: readonly Stage[], target: number | null, copies: ReadonlyMap<number, string[]>): StageView {
  const items: LayerItem[] = stage.steps.map((step, i) => ({
    key: `${stage.index}.${i}`,
    stageIndex: stage.index,
    keyword: step.keyword,
    line: step.line,
    endLine: step.endLine,
    kind: step.createsLayer ? 'layer' : 'config',
    summary: step.summary,
    label: oneLine(step.text || step.keyword),
    copyFrom: copyFromOf(step, stages, stage.index),
    ...(copies.has(step.line) ? { copies: copies.get(step.line) } : {}),
  }));
  const last = stage.steps[stage.steps.length - 1];
  return {
    index: stage.index,
    name: stage.name,
    label: stageLabel(stage),
    base: stage.base,
    baseStage: stage.baseStage,
    line: stage.line,
    fromEndLine: stage.from.range.endLine,
    endLine: last ? last.endLine : stage.from.range.endLine,
    used: stage.used,
    unusedReason: stage.used ? null : (stage.unusedReason ?? 'Not built: no stage the build needs depends on it.'),
    isFinal: stage.index === target,
    items,
    layerCount: items.filter((i) => i.kind === 'layer').length,
  };
}

function outline(ins: Instruction): InstructionOutline {
  // ONBUILD wraps an instruction: its keyword and flags are what a learner hovers.
  const inner = ins.onbuild;
  return {
    keyword: ins.keyword,
    known: ins.known,
    line: ins.range.line,
    endLine: ins.range.endLine,
    keywordRange: ins.keywordRange,
    flags: [...ins.flags, ...(inner?.flags ?? [])].map((f) => ({ name: f.name, range: f.range })),
    inner: inner ? { keyword: inner.keyword, range: inner.keywordRange } : null,
  };
}

/** What the workspace adds when it knows the build context (lib/workspace/context-check.ts). */
export interface ContextExtras {
  diagnostics: readonly Diagnostic[];
  copies: ReadonlyArray<{ line: number; files: string[] }>;
}

export function toWorkbenchModel(analysis: Analysis, context?: ContextExtras | null): WorkbenchModel {
  const target = analysis.stages.length === 0 ? null : (analysis.targetStage ?? analysis.stages.length - 1);
  const copies = new Map((context?.copies ?? []).map((c) => [c.line, c.files]));
  return {
    stages: analysis.stages.map((s) => stageView(s, analysis.stages, target, copies)),
    instructions: analysis.instructions.map(outline),
    diagnostics: sortDiagnostics(context ? [...analysis.diagnostics, ...context.diagnostics] : analysis.diagnostics),
    image: imageSummary(analysis),
  };
}

/** Where a line sits in the layer view: a step, the FROM line of a stage, or nowhere. */
export type LineTarget = { kind: 'item'; item: LayerItem } | { kind: 'base'; stage: StageView } | null;

/** The step (or stage base) that covers a 1-based line; null for comments and blank lines between. */
export function targetAtLine(model: WorkbenchModel, line: number): LineTarget {
  for (const stage of model.stages) {
    if (line < stage.line || line > Math.max(stage.endLine, stage.fromEndLine)) continue;
    if (line <= stage.fromEndLine) return { kind: 'base', stage };
    for (const item of stage.items) if (line >= item.line && line <= item.endLine) return { kind: 'item', item };
    return null;
  }
  return null;
}

export interface DrawPlan {
  /** The stages drawn, each with how many of its steps are drawn. */
  drawn: Array<{ stage: StageView; limit: number }>;
  /** Stages left out entirely (they are still analyzed; the problems list covers them). */
  hiddenStages: number;
}

/**
 * How much of the layer view to draw. A pasted file of thousands of lines must not turn into
 * thousands of buttons (that alone would block the page), so drawing stops after `budget` blocks,
 * at most `perStage` per stage; the final stage is always drawn.
 */
export function planDrawing(stages: readonly StageView[], budget = 400, perStage = 200): DrawPlan {
  const drawn: DrawPlan['drawn'] = [];
  let left = budget;
  const final = stages.find((s) => s.isFinal);
  const finalCost = final ? Math.min(final.items.length, perStage) + 1 : 0;
  left -= finalCost;
  for (const stage of stages) {
    if (stage === final) {
      drawn.push({ stage, limit: Math.min(stage.items.length, perStage) });
      continue;
    }
    if (left <= 1) continue;
    const limit = Math.min(stage.items.length, perStage, left - 1);
    drawn.push({ stage, limit });
    left -= limit + 1;
  }
  return { drawn, hiddenStages: stages.length - drawn.length };
}
