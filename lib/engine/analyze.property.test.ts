/**
 * analyze() never throws and always returns a well-formed Analysis, whatever the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from './analyze';
import type { Analysis, Range } from './types';
import { dockerfileLine, dockerfileText } from './test-support/arbitraries';

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inText(r: Range, lengths: number[], what: string): void {
  const ok =
    Number.isInteger(r.line) && Number.isInteger(r.column) && Number.isInteger(r.endLine) && Number.isInteger(r.endColumn) &&
    r.line >= 1 && r.line <= lengths.length &&
    r.endLine >= r.line && r.endLine <= lengths.length &&
    r.column >= 1 && r.column <= lengths[r.line - 1] + 1 &&
    r.endColumn >= 1 && r.endColumn <= lengths[r.endLine - 1] + 1 &&
    (r.endLine > r.line || r.endColumn >= r.column);
  if (!ok) throw new Error(`${what} out of the text: ${JSON.stringify(r)} (line lengths ${JSON.stringify(lengths.slice(0, 20))})`);
}

/** Every invariant a consumer relies on. */
function assertWellFormed(text: string, a: Analysis): void {
  const lengths = lineLengths(text);
  expect(Array.isArray(a.stages) && Array.isArray(a.diagnostics) && Array.isArray(a.instructions)).toBe(true);
  expect(['\\', '`']).toContain(a.escapeChar);
  for (const d of a.diagnostics) {
    inText(d, lengths, `diagnostic ${d.code}`);
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(typeof d.code === 'string' && d.code.length > 0 && typeof d.message === 'string').toBe(true);
  }
  for (let i = 1; i < a.diagnostics.length; i++) {
    const p = a.diagnostics[i - 1];
    const d = a.diagnostics[i];
    expect(p.line < d.line || (p.line === d.line && p.column <= d.column)).toBe(true);
  }
  let previousLine = 0;
  for (const ins of a.instructions) {
    inText(ins.range, lengths, `instruction ${ins.keyword}`);
    inText(ins.keywordRange, lengths, `keyword ${ins.keyword}`);
    for (const arg of ins.args) inText(arg.range, lengths, `argument of ${ins.keyword}`);
    for (const flag of ins.flags) inText(flag.range, lengths, `flag of ${ins.keyword}`);
    expect(ins.range.line).toBeGreaterThan(previousLine);
    previousLine = ins.range.endLine;
  }
  a.stages.forEach((stage, index) => {
    expect(stage.index).toBe(index);
    expect(stage.from.keyword).toBe('FROM');
    let line = stage.line;
    for (const step of stage.steps) {
      expect(step.line).toBeGreaterThan(line - 1);
      expect(step.endLine).toBeGreaterThanOrEqual(step.line);
      expect(step.summary.length).toBeGreaterThan(0);
      line = step.endLine + 1;
      expect(step.config.workdir.startsWith('/')).toBe(true);
    }
    if (stage.used) expect(stage.unusedReason).toBeUndefined();
    else expect(stage.unusedReason).toBeTruthy();
  });
  if (a.stages.length > 0) expect(a.stages[a.targetStage ?? -1]?.used).toBe(true);
}

/** The engine core alone must not hit an internal error on any input. */
function core(text: string): Analysis {
  const a = analyzeWith(text, {}, []);
  assertWellFormed(text, a);
  expect(a.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
  return a;
}

describe('analyze() on arbitrary input', () => {
  it('any UTF-16 string (lone surrogates, NUL, control characters)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void core(s)), { numRuns: 400 });
  });
  it('any printable-ish ASCII with Dockerfile punctuation', () => {
    const chars = fc.constantFrom(...'FROMRUNCMDENVARG[]{}"\'\\`$<-=:#/ .\t\r\n\0'.split(''));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 300 }), (s) => void core(s)), { numRuns: 400 });
  });
  it('Dockerfile-like text: directives, continuations, heredocs, JSON, CRLF', () => {
    fc.assert(fc.property(dockerfileText, (s) => void core(s)), { numRuns: 500 });
  });
  it('Dockerfile-like text after FROM, with the backtick escape', () => {
    const text = fc
      .array(dockerfileLine, { maxLength: 25 })
      .map((lines) => ['# escape=`', 'FROM alpine AS a', ...lines, 'FROM a'].join('\n'));
    fc.assert(fc.property(text, (s) => void core(s)), { numRuns: 300 });
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(dockerfileText, (s) => {
        expect(analyzeWith(s, {}, [])).toEqual(analyzeWith(s, {}, []));
      }),
      { numRuns: 100 },
    );
  });
  it('with every registered rule set, stays well-formed and no rule fails (a rule that throws becomes an internal diagnostic)', () => {
    fc.assert(
      fc.property(dockerfileText, (s) => {
        const a = analyze(s);
        assertWellFormed(s, a);
        expect(a.diagnostics.filter((d) => d.code === 'internal')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyze() on hostile input', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n'],
    ['NUL bytes', 'FROM alpine\0\nRUN \0echo\0\n'],
    ['CRLF', 'FROM alpine\r\nRUN a \\\r\n  b\r\nCMD ["x"]\r\n'],
    ['lone CR', 'FROM alpine\rRUN x\r'],
    ['BOM', '\uFEFFFROM alpine\n'],
    ['unterminated JSON', 'FROM alpine\nCMD ["a", "b"\nENTRYPOINT [\n'],
    ['nested JSON', 'FROM alpine\nCMD ["a", ["b"]]\n'],
    ['deep JSON', 'FROM alpine\nCMD ' + '['.repeat(20000) + '\n'],
    ['unterminated heredoc', 'FROM alpine\nRUN <<EOF\necho hi\n'],
    ['heredoc in ONBUILD', 'FROM alpine\nONBUILD RUN <<EOF\nx\nEOF\n'],
    ['continuation at EOF', 'FROM alpine\nRUN a \\'],
    ['bad substitution', 'FROM alpine\nENV A=${\nWORKDIR ${:x}\nLABEL a=${B:?must be set}\n'],
    ['instructions before FROM', 'RUN x\nCMD y\n'],
    ['only ARGs', 'ARG A=1\n'],
    ['invalid escape directive', '# escape=x\nFROM alpine\n'],
    ['self COPY --from', 'FROM alpine AS a\nCOPY --from=a / /\nCOPY --from=5 / /\n'],
    ['huge EXPOSE range', 'FROM alpine\nEXPOSE 1-65535\n'],
    ['surrogates', 'FROM \ud800\nLABEL \udfff=\ud83d\ude00\n'],
  ];
  it.each(cases)('%s', (_name, text) => {
    core(text);
    assertWellFormed(text, analyze(text));
  });
  it('non-string input is treated as an empty file', () => {
    const a = analyze(undefined as unknown as string);
    expect(a.diagnostics.map((d) => d.dockerMessage)).toContain('the Dockerfile cannot be empty');
  });
  // Speed is measured by scripts/bench-engine.ts; these only need to finish (about
  // 1.5 s each on an idle machine; the timeout allows for a busy CI runner).
  it('1 MB of Dockerfile finishes and stays well-formed', () => {
    const block = 'FROM alpine AS s\nWORKDIR /app\nCOPY . .\nRUN echo "hello world" && \\\n  ls -la\nENV A=1 B="two words"\nCMD ["sh"]\n';
    const text = block.repeat(Math.ceil(1_000_000 / block.length));
    const a = core(text);
    expect(a.instructions.length).toBeGreaterThan(50_000);
    expect(a.stages.length).toBe(Math.ceil(1_000_000 / block.length));
  }, 120_000);
  it('1 MB on a single line', () => {
    const a = core('FROM alpine\nRUN ' + 'x'.repeat(1_000_000) + '\n');
    expect(a.stages[0].steps[0].instruction.argsText).toHaveLength(1_000_000);
  }, 120_000);
});
