/**
 * BuildKit's "did you mean" (moby/buildkit util/suggest/error.go, WrapErrorMaybe and
 * matchCase), shared by every message that quotes it: unknown instructions
 * (parse-unknown-instruction, lw-unknown-instruction) and undefined variables and
 * ARGs (UndefinedVar, UndefinedArgInFrom).
 *
 *  - Without case sensitivity the typed word and the options are compared lowercased.
 *  - The closest option wins when its Levenshtein distance is below 3 (`mindist := 3`,
 *    replaced only by a strictly smaller distance, so the first of equally close
 *    options wins; BuildKit walks a Go map there, so its choice between ties varies).
 *  - An option equal to the word means the word was not the problem: no suggestion.
 *  - Without case sensitivity the suggestion takes the case of the typed word: all
 *    lowercase -> lowercase, all uppercase -> uppercase, mixed -> lowercase.
 */

/** Levenshtein distance in Unicode code points (Go's levenshtein works on runes). */
export function levenshtein(a: string, b: string): number {
  return distance([...a], [...b]);
}

function distance(s: string[], t: string[]): number {
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[t.length];
}

/** The suggestion for `value` among `options`, or null when BuildKit gives none. */
export function suggest(value: string, options: Iterable<string>, caseSensitive: boolean): string | null {
  const typed = caseSensitive ? value : value.toLowerCase();
  const typedPoints = [...typed];
  let match: string | null = null;
  let minDistance = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === typed) return null;
    const candidatePoints = [...candidate];
    // The length difference is a lower bound of the distance: no need to compute it.
    if (Math.abs(typedPoints.length - candidatePoints.length) >= minDistance) continue;
    const d = distance(typedPoints, candidatePoints);
    if (d < minDistance) {
      match = caseSensitive ? candidate : matchCase(candidate, value);
      minDistance = d;
    }
  }
  return match;
}

function matchCase(option: string, typed: string): string {
  if (typed === typed.toLowerCase()) return option.toLowerCase();
  if (typed === typed.toUpperCase()) return option.toUpperCase();
  return option;
}

import { INSTRUCTION_NAMES } from '@/lib/docker/instructions';

export { INSTRUCTION_NAMES };

/** BuildKit's suggestion for an unknown instruction word, cased like the word, or null. */
export function suggestInstruction(word: string): string | null {
  return suggest(word, INSTRUCTION_NAMES, false);
}
