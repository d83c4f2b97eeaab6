/**
 * MaintainerDeprecated: MAINTAINER is deprecated; the image author belongs in the
 * `org.opencontainers.image.authors` label. BuildKit warns while parsing
 * (instructions/parse.go), so instructions before a parse error are still checked.
 */
import type { Check, Diagnostic, Fix } from '../../types';
import type { LogicalLine } from './source-scan';
import { buildkitDiagnostic, instructionRange, parsedLines } from './util';

export const maintainerDeprecated: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const line of parsedLines(ctx, 'beforeParsing')) {
    if (line.instruction.keyword !== 'MAINTAINER') continue;
    out.push(
      buildkitDiagnostic(
        'MaintainerDeprecated',
        instructionRange(ctx, line),
        'Maintainer instruction is deprecated in favor of using label',
        'Use LABEL org.opencontainers.image.authors="..." instead.',
        labelFix(ctx.lines, line, ctx.analysis.escapeChar),
      ),
    );
  }
  return out;
};

/** MAINTAINER's argument is taken literally; LABEL values are expanded, so quote and escape it. */
function labelFix(lines: string[], line: LogicalLine, escapeChar: string): Fix | undefined {
  if (line.startLine !== line.lastLine || line.rest === '') return undefined;
  const escaped = [...line.rest]
    .map((ch) => (ch === '"' || ch === '$' || ch === escapeChar ? escapeChar + ch : ch))
    .join('');
  const keyword = line.command === line.command.toLowerCase() ? 'label' : 'LABEL';
  const text = lines[line.startLine - 1];
  const indent = text.length - text.trimStart().length;
  return {
    title: 'Replace MAINTAINER with an authors LABEL',
    edits: [
      {
        line: line.startLine,
        column: indent + 1,
        endLine: line.startLine,
        endColumn: text.trimEnd().length + 1,
        text: `${keyword} org.opencontainers.image.authors="${escaped}"`,
      },
    ],
  };
}
