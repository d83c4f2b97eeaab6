/**
 * BuildKit's build checks (`docker build --check`), one file per rule, named and
 * worded as in moby/buildkit frontend/dockerfile/linter/ruleset.go.
 *
 * Like `--check`, every stage is checked, not only the stages the default target
 * needs (a normal `docker build` prints warnings only for the stages it builds).
 *
 * The `# check=` directive and the BUILDKIT_DOCKERFILE_CHECK build argument are
 * honoured: `skip=` hides rules, `experimental=` turns on experimental rules, and an
 * invalid value hides everything (BuildKit then fails before checking).
 *
 * Not implemented: InvalidBaseImagePlatform. BuildKit reports it only after pulling
 * the base image's metadata from the registry, when the image's OS/architecture
 * differs from the requested platform; nothing in the Dockerfile alone decides it
 * (scratch and stage bases are never checked).
 */
import type { Check } from '../../types';
import { checkConfig, ruleEnabled } from './check-config';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { copyIgnoredFile } from './copy-ignored-file';
import { duplicateStageName } from './duplicate-stage-name';
import { exposeInvalidFormat } from './expose-invalid-format';
import { exposeProtoCasing } from './expose-proto-casing';
import { fromAsCasing } from './from-as-casing';
import { fromPlatformFlagConstDisallowed } from './from-platform-flag-const-disallowed';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from';
import { invalidDefinitionDescription } from './invalid-definition-description';
import { jsonArgsRecommended } from './json-args-recommended';
import { legacyKeyValueFormat } from './legacy-key-value-format';
import { maintainerDeprecated } from './maintainer-deprecated';
import { multipleInstructionsDisallowed } from './multiple-instructions-disallowed';
import { noEmptyContinuation } from './no-empty-continuation';
import { redundantTargetPlatform } from './redundant-target-platform';
import { reservedStageName } from './reserved-stage-name';
import { secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env';
import { stageNameCasing } from './stage-name-casing';
import { undefinedArgInFrom } from './undefined-arg-in-from';
import { undefinedVar } from './undefined-var';
import { workdirRelativePath } from './workdir-relative-path';

interface RuleEntry {
  rule: string;
  check: Check;
  /** Experimental in BuildKit: off unless `# check=experimental=` names it. */
  experimental?: boolean;
}

export const BUILDKIT_RULES: readonly RuleEntry[] = [
  { rule: 'StageNameCasing', check: stageNameCasing },
  { rule: 'FromAsCasing', check: fromAsCasing },
  { rule: 'NoEmptyContinuation', check: noEmptyContinuation },
  { rule: 'ConsistentInstructionCasing', check: consistentInstructionCasing },
  { rule: 'DuplicateStageName', check: duplicateStageName },
  { rule: 'ReservedStageName', check: reservedStageName },
  { rule: 'JSONArgsRecommended', check: jsonArgsRecommended },
  { rule: 'MaintainerDeprecated', check: maintainerDeprecated },
  { rule: 'UndefinedArgInFrom', check: undefinedArgInFrom },
  { rule: 'WorkdirRelativePath', check: workdirRelativePath },
  { rule: 'UndefinedVar', check: undefinedVar },
  { rule: 'MultipleInstructionsDisallowed', check: multipleInstructionsDisallowed },
  { rule: 'LegacyKeyValueFormat', check: legacyKeyValueFormat },
  { rule: 'InvalidDefaultArgInFrom', check: invalidDefaultArgInFrom },
  { rule: 'FromPlatformFlagConstDisallowed', check: fromPlatformFlagConstDisallowed },
  { rule: 'CopyIgnoredFile', check: copyIgnoredFile },
  { rule: 'RedundantTargetPlatform', check: redundantTargetPlatform },
  { rule: 'SecretsUsedInArgOrEnv', check: secretsUsedInArgOrEnv },
  // Shown as 'info' unless enabled, see invalid-definition-description.ts.
  { rule: 'InvalidDefinitionDescription', check: invalidDefinitionDescription, experimental: true },
  { rule: 'ExposeProtoCasing', check: exposeProtoCasing },
  { rule: 'ExposeInvalidFormat', check: exposeInvalidFormat },
];

/** Wraps a rule so the `# check=` configuration decides whether it reports. */
function configured({ rule, check, experimental = false }: RuleEntry): Check {
  const run: Check = (ctx) => {
    const config = checkConfig(ctx);
    if (config.invalid !== null) return [];
    if (experimental && !ruleEnabled(config, rule, true)) {
      // Our own hint mode: hidden when the author skips the rule or all rules.
      if (config.skipAll || config.skip.has(rule)) return [];
    } else if (!ruleEnabled(config, rule, experimental)) {
      return [];
    }
    return check(ctx);
  };
  // Named after the rule, so failures ('internal' diagnostics) and the bench can say which.
  Object.defineProperty(run, 'name', { value: rule });
  return run;
}

export const buildkitChecks: Check[] = BUILDKIT_RULES.map(configured);
