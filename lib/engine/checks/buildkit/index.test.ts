import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import type { AnalyzeOptions } from '@/lib/engine/types';
import { BUILDKIT_RULES, buildkitChecks } from './index';
import { contextFor } from './test-support';

function lint(source: string, options: AnalyzeOptions = {}): string[] {
  const ctx = contextFor(source, options);
  return buildkitChecks
    .flatMap((check) => check(ctx))
    .map((d) => `${d.buildkitCheck}@${d.line}`)
    .sort();
}

describe('buildkitChecks', () => {
  it('has one check per BuildKit rule we can decide from the Dockerfile', () => {
    expect(BUILDKIT_RULES.map((r) => r.rule).sort()).toEqual(
      [
        'ConsistentInstructionCasing', 'CopyIgnoredFile', 'DuplicateStageName', 'ExposeInvalidFormat',
        'ExposeProtoCasing', 'FromAsCasing', 'FromPlatformFlagConstDisallowed', 'InvalidDefaultArgInFrom',
        'InvalidDefinitionDescription', 'JSONArgsRecommended', 'LegacyKeyValueFormat', 'MaintainerDeprecated',
        'MultipleInstructionsDisallowed', 'NoEmptyContinuation', 'RedundantTargetPlatform', 'ReservedStageName',
        'SecretsUsedInArgOrEnv', 'StageNameCasing', 'UndefinedArgInFrom', 'UndefinedVar', 'WorkdirRelativePath',
      ].sort(),
    );
  });

  it('runs inside analyze()', () => {
    const source = 'FROM node:20 as build\nWORKDIR app\nMAINTAINER me\nCMD node server.js\n';
    const codes = analyze(source)
      .diagnostics.filter((d) => d.buildkitCheck)
      .map((d) => `${d.buildkitCheck}@${d.line}`);
    expect(codes).toEqual(['FromAsCasing@1', 'WorkdirRelativePath@2', 'MaintainerDeprecated@3', 'JSONArgsRecommended@4']);
  });

  it('reports nothing for a tidy multi-stage Dockerfile', () => {
    const source = [
      '# syntax=docker/dockerfile:1',
      'ARG NODE_VERSION=20',
      'FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS build',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      'FROM nginx:1.27-alpine',
      'LABEL org.opencontainers.image.authors="team@example.com"',
      'COPY --from=build /app/dist /usr/share/nginx/html',
      'EXPOSE 80',
      'HEALTHCHECK CMD ["wget", "-q", "-O", "-", "http://localhost/"]',
      'CMD ["nginx", "-g", "daemon off;"]',
      '',
    ].join('\n');
    expect(lint(source, { dockerignore: 'node_modules\n.git\n*.log\n' })).toEqual([]);
  });

  // Ported from BuildKit's testRuleCheckOption.
  describe('# check= directive', () => {
    const body = 'FROM scratch as base\ncopy Dockerfile .\n';

    it('skip=all hides every rule', () => {
      expect(lint(`#check=skip=all\n${body}`)).toEqual([]);
      expect(lint(`#check=skip=all;error=true\n${body}`)).toEqual([]);
    });

    it('skip=<rules> hides the named rules only', () => {
      expect(lint(`#check=skip=ConsistentInstructionCasing,FromAsCasing\n${body}`)).toEqual([]);
      expect(lint(`#check=skip=ConsistentInstructionCasing\n${body}`)).toEqual(['FromAsCasing@2']);
      expect(lint(`#check=skip=ConsistentInstructionCasing;error=true\n${body}`)).toEqual(['FromAsCasing@2']);
    });

    it('the BUILDKIT_DOCKERFILE_CHECK build argument replaces the directive', () => {
      const buildArgs = { BUILDKIT_DOCKERFILE_CHECK: 'skip=ConsistentInstructionCasing;error=true' };
      expect(lint(`#check=skip=all\n${body}`, { buildArgs })).toEqual(['FromAsCasing@2']);
      expect(lint(`#check=error=true\n${body}`, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' } })).toEqual([]);
    });

    it('an invalid value stops BuildKit before any check', () => {
      expect(lint(`#check=skip\n${body}`)).toEqual([]);
      expect(lint(`#check=error=maybe\n${body}`)).toEqual([]);
    });

    it('without a directive, every rule runs', () => {
      expect(lint(body)).toEqual(['ConsistentInstructionCasing@2', 'FromAsCasing@1']);
    });

    it('experimental=InvalidDefinitionDescription turns the hint into a warning; skip=all hides the hint', () => {
      const source = 'FROM alpine\n# the version\nARG VERSION=1\n';
      const severity = (src: string) =>
        buildkitChecks.flatMap((c) => c(contextFor(src))).map((d) => `${d.buildkitCheck}:${d.severity}`);
      expect(severity(source)).toEqual(['InvalidDefinitionDescription:info']);
      expect(severity(`# check=experimental=InvalidDefinitionDescription\n${source}`)).toEqual([
        'InvalidDefinitionDescription:warning',
      ]);
      expect(severity(`# check=skip=all\n${source}`)).toEqual([]);
    });
  });

  describe('# check= comment above an instruction (WithMergedConfigFromComments)', () => {
    it('skips the named rule for that instruction only', () => {
      expect(lint('FROM alpine\n# check=skip=UndefinedVar\nCOPY $A .\nCOPY $B .\n')).toEqual(['UndefinedVar@4']);
      expect(lint('FROM alpine\n# check=skip=JSONArgsRecommended\nCMD node app.js\n')).toEqual([]);
    });

    it('applies to FROM-level checks through the FROM comments', () => {
      expect(lint('# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 alpine\n')).toEqual([]);
      expect(lint('FROM alpine AS a\n# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 alpine\n')).toEqual([]);
      expect(lint('FROM alpine AS a\n# pinned on purpose\nFROM --platform=linux/amd64 alpine\n')).toEqual([
        'FromPlatformFlagConstDisallowed@3',
      ]);
    });
  });
});
