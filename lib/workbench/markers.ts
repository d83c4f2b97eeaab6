/**
 * Diagnostics -> editor markers and problem rows. Pure data, shaped like Monaco's IMarkerData so the
 * editor adapter only hands them over.
 */
import type { Diagnostic, Severity } from '@/lib/engine/types';
import { type MonacoRangeLike, type TextShape, toMonacoRange, visibleRange } from './ranges';

/** Monaco's MarkerSeverity values (Hint = 1 is not used: every diagnostic is worth showing). */
export const MARKER_SEVERITY: Record<Severity, 2 | 4 | 8> = { error: 8, warning: 4, info: 2 };

export interface MarkerDataLike extends MonacoRangeLike {
  severity: 2 | 4 | 8;
  message: string;
  /** Shown by Monaco after the message, e.g. "JSONArgsRecommended". */
  code: string;
  source: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What a learner can look up: BuildKit's check name, else hadolint's rule, else Layerwise's code. */
export function ruleLabel(d: Pick<Diagnostic, 'code' | 'buildkitCheck' | 'hadolintRule'>): string {
  return d.buildkitCheck ?? d.hadolintRule ?? d.code;
}

/** Who else reports this problem: "BuildKit", "hadolint", or "Layerwise". */
export function ruleSource(d: Pick<Diagnostic, 'code' | 'buildkitCheck' | 'hadolintRule' | 'dockerMessage'>): string {
  if (d.buildkitCheck) return 'BuildKit check';
  if (d.hadolintRule) return 'hadolint';
  if (d.dockerMessage) return 'docker build';
  return 'Layerwise';
}

export function diagnosticToMarker(d: Diagnostic, shape: TextShape): MarkerDataLike {
  return {
    ...toMonacoRange(visibleRange(d, shape), shape),
    severity: MARKER_SEVERITY[d.severity] ?? MARKER_SEVERITY.info,
    message: d.dockerMessage ? `${d.message}\nDocker says: ${d.dockerMessage}` : d.message,
    code: ruleLabel(d),
    source: ruleSource(d),
  };
}

/** File order (line, then column), errors before warnings on the same spot. A new array. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return counts;
}

/**
 * A key that identifies a diagnostic at its place, used to find the fix behind a Monaco marker
 * (Monaco hands code-action providers its markers, not our diagnostics).
 */
export function markerKey(m: Pick<MarkerDataLike, 'code' | 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn' | 'message'>): string {
  return `${m.code}@${m.startLineNumber}:${m.startColumn}-${m.endLineNumber}:${m.endColumn}|${m.message}`;
}

/** "1 error, 2 warnings" / "No problems". */
export function problemCountText(counts: Record<Severity, number>): string {
  const parts: string[] = [];
  if (counts.error) parts.push(`${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`);
  if (counts.warning) parts.push(`${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`);
  if (counts.info) parts.push(`${counts.info} ${counts.info === 1 ? 'note' : 'notes'}`);
  return parts.length ? parts.join(', ') : 'No problems';
}
