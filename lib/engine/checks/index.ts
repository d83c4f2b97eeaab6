/**
 * The rule registry. analyze() runs every check of every set on each analysis;
 * the set a diagnostic came from decides which one wins when two say the same
 * thing (see ../diagnostics/combine.ts).
 */
import type { Check } from '@/lib/engine/types';
import { buildkitChecks } from './buildkit';
import { hadolintChecks } from './hadolint';
import { learnerChecks } from './learner';

export type CheckSource = 'buildkit' | 'hadolint' | 'learner';

export interface CheckSet {
  source: CheckSource;
  checks: readonly Check[];
}

export const checkSets: readonly CheckSet[] = [
  { source: 'buildkit', checks: buildkitChecks },
  { source: 'hadolint', checks: hadolintChecks },
  { source: 'learner', checks: learnerChecks },
];
