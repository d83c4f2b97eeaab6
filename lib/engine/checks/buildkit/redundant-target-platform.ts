/**
 * RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` is what FROM does by
 * default. BuildKit (dockerfile2llb/validations.go reportRedundantTargetPlatform)
 * warns when TARGETPLATFORM is the only variable used and the flag expands to
 * exactly its value; the message repeats the flag as written.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { lexWord } from '@/lib/docker/shell-lex';
import { lookupFor, simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const redundantTargetPlatform: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const { global, stages } = simulate(ctx);
  const out: Diagnostic[] = [];
  for (const stage of stages) {
    if (skippedByComment(stage.from.comments, 'RedundantTargetPlatform')) continue;
    const { platform } = stage.fromArgs;
    if (platform === undefined || platform === '') continue;
    const match = lexWord(platform, lookupFor(global.env, true), { escape: ctx.analysis.escapeChar });
    if (match.matched.length !== 1 || match.unmatched.length !== 0 || match.matched[0] !== 'TARGETPLATFORM') continue;
    if (match.result === null || match.result !== global.env.get('TARGETPLATFORM')) continue;
    out.push(
      buildkitDiagnostic(
        'RedundantTargetPlatform',
        instructionRange(ctx, stage.from),
        `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior`,
        'FROM already uses the target platform; remove the --platform flag.',
      ),
    );
  }
  return out;
};
