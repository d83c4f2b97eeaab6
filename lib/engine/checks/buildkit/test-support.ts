/**
 * Test helpers: run one BuildKit check on a Dockerfile through the real analyze(),
 * and describe diagnostics compactly for assertions.
 */
import { applyFix as applyFixToText } from '@/lib/engine/apply-fix';
import { expect } from 'vitest';
import { analyze } from '@/lib/engine/analyze';
import type { AnalyzeOptions, Check, CheckContext, Diagnostic } from '@/lib/engine/types';

/** Builds the CheckContext analyze() gives the checks. */
export function contextFor(source: string, options: AnalyzeOptions = {}): CheckContext {
  const { diagnostics: _diagnostics, ...analysis } = analyze(source, options);
  return { source, lines: source.split(/\r\n|\r|\n/), analysis, options };
}

export function runCheck(check: Check, source: string, options: AnalyzeOptions = {}): Diagnostic[] {
  return check(contextFor(source, options));
}

/** "Rule@line: message" without the learner sentence, sorted by line then message, as BuildKit's tests compare. */
export function summary(diagnostics: Diagnostic[], bkMessages: string[] = []): string[] {
  return diagnostics
    .map((d) => {
      const bk = bkMessages.find((m) => d.message.startsWith(m));
      return `${d.buildkitCheck}@${d.line}: ${bk ?? d.message}`;
    })
    .sort();
}

/** The BuildKit part of a message (before the learner sentence we append). */
export function bkMessage(d: Diagnostic, expected: string): string {
  return d.message.startsWith(expected) ? expected : d.message;
}

/**
 * The source after the diagnostic's fix, applied as the editor applies it
 * (lib/engine/apply-fix.ts); fails when there is no fix or its edits overlap.
 */
export function applyFix(source: string, diagnostic: Diagnostic): string {
  if (!diagnostic.fix) throw new Error(`${diagnostic.code} has no fix`);
  const fixed = applyFixToText(source, diagnostic.fix);
  if (fixed === null) throw new Error(`${diagnostic.code}: the edits of its fix overlap`);
  return fixed;
}

/**
 * Asserts the diagnostics are exactly `expected` ([line, BuildKit message]) for one
 * rule, in any order. Our messages start with BuildKit's text, then a learner note.
 */
export function expectWarnings(diagnostics: Diagnostic[], rule: string, expected: Array<[number, string]>): void {
  const byPosition = (a: [number, string], b: [number, string]) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  const actual = diagnostics
    .map((d): [number, string] => {
      const match = expected.find(([line, message]) => line === d.line && startsWithMessage(d.message, message));
      return [d.line, match ? match[1] : d.message];
    })
    .sort(byPosition);
  expect(actual).toEqual([...expected].sort(byPosition));
  for (const d of diagnostics) {
    expect([d.code, d.buildkitCheck]).toEqual([rule, rule]);
  }
}

function startsWithMessage(message: string, bk: string): boolean {
  if (!message.startsWith(bk)) return false;
  const rest = message.slice(bk.length);
  return rest === '' || rest.startsWith(' ') || rest.startsWith('. ');
}
