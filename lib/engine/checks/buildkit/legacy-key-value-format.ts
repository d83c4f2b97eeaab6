/**
 * LegacyKeyValueFormat: `ENV key value` / `LABEL key value` (whitespace instead of
 * '='). In that form the value is the whole rest of the line, which surprises
 * people (`ENV A B C=1` sets A to "B C=1"). BuildKit
 * (dockerfile2llb/convert.go dispatchEnv/dispatchLabel) warns once per legacy pair.
 * ARG is not covered: `ARG a b` declares two ARGs.
 */
import type { Check, Diagnostic, Fix } from '../../types';
import { skippedByComment } from './check-config';
import { keyValuePairs, type KeyValue } from './instruction-args';
import { simulate } from './stage-sim';
import type { LogicalLine } from './source-scan';
import { buildkitDiagnostic, instructionRange, parsesCompletely, replaceOnLine } from './util';

export const legacyKeyValueFormat: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const { line } of simulate(ctx).states) {
    const keyword = line.instruction.keyword;
    if (keyword !== 'ENV' && keyword !== 'LABEL') continue;
    if (skippedByComment(line.comments, 'LegacyKeyValueFormat')) continue;
    for (const pair of keyValuePairs(line) ?? []) {
      if (!pair.noDelim) continue;
      out.push(
        buildkitDiagnostic(
          'LegacyKeyValueFormat',
          instructionRange(ctx, line),
          `"${line.command} key=value" should be used instead of legacy "${line.command} key value" format`,
          `Write ${keyword} ${pair.key}=<value>: in the legacy form the whole rest of the line becomes the value.`,
          equalsFix(ctx.lines, line, pair, ctx.analysis.escapeChar),
        ),
      );
    }
  }
  return out;
};

/** `KEY value` -> `KEY=value`, quoting the value when it holds whitespace and nothing that quoting would change. */
function equalsFix(lines: string[], line: LogicalLine, pair: KeyValue, escapeChar: string): Fix | undefined {
  if (line.startLine !== line.lastLine) return undefined;
  const text = lines[line.startLine - 1];
  const keyAt = text.indexOf(pair.key, line.instruction.keywordRange.column - 1 + line.command.length);
  if (keyAt === -1) return undefined;
  const keyEnd = keyAt + pair.key.length;
  const valueAt = text.indexOf(pair.value, keyEnd);
  if (valueAt === -1 || text.slice(keyEnd, valueAt).trim() !== '') return undefined;
  let value = pair.value;
  if (/\s/.test(value)) {
    if (value.includes('"') || value.includes("'") || value.includes(escapeChar)) return undefined;
    value = `"${value}"`;
  }
  return {
    title: `Use ${line.command} ${pair.key}=...`,
    edits: [replaceOnLine(line.startLine, keyAt + 1, valueAt + pair.value.length + 1, `${pair.key}=${value}`)],
  };
}
