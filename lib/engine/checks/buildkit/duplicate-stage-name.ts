/**
 * DuplicateStageName: two stages with the same name (compared lowercased, as
 * BuildKit stores stage names). The later FROM is marked.
 * Source: dockerfile2llb/validations.go validateStageNames.
 */
import type { Check, Diagnostic } from '../../types';
import { goQuote } from './go';
import { fromArgs } from './instruction-args';
import { logicalLines } from './source-scan';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const duplicateStageName: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const line of logicalLines(ctx)) {
    if (line.instruction.keyword !== 'FROM') continue;
    const name = fromArgs(line).stageName;
    if (name === '') continue;
    if (seen.has(name)) {
      out.push(
        buildkitDiagnostic(
          'DuplicateStageName',
          instructionRange(ctx, line),
          `Duplicate stage name ${goQuote(name)}, stage names should be unique`,
          'COPY --from and --target would only find one of these stages; give each stage its own name.',
        ),
      );
    }
    seen.add(name);
  }
  return out;
};
