/**
 * Variable substitution for the simulator, over a plain object of variables, with BuildKit's
 * lexer (lib/docker/shell-lex.ts).
 *
 * Two modes matter to the simulator: words of COPY/WORKDIR/... are expanded with quotes
 * removed and unset variables as "", while step labels are shown with quotes kept and unset
 * variables left as written (dispatchRun sets RawQuotes and SkipUnsetEnv on the lexer,
 * moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go).
 */
import { expandOrKeep, type EnvLookup } from '@/lib/docker/shell-lex';

export interface ExpandOptions {
  /** Keep quote characters in the output (labels). */
  rawQuotes?: boolean;
  /** Leave `$X` as written when X is not set (labels). */
  skipUnset?: boolean;
  escapeChar?: string;
}

/** The variables a word expands against: a plain object, or a lookup (undefined: not set). */
export type Vars = Record<string, string> | EnvLookup;

/** Never throws: a word BuildKit cannot expand (`${`, an unterminated quote) is returned as written. */
export function expandWord(word: string, env: Vars, options: ExpandOptions = {}): string {
  const lookup = typeof env === 'function' ? env : (name: string) => (Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined);
  return expandOrKeep(word, lookup, options.escapeChar ?? '\\', { rawQuotes: options.rawQuotes, skipUnsetEnv: options.skipUnset });
}
