/**
 * UndefinedArgInFrom: a FROM line (image or --platform) uses a variable that no ARG
 * before the first FROM declares and BuildKit does not predefine.
 * Source: dockerfile2llb/convert.go buildDispatchStates + reportUnusedFromArgs.
 */
import type { Check, Diagnostic } from '../../types';
import { skippedByComment } from './check-config';
import { lookupFor, simulate } from './stage-sim';
import { lexWord } from '@/lib/docker/shell-lex';
import { suggestName } from './suggest';
import { buildkitDiagnostic, instructionRange, parsesCompletely } from './util';

export const undefinedArgInFrom: Check = (ctx) => {
  if (!parsesCompletely(ctx)) return [];
  const { global, stages } = simulate(ctx);
  const knownNames = new Set([...global.declared, ...global.env.keys()]);
  const known = [...knownNames];
  const lookup = lookupFor(global.env, true);
  const out: Diagnostic[] = [];
  for (const stage of stages) {
    if (skippedByComment(stage.from.comments, 'UndefinedArgInFrom')) continue;
    const words = [stage.fromArgs.baseName];
    if (stage.fromArgs.platform !== undefined && stage.fromArgs.platform !== '') words.push(stage.fromArgs.platform);
    for (const word of words) {
      const { unmatched } = lexWord(word, lookup, { escape: ctx.analysis.escapeChar });
      for (const name of unmatched) {
        if (knownNames.has(name)) continue;
        const suggestion = suggestName(name, known);
        const message = `FROM argument '${name}' is not declared` + (suggestion ? ` (did you mean ${suggestion}?)` : '');
        out.push(
          buildkitDiagnostic(
            'UndefinedArgInFrom',
            instructionRange(ctx, stage.from),
            message,
            `Declare it with ARG ${name} before the first FROM, or it expands to an empty string.`,
          ),
        );
      }
    }
  }
  return out;
};
