/**
 * Build-check warnings as buildx prints them after a build (printWarnings, LintFormatShort):
 *    1 warning found (use docker --debug to expand):
 *    - JSONArgsRecommended: JSON arguments recommended for CMD to prevent ... (line 8)
 * Only checks of stages that are built are reported (moby/buildkit
 * frontend/dockerfile/dockerfile_check_test.go).
 */
import type { Analysis } from '@/lib/engine/types';
import type { BuildWarning } from '../types';

/** Build checks of the built stages (and of the global scope), in line order. */
export function buildWarnings(analysis: Analysis, builtStages: Set<number>): BuildWarning[] {
  const stageOfLine = new Map<number, number>();
  for (const ins of analysis.instructions) {
    for (let line = ins.range.line; line <= ins.range.endLine; line++) stageOfLine.set(line, ins.stageIndex);
  }
  const out: BuildWarning[] = [];
  for (const d of analysis.diagnostics) {
    // Only what BuildKit itself reports: a build check that fired carries its own text
    // (a hadolint rule that merely names the corresponding check does not).
    if (!d.buildkitCheck || d.buildkitMessage === undefined) continue;
    const stage = stageOfLine.get(d.line) ?? -1;
    if (stage !== -1 && !builtStages.has(stage)) continue;
    out.push({ rule: d.buildkitCheck, message: d.buildkitMessage, line: d.line });
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
