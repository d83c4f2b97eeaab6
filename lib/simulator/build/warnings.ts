/**
 * Build-check warnings as buildx prints them after a build (printWarnings, LintFormatShort):
 *    1 warning found (use docker --debug to expand):
 *    - JSONArgsRecommended: JSON arguments recommended for CMD to prevent ... (line 8)
 * Only checks of stages that are built are reported (docker-semantics E).
 */
import type { Analysis, Diagnostic } from '@/lib/engine/types';
import type { BuildWarning } from '../types';

/**
 * BuildKit's detail text of each rule (linter/ruleset.go Format). The engine's messages
 * start with it and may add a sentence for learners; these patterns cut that sentence off.
 */
const RULE_FORMATS: Record<string, RegExp> = {
  StageNameCasing: /^Stage name '[^']*' should be lowercase/,
  FromAsCasing: /^'[^']*' and '[^']*' keywords' casing do not match/,
  NoEmptyContinuation: /^Empty continuation line/,
  ConsistentInstructionCasing: /^Command '[^']*' should match the case of the command majority \((?:lowercase|uppercase)\)/,
  DuplicateStageName: /^Duplicate stage name "[^"]*", stage names should be unique/,
  ReservedStageName: /^Stage name should not use the same name as reserved stage "[^"]*"/,
  JSONArgsRecommended: /^JSON arguments recommended for \S+ to prevent unintended behavior related to OS signals/,
  MaintainerDeprecated: /^Maintainer instruction is deprecated in favor of using label/,
  UndefinedArgInFrom: /^FROM argument '[^']*' is not declared(?: \(did you mean [^?]*\?\))?/,
  WorkdirRelativePath: /^Relative workdir "[^"]*" can have unexpected results if the base image changes/,
  UndefinedVar: /^Usage of undefined variable '\$[^']*'(?: \(did you mean \$[^?]*\?\))?/,
  MultipleInstructionsDisallowed: /^Multiple \S+ instructions should not be used in the same stage because only the last one will be used/,
  LegacyKeyValueFormat: /^"\S+ key=value" should be used instead of legacy "\S+ key value" format/,
  InvalidBaseImagePlatform: /^Base image .* was pulled with platform "[^"]*", expected "[^"]*" for current build/,
  RedundantTargetPlatform: /^Setting platform to predefined \S+ in FROM is redundant as this is the default behavior/,
  SecretsUsedInArgOrEnv: /^Do not use ARG or ENV instructions for sensitive data \((?:ARG|ENV) "[^"]*"\)/,
  InvalidDefaultArgInFrom: /^Default value for ARG .* results in empty or invalid base image name/,
  FromPlatformFlagConstDisallowed: /^FROM --platform flag should not use constant value "[^"]*"/,
  CopyIgnoredFile: /^Attempting to \S+ file "[^"]*" that is excluded by \.dockerignore/,
  InvalidDefinitionDescription: /^Comment for \S+ should follow the format: `# \S+ <description>`/,
  ExposeProtoCasing: /^Defined protocol '[^']*' in EXPOSE instruction should be lowercase/,
  ExposeInvalidFormat: /^EXPOSE instruction should not define an IP address or host-port mapping, found '[^']*'/,
};

/** BuildKit's own detail for a build-check diagnostic. */
export function buildkitDetail(d: Diagnostic): string {
  if (d.dockerMessage) return d.dockerMessage;
  const pattern = d.buildkitCheck ? RULE_FORMATS[d.buildkitCheck] : undefined;
  const match = pattern?.exec(d.message);
  if (match) return match[0];
  // Unknown rule: the first sentence.
  const cut = /^(.*?[^.])\. [A-Z]/.exec(d.message);
  return cut ? cut[1] : d.message.replace(/\.$/, '');
}

/** Build checks of the built stages (and of the global scope), in line order. */
export function buildWarnings(analysis: Analysis, builtStages: Set<number>): BuildWarning[] {
  const stageOfLine = new Map<number, number>();
  for (const ins of analysis.instructions) {
    for (let line = ins.range.line; line <= ins.range.endLine; line++) stageOfLine.set(line, ins.stageIndex);
  }
  const out: BuildWarning[] = [];
  for (const d of analysis.diagnostics) {
    if (!d.buildkitCheck) continue;
    const stage = stageOfLine.get(d.line) ?? -1;
    if (stage !== -1 && !builtStages.has(stage)) continue;
    out.push({ rule: d.buildkitCheck, message: buildkitDetail(d), line: d.line });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** LintFormatShort: "<Rule>: <detail> (line N)". */
export function shortWarning(w: BuildWarning): string {
  return `${w.rule}: ${w.message}${w.line > 0 ? ` (line ${w.line})` : ''}`;
}

export function warningsSummary(warnings: BuildWarning[]): string {
  if (warnings.length === 0) return '';
  const head = ` ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'} found (use docker --debug to expand):`;
  return [head, ...warnings.map((w) => ` - ${shortWarning(w)}`)].join('\n');
}
