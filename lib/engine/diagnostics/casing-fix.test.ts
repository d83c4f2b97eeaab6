import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Diagnostic } from '../types';

function applyFix(source: string, d: Diagnostic): string {
  const lines = source.split('\n');
  for (const e of d.fix!.edits) {
    const line = lines[e.line - 1];
    lines[e.line - 1] = line.slice(0, e.column - 1) + e.text + line.slice(e.endColumn - 1);
  }
  return lines.join('\n');
}

describe('lowercase instruction keyword', () => {
  it('offers the upper-case keyword as a fix, and the fixed file no longer reports it', () => {
    const source = 'from python:3.12-slim\nrun echo hi\n';
    const casing = analyze(source).diagnostics.filter((d) => d.code === 'dfu-CASING_INSTRUCTION');
    expect(casing.map((d) => d.line)).toEqual([1, 2]);
    expect(casing[1].fix?.edits).toEqual([{ line: 2, column: 1, endLine: 2, endColumn: 4, text: 'RUN' }]);
    const fixed = casing.reduce(applyFix, source);
    expect(fixed).toBe('FROM python:3.12-slim\nRUN echo hi\n');
    expect(analyze(fixed).diagnostics.filter((d) => d.code === 'dfu-CASING_INSTRUCTION')).toEqual([]);
  });

  it('is not reported for upper-case keywords', () => {
    expect(analyze('FROM python:3.12-slim\n').diagnostics.some((d) => d.code === 'dfu-CASING_INSTRUCTION')).toBe(false);
  });
});
