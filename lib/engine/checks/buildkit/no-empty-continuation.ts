/**
 * NoEmptyContinuation: a blank line inside a `\`-continued instruction.
 * BuildKit's parser skips such lines and records one warning per instruction,
 * located on the instruction's last line (parser.go: Location{currentLine}).
 * It runs before anything else, so it is reported even when parsing fails later.
 */
import type { Check, Diagnostic } from '../../types';
import { logicalLines } from './source-scan';
import { buildkitDiagnostic, physicalLineRange } from './util';

export const noEmptyContinuation: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const line of logicalLines(ctx)) {
    if (line.emptyContinuationLines.length === 0) continue;
    out.push(
      buildkitDiagnostic(
        'NoEmptyContinuation',
        physicalLineRange(ctx, line.endLine),
        'Empty continuation line',
        'Remove the blank line inside this continued instruction; it will become an error in a future release.',
        {
          title: 'Remove the empty continuation lines',
          edits: line.emptyContinuationLines.map((n) => ({ line: n, column: 1, endLine: n + 1, endColumn: 1, text: '' })),
        },
      ),
    );
  }
  return out;
};
