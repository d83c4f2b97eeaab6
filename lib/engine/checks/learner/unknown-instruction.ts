/**
 * lw-unknown-instruction: a line that does not start with an instruction Docker knows.
 * BuildKit's message and suggestion rule (instructions/parse.go, util/suggest): the
 * closest instruction by Levenshtein distance, offered when the distance is below 3, in
 * upper case for an upper-case word, lower case for a lower-case one.
 */
import type { Check, Diagnostic } from '@/lib/engine/types';
import { instructionWord, keywordGluedToBracket, KNOWN_INSTRUCTIONS } from './support';

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * BuildKit's suggestion for an unknown word, or null. When two instructions are equally
 * close, BuildKit's pick depends on Go's map order; we take the first alphabetically.
 */
export function suggestInstruction(word: string): string | null {
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const name of KNOWN_INSTRUCTIONS) {
    const distance = levenshtein(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  if (word === word.toLowerCase()) return best.toLowerCase();
  if (word === word.toUpperCase()) return best;
  return best.toLowerCase();
}

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
    const diagnostic: Diagnostic = {
      ...range,
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
