/**
 * lw-exec-form-no-space: `CMD["python", "main.py"]`. BuildKit takes the instruction word
 * up to the first whitespace, so it reads `CMD["python",` and stops with
 * `unknown instruction` (moby/buildkit frontend/dockerfile/parser/split_command.go,
 * frontend/dockerfile/instructions/parse.go).
 */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { instructionWord, keywordGluedToBracket } from './support';

export const execFormNoSpace: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const instr of ctx.analysis.instructions) {
    // The keyword as the parser split it holds the word's "[" whenever the first line's word
    // does (it is that word, continued): most instructions are ruled out without a regex.
    if (!instr.rawKeyword.includes('[')) continue;
    const { word, range } = instructionWord(ctx, instr);
    const keyword = keywordGluedToBracket(word);
    if (!keyword) continue;
    const line = range.line;
    const dockerMessage = `dockerfile parse error on line ${line}: unknown instruction: ${word}`;
    const rest = (ctx.lines[line - 1] ?? '').slice(range.column - 1 + keyword.length).trimEnd();
    const corrected = `${keyword} ${rest}`;
    out.push({
      ...range,
      code: 'lw-exec-form-no-space',
      severity: 'error',
      dockerMessage,
      message:
        `There is no space between ${keyword} and [, so Docker reads "${word}" as the instruction name and does not know it. ` +
        `The build stops with:\n${dockerMessage}\nPut a space after ${keyword}: ${corrected}`,
      fix: {
        title: `Insert a space after ${keyword}`,
        edits: [{ line, column: range.column + keyword.length, endLine: line, endColumn: range.column + keyword.length, text: ' ' }],
      },
    });
  }
  return out;
};
