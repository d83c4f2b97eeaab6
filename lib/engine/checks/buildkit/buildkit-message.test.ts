/**
 * Every BuildKit check gives BuildKit's exact detail text in `buildkitMessage`, apart
 * from the sentence `message` adds for learners.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import { BUILDKIT_RULES } from './index';

/** A Dockerfile each rule reports, and the detail BuildKit prints for it (linter/ruleset.go). */
const CASES: Record<string, { dockerfile: string; detail: string; options?: Parameters<typeof analyze>[1] }> = {
  StageNameCasing: { dockerfile: 'FROM alpine AS Build\n', detail: "Stage name 'Build' should be lowercase" },
  FromAsCasing: { dockerfile: 'FROM alpine as build\n', detail: "'as' and 'FROM' keywords' casing do not match" },
  NoEmptyContinuation: { dockerfile: 'FROM alpine\nRUN echo a \\\n\n  b\n', detail: 'Empty continuation line' },
  ConsistentInstructionCasing: { dockerfile: 'FROM alpine\nRUN a\nrun b\nRUN c\n', detail: "Command 'run' should match the case of the command majority (uppercase)" },
  DuplicateStageName: { dockerfile: 'FROM alpine AS a\nFROM alpine AS a\n', detail: 'Duplicate stage name "a", stage names should be unique' },
  ReservedStageName: { dockerfile: 'FROM alpine AS scratch\n', detail: 'Stage name should not use the same name as reserved stage "scratch"' },
  JSONArgsRecommended: { dockerfile: 'FROM alpine\nCMD echo hi\n', detail: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
  MaintainerDeprecated: { dockerfile: 'FROM alpine\nMAINTAINER me\n', detail: 'Maintainer instruction is deprecated in favor of using label' },
  UndefinedArgInFrom: { dockerfile: 'ARG VERSION=3\nFROM alpine:$VERSON\n', detail: "FROM argument 'VERSON' is not declared (did you mean VERSION?)" },
  WorkdirRelativePath: { dockerfile: 'FROM alpine\nWORKDIR app\n', detail: 'Relative workdir "app" can have unexpected results if the base image changes' },
  UndefinedVar: { dockerfile: 'FROM alpine\nENV HOME2=$HOM\n', detail: "Usage of undefined variable '$HOM'" },
  MultipleInstructionsDisallowed: { dockerfile: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n', detail: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used' },
  LegacyKeyValueFormat: { dockerfile: 'FROM alpine\nENV A b\n', detail: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
  InvalidDefaultArgInFrom: { dockerfile: 'ARG TAG\nFROM alpine:$TAG\n', detail: 'Default value for ARG alpine:$TAG results in empty or invalid base image name' },
  FromPlatformFlagConstDisallowed: { dockerfile: 'FROM --platform=linux/amd64 alpine\n', detail: 'FROM --platform flag should not use constant value "linux/amd64"' },
  CopyIgnoredFile: { dockerfile: 'FROM alpine\nCOPY notes.md /\n', detail: 'Attempting to Copy file "notes.md" that is excluded by .dockerignore', options: { dockerignore: '*.md\n' } },
  RedundantTargetPlatform: { dockerfile: 'FROM --platform=$TARGETPLATFORM alpine\n', detail: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior' },
  SecretsUsedInArgOrEnv: { dockerfile: 'FROM alpine\nARG API_TOKEN\n', detail: 'Do not use ARG or ENV instructions for sensitive data (ARG "API_TOKEN")' },
  InvalidDefinitionDescription: { dockerfile: '# check=experimental=InvalidDefinitionDescription\n# the version\nARG VERSION=1\nFROM alpine\n', detail: 'Comment for ARG should follow the format: `# VERSION <description>`' },
  ExposeProtoCasing: { dockerfile: 'FROM alpine\nEXPOSE 80/TCP\n', detail: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase" },
  ExposeInvalidFormat: { dockerfile: 'FROM alpine\nEXPOSE 8080:80\n', detail: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80'" },
};

describe('buildkitMessage: BuildKit\'s own text of each build check', () => {
  it('covers every rule of the set', () => {
    expect(Object.keys(CASES).sort()).toEqual(BUILDKIT_RULES.map((r) => r.rule).sort());
  });

  it.each(Object.entries(CASES))('%s', (rule, { dockerfile, detail, options }) => {
    const found = analyze(dockerfile, options).diagnostics.filter((d) => d.buildkitCheck === rule);
    expect(found.map((d) => d.buildkitMessage)).toContain(detail);
    for (const d of found) {
      // The message is BuildKit's text, then the learner sentence.
      expect(d.message.startsWith(d.buildkitMessage!)).toBe(true);
      expect(d.message.length).toBeGreaterThan(d.buildkitMessage!.length);
    }
  });

  it('is absent from the hint for an experimental rule BuildKit does not run', () => {
    const [d] = analyze('# the version\nARG VERSION=1\nFROM alpine\n').diagnostics.filter((x) => x.buildkitCheck === 'InvalidDefinitionDescription');
    expect(d.severity).toBe('info');
    expect(d.buildkitMessage).toBeUndefined();
  });

  it('stays on a merged diagnostic and is not given to a rule that only names the check', () => {
    // DL3025 says what JSONArgsRecommended says: one diagnostic, with BuildKit's text.
    const merged = analyze('FROM alpine\nCMD echo hi\n').diagnostics.filter((d) => d.buildkitCheck === 'JSONArgsRecommended');
    expect(merged).toHaveLength(1);
    expect(merged[0].buildkitMessage).toBe(CASES.JSONArgsRecommended.detail);
    // After a SHELL, BuildKit is silent; hadolint's DL3025 still names the check.
    const alone = analyze('FROM alpine\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n').diagnostics.filter((d) => d.buildkitCheck === 'JSONArgsRecommended');
    expect(alone.map((d) => [d.code, d.buildkitMessage])).toEqual([['DL3025', undefined]]);
  });
});
