/** Small pure helpers of the build: step text, simulated pull times, stage suggestions. */
import type { ImageConfig, Step } from '@/lib/engine/types';
import { emptyConfig } from '@/lib/engine/config';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
import { expandWord } from '../expand';
import type { BuildStep, CacheMissReason } from '../types';

/** The step text as BuildKit shows it: keyword upper-cased, ENV and ARG values expanded. */
export function displayText(step: Step, vars: Record<string, string>, escapeChar: string): string {
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

/** FROM scratch with nothing else: BuildKit's defaults (docker-semantics A.1), PATH included. */
export function scratchConfig(): ImageConfig {
  return { ...emptyConfig(), env: { PATH: DEFAULT_PATH } };
}

export function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

export function previousStepReason(first: BuildStep): CacheMissReason {
  return { kind: 'previous-step', text: `an earlier step (${first.label}) executed, so every later step in the stage executes` };
}

export function familiar(full: string): string {
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

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
