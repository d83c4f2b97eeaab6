/**
 * BuildKit's "did you mean" search (util/suggest) for names that are compared with
 * their case, like variables: see ../../suggest.ts for the rule.
 */
import { levenshtein, suggest } from '../../suggest';

export { levenshtein };

/** Returns the suggestion, or '' when there is none. Case-sensitive, as BuildKit calls it on Linux. */
export function suggestName(value: string, options: Iterable<string>): string {
  return suggest(value, options, true) ?? '';
}
