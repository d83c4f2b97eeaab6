/**
 * WorkdirRelativePath: the first WORKDIR of a stage chain is relative, so the result
 * depends on the base image's working directory. BuildKit
 * (dockerfile2llb/convert.go dispatchWorkdir) checks only the first WORKDIR of the
 * stage and of the stages it is built FROM; the path is checked after variable
 * expansion. When a variable may come from an unseen base image we stay silent.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { goQuote } from './go';
import { simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const workdirRelativePath: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const state of simulate(ctx).states) {
    if (state.line.instruction.keyword !== 'WORKDIR' || state.before.workdirSet) continue;
    if (skippedByComment(state.line.comments, 'WorkdirRelativePath')) continue;
    const path = state.expansions[0]?.result.result;
    if (path === null || path === undefined || path.startsWith('/')) continue;
    out.push(
      buildkitDiagnostic(
        'WorkdirRelativePath',
        instructionRange(ctx, state.line),
        `Relative workdir ${goQuote(path)} can have unexpected results if the base image changes`,
        'Start the stage with an absolute WORKDIR such as /app.',
      ),
    );
  }
  return out;
};
