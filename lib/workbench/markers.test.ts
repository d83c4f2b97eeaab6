import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/engine/types';
import { countBySeverity, diagnosticToMarker, markerKey, problemCountText, ruleLabel, sortDiagnostics } from './markers';
import { shapeOf } from './ranges';

function diag(over: Partial<Diagnostic>): Diagnostic {
  return { code: 'x', severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, ...over };
}

describe('diagnostic -> marker', () => {
  const shape = shapeOf('FROM alpine\nCMD["python", "main.py"]\n');

  it('maps severities to Monaco marker severities', () => {
    expect(diagnosticToMarker(diag({ severity: 'error' }), shape).severity).toBe(8);
    expect(diagnosticToMarker(diag({ severity: 'warning' }), shape).severity).toBe(4);
    expect(diagnosticToMarker(diag({ severity: 'info' }), shape).severity).toBe(2);
  });

  it('names the rule the way BuildKit or hadolint name it, and keeps Docker’s own message', () => {
    const m = diagnosticToMarker(
      diag({ code: 'parse-unknown-instruction', severity: 'error', line: 2, column: 1, endLine: 2, endColumn: 14, message: 'Put a space.', dockerMessage: 'dockerfile parse error on line 2: unknown instruction: CMD["python",' }),
      shape,
    );
    expect(m).toMatchObject({ startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 14, code: 'parse-unknown-instruction', source: 'docker build' });
    expect(m.message).toContain('Docker says: dockerfile parse error on line 2');
    expect(ruleLabel(diag({ code: 'a', buildkitCheck: 'JSONArgsRecommended', hadolintRule: 'DL3025' }))).toBe('JSONArgsRecommended');
    expect(ruleLabel(diag({ code: 'a', hadolintRule: 'DL3025' }))).toBe('DL3025');
  });

  it('clamps a marker from a stale analysis into the current text', () => {
    const m = diagnosticToMarker(diag({ line: 40, column: 1, endLine: 40, endColumn: 9 }), shape);
    expect(m.startLineNumber).toBe(3);
  });

  it('gives equal markers equal keys and different places different keys', () => {
    const a = diagnosticToMarker(diag({ line: 1 }), shape);
    expect(markerKey(a)).toBe(markerKey({ ...a }));
    expect(markerKey(a)).not.toBe(markerKey({ ...a, startLineNumber: 2 }));
  });
});

describe('problems list order and counts', () => {
  it('sorts by line, then column, errors first', () => {
    const sorted = sortDiagnostics([diag({ code: 'c', line: 3 }), diag({ code: 'b', line: 1, column: 4 }), diag({ code: 'w', line: 1, column: 1 }), diag({ code: 'e', line: 1, column: 1, severity: 'error' })]);
    expect(sorted.map((d) => d.code)).toEqual(['e', 'w', 'b', 'c']);
  });
  it('counts and words the totals', () => {
    const counts = countBySeverity([diag({ severity: 'error' }), diag({}), diag({})]);
    expect(problemCountText(counts)).toBe('1 error, 2 warnings');
    expect(problemCountText(countBySeverity([]))).toBe('No problems');
  });
});
