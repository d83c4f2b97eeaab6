/**
 * MultipleInstructionsDisallowed: a stage has more than one CMD, ENTRYPOINT or
 * HEALTHCHECK; only the last one takes effect. BuildKit
 * (dockerfile2llb/validations.go validateUsedOnce) marks the EARLIER instruction,
 * the one that is ignored, and names the instruction as the later one writes it.
 * Each stage counts on its own: redefining CMD in a stage built FROM another is fine.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { simulate } from './stage-sim';
import type { LogicalLine } from './source-scan';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

const ONCE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const multipleInstructionsDisallowed: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const stage of simulate(ctx).stages) {
    const previous = new Map<string, LogicalLine>();
    for (const line of stage.body) {
      const keyword = line.instruction.keyword;
      if (!ONCE.has(keyword)) continue;
      const earlier = previous.get(keyword);
      if (earlier && !skippedByComment(line.comments, 'MultipleInstructionsDisallowed')) {
        out.push(
          buildkitDiagnostic(
            'MultipleInstructionsDisallowed',
            instructionRange(ctx, earlier),
            `Multiple ${line.command} instructions should not be used in the same stage because only the last one will be used`,
            `This ${keyword} is overridden by the one on line ${line.startLine}; keep only one.`,
          ),
        );
      }
      previous.set(keyword, line);
    }
  }
  return out;
};
