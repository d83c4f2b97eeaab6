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
  return distance(codePoints(a), codePoints(b));
}

/**
 * The string's code points, as numbers. A string without surrogates (nearly every name)
 * has one per UTF-16 unit: read without building an array of one-character strings,
 * which cost more than the comparison itself for a file with thousands of undefined names.
 */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i) as number;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

function distance(s: readonly number[], t: readonly number[]): number {
  let previous: number[] = new Array(t.length + 1);
  let current: number[] = new Array(t.length + 1);
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length];
}

/** Number of code points (a surrogate pair counts once). */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The suggestion for `value` among `options`, or null when BuildKit gives none. */
export function suggest(value: string, options: Iterable<string>, caseSensitive: boolean): string | null {
  const typed = caseSensitive ? value : value.toLowerCase();
  const typedLength = codePointLength(typed);
  let typedPoints: number[] | null = null;
  let match: string | null = null;
  let minDistance = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === typed) return null;
    // The length difference is a lower bound of the distance: no need to compute it.
    if (Math.abs(typedLength - codePointLength(candidate)) >= minDistance) continue;
    typedPoints ??= codePoints(typed);
    const d = distance(typedPoints, codePoints(candidate));
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

/**
 * Answers for the words seen lately: a pasted shell script is hundreds of unknown
 * instructions, mostly the same few words, and each one is reported twice (the parse
 * error and the learner rule). Bounded: cleared when full.
 */
const recentSuggestions = new Map<string, string | null>();
const RECENT_LIMIT = 256;

/** BuildKit's suggestion for an unknown instruction word, cased like the word, or null. */
export function suggestInstruction(word: string): string | null {
  const known = recentSuggestions.get(word);
  if (known !== undefined) return known;
  const suggestion = suggest(word, INSTRUCTION_NAMES, false);
  if (recentSuggestions.size >= RECENT_LIMIT) recentSuggestions.clear();
  recentSuggestions.set(word, suggestion);
  return suggestion;
}
