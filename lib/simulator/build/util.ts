/** Small pure helpers of the build: step text, simulated pull times, stage suggestions. */
import type { Step } from '@/lib/engine/types';
import { scratchConfig } from '@/lib/engine/config';
import { DEFAULT_PATH } from '@/lib/docker/instructions';
import { levenshtein, suggest as suggestWord } from '@/lib/engine/suggest';

export { DEFAULT_PATH, levenshtein, scratchConfig };
import { expandWord, type Vars } from '../expand';
import type { BuildStep, CacheMissReason } from '../types';

/** The step text as BuildKit shows it: keyword upper-cased, ENV and ARG values expanded. */
export function displayText(step: Step, vars: Vars, escapeChar: string): string {
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


export function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

export function previousStepReason(first: BuildStep): CacheMissReason {
  return { kind: 'previous-step', text: `an earlier step (${first.label}) executed, so every later step in the stage executes` };
}

export function familiar(full: string): string {
  return full.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '');
}

/**
 * BuildKit util/suggest for stage names (case-sensitive, as suggest.WrapError is called for
 * --target): the engine's port (lib/engine/suggest.ts), which counts code points like Go.
 */
export function suggest(value: string, options: string[]): string | null {
  return suggestWord(value, options, true);
}
