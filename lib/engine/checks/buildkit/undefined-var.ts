/**
 * UndefinedVar: an instruction that BuildKit expands (ENV, LABEL, ARG defaults, COPY,
 * ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, RUN --mount, COPY heredoc bodies) uses a
 * variable that is not defined at that point. Defined means: set by ENV or an ARG
 * with a value earlier in the stage or in a stage it is built FROM, declared by an
 * ARG, or set by the base image. RUN, CMD and ENTRYPOINT commands are left to the
 * shell and are not checked.
 *
 * Source: dockerfile2llb/convert.go dispatch + validations.go reportUnmatchedVariables.
 * Base images from a registry: we only know the environment of a few official ones
 * (base-image-env.ts); for others nothing is reported.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { simulate } from './stage-sim';
import { suggestName } from './suggest';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const undefinedVar: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const out: Diagnostic[] = [];
  for (const state of simulate(ctx).states) {
    // Most instructions use no undefined variable: look before doing anything else.
    if (!state.expansions.some((e) => e.undefinedVars.length > 0)) continue;
    if (skippedByComment(state.line.comments, 'UndefinedVar')) continue;
    // Reported once per message; the message is the name and the suggestion, so those two
    // are the key (no message string is built for a repeat). A name almost always comes with
    // one suggestion: it is kept as a string, and a Set only when a second one turns up.
    const reported = new Map<string, string | Set<string>>();
    const range = instructionRange(ctx, state.line);
    for (const expansion of state.expansions) {
      for (const name of expansion.undefinedVars) {
        const suggestion = suggestName(name, expansion.envKeys);
        const seen = reported.get(name);
        if (seen === undefined) reported.set(name, suggestion);
        else if (seen === suggestion || (typeof seen !== 'string' && seen.has(suggestion))) continue;
        else if (typeof seen === 'string') reported.set(name, new Set([seen, suggestion]));
        else seen.add(suggestion);
        const message = `Usage of undefined variable '$${name}'` + (suggestion ? ` (did you mean $${suggestion}?)` : '');
        out.push(
          buildkitDiagnostic(
            'UndefinedVar',
            range,
            message,
            `Define it first with ARG ${name} or ENV ${name}=...; as written it expands to an empty string.`,
          ),
        );
      }
    }
  }
  return out;
};
