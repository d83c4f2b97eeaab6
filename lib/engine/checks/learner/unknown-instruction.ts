/**
 * lw-unknown-instruction: a line that does not start with an instruction Docker knows.
 * BuildKit's message and suggestion rule (instructions/parse.go, util/suggest): the
 * closest instruction by Levenshtein distance, offered when the distance is below 3, in
 * upper case for an all-uppercase word and lower case otherwise (../../suggest.ts).
 */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { suggestInstruction } from '@/lib/engine/suggest';
import { instructionWord, keywordGluedToBracket } from './support';

// BuildKit's suggestion (util/suggest), shared with parse-unknown-instruction so both quote the same text.
export { levenshtein, suggestInstruction } from '@/lib/engine/suggest';

export const unknownInstruction: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const instr of ctx.analysis.instructions) {
    if (instr.known) continue;
    const { word, range } = instructionWord(ctx, instr);
    // `CMD[...]` is lw-exec-form-no-space's case.
    if (keywordGluedToBracket(word)) continue;
    const suggestion = suggestInstruction(word);
    const dockerMessage =
      `dockerfile parse error on line ${range.line}: unknown instruction: ${word}` +
      (suggestion ? ` (did you mean ${suggestion}?)` : '');
    const advice = suggestion
      ? `You probably meant ${suggestion}.`
      : 'Each instruction line starts with an instruction such as FROM, RUN, COPY or CMD. If this line belongs to the command above it, end the line above with \\ to continue it.';
    // Field by field: V8 (Node 20) builds `{ ...range, code, ... }` on a slow path, and a pasted
    // shell script is hundreds of these.
    const diagnostic: Diagnostic = {
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      code: 'lw-unknown-instruction',
      severity: 'error',
      dockerMessage,
      message: `Docker does not know the instruction "${word}", so the build stops with:\n${dockerMessage}\n${advice}`,
    };
    if (suggestion) diagnostic.fix = { title: `Change ${word} to ${suggestion}`, edits: [{ ...range, text: suggestion }] };
    out.push(diagnostic);
  }
  return out;
};
