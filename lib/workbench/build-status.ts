/**
 * The last build, drawn on the layer view: each step block says CACHED or EXECUTED (in words),
 * the first miss says why, and the steps after it say which step invalidated them. Only when the
 * build read the Dockerfile shown: after an edit the old statuses would describe another file.
 */
import type { BuildStep } from '@/lib/simulator/types';

export interface StepBuildStatus {
  status: 'CACHED' | 'EXECUTED';
  /** The first miss of its stage: why the cache could not be used. */
  reason: string | null;
  /** A later step that executed only because an earlier one did: that step's line. */
  invalidatedByLine: number | null;
  /** The step where the build stopped with an error. */
  failed: boolean;
}

export interface BuildStatusView {
  /** The command that ran, e.g. `docker build -t hello .`. */
  command: string;
  ok: boolean;
  /** By the step's first line in the Dockerfile. */
  byLine: Map<number, StepBuildStatus>;
  cached: number;
  executed: number;
}

export interface BuildForView {
  command: string;
  dockerfile: string;
  dockerfileText: string;
  result: { ok: boolean; steps: BuildStep[] };
}

/** Statuses of `build` for the Dockerfile `path` holding `text`, or null when the build is of another file or text. */
export function buildStatusFor(build: BuildForView | null, path: string, text: string): BuildStatusView | null {
  if (!build || build.dockerfile !== path || build.dockerfileText !== text) return null;
  const byLine = new Map<number, StepBuildStatus>();
  const firstMissLine = new Map<number, number>();
  let cached = 0;
  let executed = 0;
  for (const step of build.result.steps) {
    if (step.status === 'BASE') continue;
    if (step.status === 'CACHED') cached++;
    else executed++;
    const own = step.status === 'EXECUTED' && step.missReason?.kind !== 'previous-step';
    if (own && !firstMissLine.has(step.stageIndex)) firstMissLine.set(step.stageIndex, step.line);
    byLine.set(step.line, {
      status: step.status,
      reason: own ? (step.missReason?.text ?? null) : null,
      invalidatedByLine: step.status === 'EXECUTED' && !own ? (firstMissLine.get(step.stageIndex) ?? null) : null,
      failed: step.error !== undefined,
    });
  }
  return { command: build.command, ok: build.result.ok, byLine, cached, executed };
}

/** The words a step block shows, e.g. "EXECUTED: src/main.py changed" or "EXECUTED: after line 5 ran". */
export function statusText(status: StepBuildStatus): string {
  if (status.failed) return 'FAILED: the build stopped here';
  if (status.status === 'CACHED') return 'CACHED';
  if (status.reason) return `EXECUTED: ${status.reason}`;
  if (status.invalidatedByLine !== null) return `EXECUTED: invalidated by line ${status.invalidatedByLine}`;
  return 'EXECUTED';
}
