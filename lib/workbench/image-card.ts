/**
 * The image summary card: what the final image is made of and what `docker run` would execute.
 *
 * The command follows the table "Understand how CMD and ENTRYPOINT interact" of the Dockerfile
 * reference (https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact):
 * an exec-form ENTRYPOINT gets CMD appended; a shell-form ENTRYPOINT runs through `/bin/sh -c`
 * and ignores CMD; a shell-form CMD is stored as
 * `["/bin/sh", "-c", "<command>"]` (or the SHELL in effect), spelled out here the same way.
 */
import type { Analysis, ImageConfig, Stage, Step } from '@/lib/engine/types';

export type CommandForm = 'exec' | 'shell';

export interface RunCommand {
  /** The command line `docker run <image>` starts, spelled out; null when this Dockerfile sets none. */
  text: string | null;
  /** The same as the argument vector Docker stores (Entrypoint + Cmd); null when unknown. */
  argv: string[] | null;
  entrypointForm: CommandForm | null;
  cmdForm: CommandForm | null;
  /** A sentence that explains the result (ignored CMD, inherited command...). */
  note: string | null;
}

export interface ImageSummary {
  stageIndex: number;
  /** "build (stage 0)" or "stage 1". */
  stageLabel: string;
  /** The image everything starts from ("python:3.12-slim", "scratch"). */
  base: string;
  /** Stages the final stage is built FROM, oldest first (empty for a plain FROM <image>). */
  viaStages: string[];
  /** Filesystem layers this Dockerfile adds on top of the base image. */
  layerCount: number;
  workdir: string;
  /** False when no WORKDIR in the chain set it: the base image may have its own. */
  workdirSetHere: boolean;
  exposedPorts: string[];
  user: string;
  command: RunCommand;
}

export function stageLabel(stage: Pick<Stage, 'index' | 'name'>): string {
  return stage.name ? `${stage.name} (stage ${stage.index})` : `stage ${stage.index}`;
}

/** The target stage and the stages it is built FROM, oldest first. */
export function stageChain(stages: readonly Stage[], target: number): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<number>();
  let current: Stage | undefined = stages[target];
  while (current && !seen.has(current.index)) {
    seen.add(current.index);
    chain.unshift(current);
    current = current.baseStage !== null ? stages[current.baseStage] : undefined;
  }
  return chain;
}

/** A word as a shell would need it written: bare when safe, double-quoted otherwise. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A shell-form command stored as [...shell, command]: `/bin/sh -c "command"`. */
function spellShellForm(stored: string[]): string {
  if (stored.length === 0) return '';
  const shell = stored.slice(0, -1).map(shellWord);
  const command = stored[stored.length - 1];
  return [...shell, `"${command.replace(/(["\\$`])/g, '\\$1')}"`].join(' ');
}

function spell(stored: string[], form: CommandForm): string {
  return form === 'shell' ? spellShellForm(stored) : stored.map(shellWord).join(' ');
}

function lastStep(chain: Stage[], keyword: string): Step | null {
  for (let s = chain.length - 1; s >= 0; s--) {
    const steps = chain[s].steps;
    for (let i = steps.length - 1; i >= 0; i--) if (steps[i].keyword === keyword) return steps[i];
  }
  return null;
}

function finalConfig(chain: Stage[]): ImageConfig | null {
  for (let s = chain.length - 1; s >= 0; s--) {
    const steps = chain[s].steps;
    if (steps.length > 0) return steps[steps.length - 1].config;
  }
  return null;
}

function formOf(step: Step | null): CommandForm {
  return step && step.instruction.json === null ? 'shell' : 'exec';
}

export function runCommand(config: ImageConfig | null, chain: Stage[], base: string): RunCommand {
  // `ENTRYPOINT []` / `CMD []` store an empty list: nothing to run, same as unset.
  const entrypoint = config?.entrypoint?.length ? config.entrypoint : null;
  const cmd = config?.cmd?.length ? config.cmd : null;
  const entrypointForm = entrypoint ? formOf(lastStep(chain, 'ENTRYPOINT')) : null;
  const cmdForm = cmd ? formOf(lastStep(chain, 'CMD')) : null;
  const fromImage = base.toLowerCase() !== 'scratch';

  if (entrypoint && entrypointForm === 'shell') {
    return {
      text: spell(entrypoint, 'shell'),
      argv: [...entrypoint, ...(cmd ?? [])],
      entrypointForm,
      cmdForm,
      note: cmd
        ? 'A shell-form ENTRYPOINT ignores CMD and any arguments given to docker run.'
        : 'A shell-form ENTRYPOINT ignores any arguments given to docker run.',
    };
  }
  if (entrypoint) {
    const text = [spell(entrypoint, 'exec'), cmd && cmdForm ? spell(cmd, cmdForm) : ''].filter(Boolean).join(' ');
    return {
      text,
      argv: [...entrypoint, ...(cmd ?? [])],
      entrypointForm,
      cmdForm,
      note: cmd
        ? 'CMD is appended to the ENTRYPOINT as its arguments; arguments given to docker run replace the CMD part.'
        : 'Arguments given to docker run are appended to the ENTRYPOINT.',
    };
  }
  if (cmd && cmdForm) {
    return {
      text: spell(cmd, cmdForm),
      argv: [...cmd],
      entrypointForm,
      cmdForm,
      note: fromImage ? `If ${base} sets an ENTRYPOINT, this CMD is passed to it as arguments.` : null,
    };
  }
  return {
    text: null,
    argv: null,
    entrypointForm,
    cmdForm,
    note: fromImage
      ? `No CMD or ENTRYPOINT here: docker run uses the command ${base} sets, if any.`
      : 'No CMD or ENTRYPOINT: docker run fails unless you give it a command.',
  };
}

/** The card for the image `docker build` produces (the target stage). */
export function imageSummary(analysis: Pick<Analysis, 'stages' | 'targetStage'>): ImageSummary | null {
  const stages = analysis.stages;
  if (stages.length === 0) return null;
  const target = analysis.targetStage ?? stages.length - 1;
  if (!stages[target]) return null;
  const chain = stageChain(stages, target);
  const root = chain[0];
  const config = finalConfig(chain);
  const workdirStep = lastStep(chain, 'WORKDIR');
  const layerCount = chain.reduce((n, stage) => n + stage.steps.filter((s) => s.createsLayer).length, 0);
  return {
    stageIndex: target,
    stageLabel: stageLabel(stages[target]),
    base: root.base,
    viaStages: chain.slice(0, -1).map(stageLabel),
    layerCount,
    workdir: config?.workdir ?? '/',
    workdirSetHere: workdirStep !== null || root.base.toLowerCase() === 'scratch',
    exposedPorts: config ? [...config.exposedPorts] : [],
    user: config?.user ?? '',
    command: runCommand(config, chain, root.base),
  };
}
