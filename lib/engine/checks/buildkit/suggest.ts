/**
 * BuildKit's "did you mean" search (util/suggest): the closest option by Levenshtein
 * distance, only when that distance is below 3, and never when the value itself is
 * one of the options. Ties go to the earliest option.
 */

export function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[t.length];
}

/** Returns the suggestion, or '' when there is none. Case-sensitive, as BuildKit calls it on Linux. */
export function suggestName(value: string, options: Iterable<string>): string {
  let match = '';
  let minDistance = 3;
  for (const option of options) {
    if (option === value) return '';
    const distance = levenshtein(value, option);
    if (distance < minDistance) {
      match = option;
      minDistance = distance;
    }
  }
  return match;
}
