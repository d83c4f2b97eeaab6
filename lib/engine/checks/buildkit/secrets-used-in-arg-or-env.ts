/**
 * SecretsUsedInArgOrEnv: an ARG or ENV whose name looks like a secret. ARG and ENV
 * values end up in the image history or config; use RUN --mount=type=secret.
 * BuildKit (dockerfile2llb/validations.go validateNoSecretKey) matches the name,
 * case-insensitively, against whole `_`-separated words: apikey, auth, credential(s),
 * key, password, pword, passwd, secret, token; names that also contain the word
 * public, file or version are allowed. ENV names are checked after expansion;
 * ARGs before the first FROM are not checked (they are not dispatched in a stage).
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { goQuote } from './go';
import { argDeclarations, keyValuePairs } from './instruction-args';
import { expandedText, expandIn, simulate } from './stage-sim';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}

export const secretsUsedInArgOrEnv: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const state of simulate(ctx).states) {
    const { line } = state;
    const keyword = line.instruction.keyword;
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    if (skippedByComment(line.comments, 'SecretsUsedInArgOrEnv')) continue;
    let names: Array<string | null>;
    if (keyword === 'ENV') {
      // The simulation already expanded every key (expansions hold key, value, key, value...);
      // expandedText reads a plain key without building its LexResult.
      names = (keyValuePairs(line) ?? []).map((pair, i) => {
        const expansion = state.expansions[2 * i];
        return expansion ? expandedText(expansion) : expandIn(state.before, pair.key, ctx.analysis.escapeChar).result;
      });
    } else {
      names = argDeclarations(line).map((arg) => arg.key);
    }
    for (const name of names) {
      if (name === null || !looksSecret(name)) continue;
      out.push(
        buildkitDiagnostic(
          'SecretsUsedInArgOrEnv',
          instructionRange(ctx, line),
          `Do not use ARG or ENV instructions for sensitive data (${keyword} ${goQuote(name)})`,
          'ENV values stay in the image and ARG values can show up in its history; pass secrets with RUN --mount=type=secret instead.',
        ),
      );
    }
  }
  return out;
};
