/**
 * What the cache view says about one build: each step's status in words, the first step the cache
 * could not reuse and why, and the simulated time spent and saved. Pure, so it is unit-tested.
 */
import type { BuildResult, BuildStep, CacheMissReason } from '@/lib/simulator/types';

export interface StepRow {
  label: string;
  /** The word shown (never colour alone): "CACHED", "EXECUTED" or "BASE" for FROM. */
  status: BuildStep['status'];
  /** Seconds this build spent on the step. */
  seconds: number;
  /** Why it executed, in one line; empty for CACHED and BASE steps. */
  reason: string;
  isFirstMiss: boolean;
}

export interface CacheSummary {
  rows: StepRow[];
  /** Index into rows of the step where the cache stopped, or -1 when every step was reused. */
  firstMiss: number;
  firstMissReason?: CacheMissReason;
  cached: number;
  executed: number;
  totalTime: number;
  savedTime: number;
}

/** The step that broke the cache: the first EXECUTED step whose reason is its own, not "an earlier step ran". */
export function firstMissIndex(steps: BuildStep[]): number {
  return steps.findIndex((s) => s.status === 'EXECUTED' && s.missReason?.kind !== 'previous-step');
}

export function summarizeBuild(result: BuildResult): CacheSummary {
  const firstMiss = firstMissIndex(result.steps);
  const rows = result.steps.map((step, i) => ({
    label: step.label,
    status: step.status,
    seconds: step.duration,
    reason: step.status === 'EXECUTED' ? (step.missReason?.text ?? '') : '',
    isFirstMiss: i === firstMiss,
  }));
  return {
    rows,
    firstMiss,
    firstMissReason: firstMiss === -1 ? undefined : result.steps[firstMiss].missReason,
    cached: result.steps.filter((s) => s.status === 'CACHED').length,
    executed: result.steps.filter((s) => s.status === 'EXECUTED').length,
    totalTime: result.totalTime,
    savedTime: result.savedTime,
  };
}

/** Seconds as BuildKit prints them ("0.0s", "5.1s"), rounded to a tenth. */
export function formatSeconds(seconds: number): string {
  return `${(Math.round(seconds * 10) / 10).toFixed(1)}s`;
}
