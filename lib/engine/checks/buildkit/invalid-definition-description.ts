/**
 * InvalidDefinitionDescription (experimental in BuildKit): a comment right above an
 * ARG or a named FROM is taken as its description by `docker build --call=outline`
 * and `--call=targets`, so it should start with the ARG or stage name
 * (`# version the release to build`). BuildKit (instructions/parse.go
 * validateDefinitionDescription) looks at the last comment collected since the
 * previous instruction; an empty `#` line resets the collection, a blank line does not.
 *
 * Parser directives at the top (`# syntax=...`) are not collected as comments.
 *
 * Severity: BuildKit reports this rule only when `# check=experimental=...` enables
 * it; then we report it as a warning, exactly as BuildKit does. Otherwise we still
 * show it, as 'info': a hint that BuildKit would not print by default.
 */
import type { Check, Diagnostic } from '../../types';
import { checkConfig } from './check-config';
import { argDeclarations, fromArgs } from './instruction-args';
import { buildkitDiagnostic, instructionRange, parsedLines } from './util';

export const RULE = 'InvalidDefinitionDescription';

export const invalidDefinitionDescription: Check = (ctx) => {
  const config = checkConfig(ctx);
  const enabled = config.experimentalAll || config.experimental.has(RULE);
  const out: Diagnostic[] = [];
  for (const line of parsedLines(ctx, 'afterParsing')) {
    const keyword = line.instruction.keyword;
    let keys: string[];
    if (keyword === 'FROM') {
      const name = fromArgs(line).stageName;
      keys = name === '' ? [] : [name];
    } else if (keyword === 'ARG') {
      keys = argDeclarations(line).map((a) => a.key);
    } else {
      continue;
    }
    if (line.comments.length === 0 || keys.length === 0) continue;
    const lastComment = line.comments[line.comments.length - 1];
    if (keys.includes(lastComment.split(' ')[0])) continue;
    const example = keys.length > 1 ? '<arg_key>' : keys[0];
    const diagnostic = buildkitDiagnostic(
      RULE,
      instructionRange(ctx, line),
      `Comment for ${keyword} should follow the format: \`# ${example} <description>\``,
      'A comment right above ARG or FROM is used as its description; start it with the name, or separate it with an empty # line.',
      undefined,
      enabled ? 'warning' : 'info',
    );
    // Our hint only: BuildKit prints nothing for an experimental rule that is not enabled.
    if (!enabled) delete diagnostic.buildkitMessage;
    out.push(diagnostic);
  }
  return out;
};
