/**
 * ConsistentInstructionCasing: every instruction keyword should use the casing of
 * the majority. BuildKit (dockerfile2llb/validations.go validateCommandCasing)
 * counts the FROMs and the instructions inside stages; ARGs before the first FROM
 * are neither counted nor checked. Mixed-case words ("From") count for neither
 * side; a tie means uppercase.
 */
import type { Check, Diagnostic } from '../../types';
import { logicalLines } from './source-scan';
import { buildkitDiagnostic, casingOf, instructionRange, parsesCompletely, replaceOnLine } from './util';

export const consistentInstructionCasing: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const inStages = logicalLines(ctx).filter((l) => l.instruction.stageIndex >= 0);
  let lower = 0;
  let upper = 0;
  for (const line of inStages) {
    const casing = casingOf(line.command);
    if (casing === 'lower') lower++;
    else if (casing === 'upper') upper++;
  }
  const majorityLower = lower > upper;
  const out: Diagnostic[] = [];
  for (const line of inStages) {
    const word = line.command;
    const wanted = majorityLower ? word.toLowerCase() : word.toUpperCase();
    if (word === wanted) continue;
    const { keywordRange } = line.instruction;
    out.push(
      buildkitDiagnostic(
        'ConsistentInstructionCasing',
        instructionRange(ctx, line),
        `Command '${word}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'})`,
        `Most instructions in this Dockerfile are ${majorityLower ? 'lowercase' : 'uppercase'}; write '${wanted}'.`,
        {
          title: `Change '${word}' to '${wanted}'`,
          edits: [replaceOnLine(keywordRange.line, keywordRange.column, keywordRange.column + word.length, wanted)],
        },
      ),
    );
  }
  return out;
};
