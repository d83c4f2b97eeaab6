/**
 * CopyIgnoredFile: COPY or ADD names a file that .dockerignore excludes from the
 * build context, so the build will fail to find it. BuildKit
 * (dockerfile2llb/validations.go validateCopySourcePath) checks each local source
 * after variable expansion and path cleaning, and gives up entirely when the
 * .dockerignore has any `!` exception (too hard to decide statically). COPY --from,
 * URLs, git sources and heredocs are not from the context and are not checked.
 * `.` and `/` only count as ignored when a pattern is `*`, `**` or `**\/*`.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { cleanPath, goQuote } from './go';
import { sourcesAndDest } from './instruction-args';
import { compilePattern, matchesOrParentMatches, readIgnoreFile } from './pattern-matcher';
import { flagValue } from './source-scan';
import { expandIn, simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

const REMOTE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

export const copyIgnoredFile: Check = (ctx) => {
  if (!parsesCompletely(ctx) || !ctx.options.dockerignore) return [];
  const patterns = readIgnoreFile(ctx.options.dockerignore);
  if (patterns.length === 0 || patterns.some((p) => p.exclusion)) return [];
  const matchers = patterns.map((p) => compilePattern(p.pattern));
  if (matchers.some((m) => m === null)) return [];
  const rootIgnored = patterns.some((p) => ['*', '**', '**/*'].includes(p.pattern));

  const out: Diagnostic[] = [];
  for (const state of simulate(ctx).states) {
    const { line } = state;
    const keyword = line.instruction.keyword;
    if (keyword !== 'COPY' && keyword !== 'ADD') continue;
    if (skippedByComment(line.comments, 'CopyIgnoredFile')) continue;
    // COPY --from reads another stage or image; an empty --from= still means the context.
    if (keyword === 'COPY' && (flagValue(line.flags, 'from') ?? '') !== '') continue;
    const sd = sourcesAndDest(line, line.instruction);
    if (!sd) continue;
    for (const raw of sd.sources) {
      const expanded = expandIn(state.before, raw, ctx.analysis.escapeChar).result;
      if (expanded === null || REMOTE_SOURCE.test(expanded)) continue;
      const src = cleanPath(expanded);
      if ((src === '.' || src === '/') && !rootIgnored) continue;
      if (!matchesOrParentMatches(src, matchers as Array<(p: string) => boolean>)) continue;
      const verb = keyword === 'ADD' ? 'Add' : 'Copy';
      out.push(
        buildkitDiagnostic(
          'CopyIgnoredFile',
          instructionRange(ctx, line),
          `Attempting to ${verb} file ${goQuote(src)} that is excluded by .dockerignore`,
          'Files matched by .dockerignore are not sent to the builder, so this source will not be found.',
        ),
      );
    }
  }
  return out;
};
