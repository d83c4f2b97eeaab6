/**
 * FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64 ...` pins the stage
 * to one platform, which breaks multi-platform builds; use $BUILDPLATFORM or
 * $TARGETPLATFORM. BuildKit (dockerfile2llb/validations.go
 * reportConstPlatformDisallowed) stays silent when the value uses any variable,
 * does not parse as a platform, or when the stage name mentions the platform's OS or
 * architecture (a stage named for its platform is pinned on purpose).
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { goQuote } from './go';
import { parsePlatform } from './platform';
import { lexWord } from '@/lib/docker/shell-lex';
import { lookupFor, simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

/** Architectures a builder may run on, for platforms that name only an OS. */
const BUILDER_ARCHES = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64'];

export const fromPlatformFlagConstDisallowed: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const { global, stages } = simulate(ctx);
  const out: Diagnostic[] = [];
  for (const stage of stages) {
    if (skippedByComment(stage.from.comments, 'FromPlatformFlagConstDisallowed')) continue;
    const { platform, stageName } = stage.fromArgs;
    if (platform === undefined || platform === '') continue;
    const match = lexWord(platform, lookupFor(global.env, true), { escape: ctx.analysis.escapeChar });
    if (match.matched.length > 0 || match.unmatched.length > 0 || match.result === null) continue;
    const parsed = parsePlatform(match.result);
    if (!parsed) continue;
    if (stageName.includes(parsed.os)) continue;
    const arches = parsed.architecture === null ? BUILDER_ARCHES : [parsed.architecture];
    if (arches.some((arch) => stageName.includes(arch))) continue;
    out.push(
      buildkitDiagnostic(
        'FromPlatformFlagConstDisallowed',
        instructionRange(ctx, stage.from),
        `FROM --platform flag should not use constant value ${goQuote(match.result)}`,
        'Use --platform=$BUILDPLATFORM (or leave it out) so the stage works for every target platform.',
      ),
    );
  }
  return out;
};
