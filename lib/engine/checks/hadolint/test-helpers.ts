/** Test helpers: run the whole engine and look at one rule's diagnostics. */
import { applyFix as applyFixToText } from '@/lib/engine/apply-fix';
import { analyze } from '@/lib/engine/analyze';
import type { Check, CheckContext, Diagnostic } from '@/lib/engine/types';

/**
 * Diagnostics with `code` for the Dockerfile made of `lines`. A hadolint rule is also
 * found where the engine merged it into the BuildKit check saying the same thing
 * (the merged diagnostic keeps `hadolintRule`).
 */
export function findings(code: string, ...lines: string[]): Diagnostic[] {
  return analyze(lines.join('\n') + '\n').diagnostics.filter((d) => d.code === code || d.hadolintRule === code);
}

/** Lines `code` reports on. */
export function linesOf(code: string, ...lines: string[]): number[] {
  return findings(code, ...lines).map((d) => d.line);
}

/** Same Dockerfile wrapped in ONBUILD, line by line (hadolint's onBuildRuleCatches). */
export function onbuild(...lines: string[]): string[] {
  return lines.map((l, i) => {
    const continuation = i > 0 && lines[i - 1].endsWith('\\');
    return continuation || l.startsWith('FROM') || l.startsWith('#') ? l : `ONBUILD ${l}`;
  });
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

/** Runs one check alone on the engine's analysis of `lines` (before any merging). */
export function runCheck(check: Check, ...lines: string[]): Diagnostic[] {
  const source = lines.join('\n') + '\n';
  const { diagnostics: _ignored, ...analysis } = analyze(source);
  void _ignored;
  const ctx: CheckContext = { source, lines: source.split(/\r\n|\r|\n/), analysis, options: {} };
  return check(ctx);
}
