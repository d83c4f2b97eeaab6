/**
 * FromAsCasing: the `AS` keyword should be cased like the `FROM` keyword.
 * BuildKit (instructions/parse.go doesFromCaseMatchAsCase) only compares when FROM
 * itself is all-lowercase or all-uppercase; a mixed-case FROM is left to
 * ConsistentInstructionCasing.
 */
import type { Check, Diagnostic, Fix } from '../../types';
import { fromArgs } from './instruction-args';
import { buildkitDiagnostic, casingOf, instructionRange, parsedLines, replaceOnLine } from './util';

export const fromAsCasing: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const line of parsedLines(ctx, 'beforeParsing')) {
    const { instruction } = line;
    if (instruction.keyword !== 'FROM') continue;
    const { asWord } = fromArgs(line);
    const fromCasing = casingOf(line.command);
    if (asWord === null || fromCasing === null || casingOf(asWord) === fromCasing) continue;
    const wanted = fromCasing === 'lower' ? 'as' : 'AS';
    out.push(
      buildkitDiagnostic(
        'FromAsCasing',
        instructionRange(ctx, line),
        `'${asWord}' and '${line.command}' keywords' casing do not match`,
        `Write '${wanted}' to match '${line.command}'.`,
        asFix(ctx.lines[line.startLine - 1], line.startLine, line.endLine, asWord, wanted),
      ),
    );
  }
  return out;
};

function asFix(text: string, lineNo: number, endLine: number, asWord: string, wanted: string): Fix | undefined {
  if (endLine !== lineNo) return undefined;
  const m = new RegExp(`\\s(${asWord})\\s+\\S+\\s*$`).exec(text);
  if (!m) return undefined;
  const column = m.index + 2;
  return { title: `Change '${asWord}' to '${wanted}'`, edits: [replaceOnLine(lineNo, column, column + asWord.length, wanted)] };
}
