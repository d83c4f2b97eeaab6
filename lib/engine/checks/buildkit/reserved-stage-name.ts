/**
 * ReservedStageName: `scratch` and `context` have special meanings in FROM and
 * COPY --from, so a stage should not use them as its name.
 * Source: dockerfile2llb/validations.go validateStageNames (name lowercased).
 */
import type { Check, Diagnostic } from '../../types';
import { goQuote } from './go';
import { fromArgs } from './instruction-args';
import { logicalLines } from './source-scan';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

const RESERVED = new Set(['context', 'scratch']);

export const reservedStageName: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const line of logicalLines(ctx)) {
    if (line.instruction.keyword !== 'FROM') continue;
    const name = fromArgs(line).stageName;
    if (!RESERVED.has(name)) continue;
    out.push(
      buildkitDiagnostic(
        'ReservedStageName',
        instructionRange(ctx, line),
        `Stage name should not use the same name as reserved stage ${goQuote(name)}`,
        `'${name}' already means something special to Docker; choose another stage name.`,
      ),
    );
  }
  return out;
};
