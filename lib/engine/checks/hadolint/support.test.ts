import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '@/lib/engine/analyze';
import type { Instruction } from '@/lib/engine/types';
import { hadolintChecks } from './index';
import { learnerChecks } from '../learner/index';
import { cacheMountTargets, parseImageReference, ruleMessage, runScript, type HadolintRule } from './support';
import { linesOf, runCheck } from './test-helpers';

const instructionAt = (source: string, line: number): Instruction =>
  analyze(source).instructions.find((i) => i.range.line === line)!;

describe('runScript', () => {
  it('is the command of a shell-form RUN and the joined words of an exec-form RUN', () => {
    expect(runScript(instructionAt('FROM a:1\nRUN --mount=type=cache,target=/x apt-get update\n', 2))).toBe('apt-get update');
    expect(runScript(instructionAt('FROM a:1\nRUN ["apt-get", "install", "-y", "x"]\n', 2))).toBe('apt-get install -y x');
  });
  it('is the heredoc body of a heredoc-only RUN, unless a shebang picks another language', () => {
    expect(runScript(instructionAt('FROM a:1\nRUN <<EOF\napt-get update\nEOF\n', 2)).trim()).toBe('apt-get update');
    expect(runScript(instructionAt('FROM a:1\nRUN <<EOF\n#!/usr/bin/env python\nprint(1)\nEOF\n', 2))).toBe('');
    expect(linesOf('DL3009', 'FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF')).toEqual([2]);
  });
});

describe('ruleMessage', () => {
  it('keeps the rule text and the explanation as two sentences, adding a period where the rule text has none', () => {
    expect(ruleMessage({ message: 'Always tag the version of an image explicitly', explanation: 'Without a tag Docker uses latest.' })).toBe(
      'Always tag the version of an image explicitly. Without a tag Docker uses latest.',
    );
    expect(ruleMessage({ message: 'Use WORKDIR to switch to a directory.', explanation: 'A cd ends with its RUN.' })).toBe(
      'Use WORKDIR to switch to a directory. A cd ends with its RUN.',
    );
    expect(ruleMessage({ message: 'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>`', explanation: 'X.' })).toBe(
      'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>`. X.',
    );
    expect(ruleMessage({ message: 'Always tag the version of an image explicitly' })).toBe('Always tag the version of an image explicitly');
  });

  it('makes every hadolint rule with an explanation read as separate sentences', async () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const modules = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const rules: HadolintRule[] = [];
    for (const file of modules) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        if (value && typeof value === 'object' && 'code' in value && 'message' in value && 'severity' in value) rules.push(value as HadolintRule);
      }
    }
    const explained = rules.filter((r) => r.explanation);
    expect(explained.length).toBeGreaterThan(10);
    for (const rule of explained) {
      const text = rule.message.trim();
      const message = ruleMessage(rule);
      // The rule's text ends a sentence right before the explanation starts.
      expect(message.slice(0, message.length - rule.explanation!.trim().length), `${rule.code}: ${message}`).toMatch(/[.!?] $/);
      expect(message.startsWith(text), rule.code).toBe(true);
    }
  });

  it('is what report() puts in a diagnostic (DL3006)', () => {
    const [d] = analyze('FROM python\n').diagnostics.filter((x) => x.code === 'DL3006');
    expect(d.message).toMatch(/^Always tag the version of an image explicitly\. Without a tag/);
  });
});

describe('parseImageReference', () => {
  it('separates name, tag and digest; a registry port is not a tag', () => {
    expect(parseImageReference('python:3.12-slim')).toEqual({ name: 'python', tag: '3.12-slim', digest: null });
    expect(parseImageReference('localhost:5000/app')).toEqual({ name: 'localhost:5000/app', tag: null, digest: null });
    expect(parseImageReference('r.io:443/a/b:1@sha256:ab')).toEqual({ name: 'r.io:443/a/b', tag: '1', digest: 'sha256:ab' });
  });
});

describe('cacheMountTargets', () => {
  it('reads target, dst and destination of cache mounts only', () => {
    const instr = instructionAt(
      'FROM a:1\nRUN --mount=type=cache,target=/a --mount=type=cache,dst=/b --mount=type=secret,id=s,target=/c true\n',
      2,
    );
    expect(cacheMountTargets(instr)).toEqual(['/a', '/b']);
  });
});

describe('every hadolint and learner check', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'FROM debian', 'FROM node:20 AS build', 'FROM build', 'WORKDIR app', 'USER root', 'COPY . .', 'COPY a b c',
      'COPY --from=build /x /y', 'ADD x.tar /', 'RUN apt-get update && apt-get install curl | tee log', 'RUN cd /x',
      'RUN pip install flask', 'RUN npm ci', 'RUN requirements.txt', 'RUN python main.py', 'CMD node server.js',
      'CMD["a"]', 'RUNN x', 'EXPOSE 8080:80', 'EXPOSE 99999', 'MAINTAINER me', 'ONBUILD RUN sudo ls', 'RUN <<EOF',
      'EOF', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'ENV PIP_NO_CACHE_DIR=1', 'RUN echo a \\', '',
      '# comment', 'LABEL a=b',
    ),
    fc.string({ maxLength: 30 }),
  );
  it('never throws and reports inside the file, on the first line of an instruction', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const lineCount = lines.length + 1;
        const starts = new Set(analyze(lines.join('\n') + '\n').instructions.map((i) => i.range.line));
        for (const check of [...hadolintChecks, ...learnerChecks]) {
          for (const d of runCheck(check, ...lines)) {
            if (d.line < 1 || d.line > lineCount || d.endLine < d.line || !starts.has(d.line)) return false;
            if (d.endLine === d.line && d.endColumn < d.column) return false;
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
