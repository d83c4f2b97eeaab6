/**
 * StageNameCasing: a stage name given with `AS` should be lowercase.
 * BuildKit (instructions/parse.go, while parsing FROM) checks the third FROM word as
 * written; stage names are matched case-insensitively, so lowercasing it is safe.
 */
import type { Check, Diagnostic } from '../../types';
import { fromArgs } from './instruction-args';
import { buildkitDiagnostic, instructionRange, parsedLines, replaceOnLine } from './util';

export const stageNameCasing: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const line of parsedLines(ctx, 'beforeParsing')) {
    if (line.instruction.keyword !== 'FROM') continue;
    const { stageNameRaw } = fromArgs(line);
    if (stageNameRaw === null || stageNameRaw === stageNameRaw.toLowerCase()) continue;
    const fix = nameFix(ctx.lines[line.startLine - 1], line.startLine, line.endLine, stageNameRaw);
    out.push(
      buildkitDiagnostic(
        'StageNameCasing',
        instructionRange(ctx, line),
        `Stage name '${stageNameRaw}' should be lowercase`,
        'Stage names are case-insensitive, so write them in lowercase.',
        fix,
      ),
    );
  }
  return out;
};

function nameFix(text: string, lineNo: number, endLine: number, name: string) {
  if (endLine !== lineNo) return undefined;
  const at = text.trimEnd().lastIndexOf(name);
  if (at === -1 || text.slice(at + name.length).trim() !== '') return undefined;
  return {
    title: `Rename the stage to '${name.toLowerCase()}'`,
    edits: [replaceOnLine(lineNo, at + 1, at + 1 + name.length, name.toLowerCase())],
  };
}
