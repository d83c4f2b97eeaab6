/**
 * InvalidDefaultArgInFrom: with only the default values of the global ARGs (no
 * --build-arg), a FROM would name an empty or invalid image, e.g. `ARG TAG` +
 * `FROM alpine:$TAG` gives "alpine:". BuildKit
 * (dockerfile2llb/validations.go validateBaseImagesWithDefaultArgs) checks the
 * expanded name with distribution/reference ParseNormalizedNamed, and stops at the
 * first FROM whose expansion fails.
 */
import type { Check, Diagnostic } from '../../types';
import { parseNormalizedNamed } from '@/lib/docker/reference';
import { lexWord } from '@/lib/docker/shell-lex';
import { globalScope, lookupFor, simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const invalidDefaultArgInFrom: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const defaults = globalScope(ctx, true);
  const lookup = lookupFor(defaults.env, true);
  const out: Diagnostic[] = [];
  for (const stage of simulate(ctx).stages) {
    const { baseName } = stage.fromArgs;
    const expanded = lexWord(baseName, lookup, { escape: ctx.analysis.escapeChar });
    if (expanded.error !== null) break;
    if (expanded.result === null || parseNormalizedNamed(expanded.result).ok) continue;
    out.push(
      buildkitDiagnostic(
        'InvalidDefaultArgInFrom',
        instructionRange(ctx, stage.from),
        `Default value for ARG ${baseName} results in empty or invalid base image name`,
        'Give the ARG a default value that makes a valid image name, so the build works without --build-arg.',
      ),
    );
  }
  return out;
};
