import { describe, expect, it } from 'vitest';
import type { Diagnostic, ParserDirective } from '../types';
import { combineDiagnostics, parseCheckDirective, type SourcedDiagnostic } from './combine';
import { analyzeWith } from '../analyze';
import type { CheckSet } from '../checks';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  code: 'x',
  severity: 'warning',
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});
const directive = (value: string): ParserDirective[] => [{ name: 'check', value, line: 1 }];
const lines = [20, 20, 20, 20];

describe('# check= directive', () => {
  const bk = (name: string): SourcedDiagnostic => ({ source: 'buildkit', diagnostic: d({ code: name, buildkitCheck: name }) });
  const codes = (value: string, list: SourcedDiagnostic[], buildArgs?: Record<string, string>) =>
    combineDiagnostics(list, parseCheckDirective(directive(value), buildArgs), lines).map((x) => x.code);

  it('skip= silences the named BuildKit checks', () => {
    expect(codes('skip=JSONArgsRecommended, StageNameCasing', [bk('JSONArgsRecommended'), bk('StageNameCasing'), bk('FromAsCasing')])).toEqual(['FromAsCasing']);
  });
  it('skip=all silences every non-experimental check, and nothing else', () => {
    const other: SourcedDiagnostic = { source: 'hadolint', diagnostic: d({ code: 'DL3007', line: 2, endLine: 2 }) };
    expect(codes('skip=all', [bk('JSONArgsRecommended'), other])).toEqual(['DL3007']);
  });
  it('experimental checks run only when enabled, and skip does not touch them', () => {
    const exp = bk('InvalidDefinitionDescription');
    expect(codes('', [exp])).toEqual([]);
    expect(codes('skip=all', [exp])).toEqual([]);
    expect(codes('skip=all;experimental=InvalidDefinitionDescription', [exp])).toEqual(['InvalidDefinitionDescription']);
    expect(codes('experimental=all', [exp])).toEqual(['InvalidDefinitionDescription']);
  });
  it('an experimental check shown as an info hint stays until the author skips it', () => {
    const hint: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'InvalidDefinitionDescription', buildkitCheck: 'InvalidDefinitionDescription', severity: 'info' }) };
    expect(codes('', [hint])).toEqual(['InvalidDefinitionDescription']);
    expect(codes('skip=InvalidDefinitionDescription', [hint])).toEqual([]);
    expect(codes('skip=all', [hint])).toEqual([]);
  });
  it('error=true turns check warnings into errors', () => {
    const [x] = combineDiagnostics([bk('FromAsCasing')], parseCheckDirective(directive('error=true'), undefined), lines);
    expect(x.severity).toBe('error');
  });
  it('the BUILDKIT_DOCKERFILE_CHECK build arg overrides the directive', () => {
    expect(codes('skip=all', [bk('FromAsCasing')], { BUILDKIT_DOCKERFILE_CHECK: 'skip=StageNameCasing' })).toEqual(['FromAsCasing']);
  });
  it('works end to end from the Dockerfile', () => {
    const rule: CheckSet = {
      source: 'buildkit',
      checks: [() => [d({ code: 'bk-json-args', buildkitCheck: 'JSONArgsRecommended', line: 3, endLine: 3 })]],
    };
    const on = analyzeWith('FROM alpine\nCMD x\n', {}, [rule]);
    const off = analyzeWith('# check=skip=JSONArgsRecommended\nFROM alpine\nCMD x\n', {}, [rule]);
    expect(on.diagnostics.map((x) => x.code)).toEqual(['bk-json-args']);
    expect(off.diagnostics).toEqual([]);
  });
});

describe('duplicates', () => {
  const none = parseCheckDirective([], undefined);
  it('the more specific source wins when two say the same thing on one line, and keeps what the other knows', () => {
    const generic: SourcedDiagnostic = { source: 'dockerfile-utils', diagnostic: d({ code: 'dfu-UNKNOWN_INSTRUCTION', severity: 'error', message: 'Unknown instruction: RUNN' }) };
    const parse: SourcedDiagnostic = {
      source: 'parse',
      diagnostic: d({ code: 'parse-unknown-instruction', severity: 'error', message: 'did you mean RUN?', dockerMessage: 'dockerfile parse error on line 1: unknown instruction: RUNN (did you mean RUN?)' }),
    };
    const learner: SourcedDiagnostic = { source: 'learner', diagnostic: d({ code: 'lw-typo', message: 'RUNN is a typo for RUN', buildkitCheck: undefined }) };
    const [only] = combineDiagnostics([generic, parse], none, lines);
    expect(only.code).toBe('parse-unknown-instruction');
    // a learner rule that declares the same topic through its code wins over both
    const sameTopic = { ...learner, diagnostic: { ...learner.diagnostic, code: 'parse-unknown-instruction', message: 'friendly' } };
    const [best] = combineDiagnostics([generic, parse, sameTopic], none, lines);
    expect(best).toMatchObject({ message: 'friendly', severity: 'error', dockerMessage: parse.diagnostic.dockerMessage });
  });
  it('a BuildKit check and a learner rule naming the same check on one line give one diagnostic', () => {
    const bk: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'bk', buildkitCheck: 'JSONArgsRecommended', message: 'docs text' }) };
    const lw: SourcedDiagnostic = { source: 'learner', diagnostic: d({ code: 'lw', buildkitCheck: 'JSONArgsRecommended', message: 'for learners', column: 5 }) };
    expect(combineDiagnostics([bk, lw], none, lines).map((x) => x.message)).toEqual(['for learners']);
  });
  it('dockerfile-utils warnings map onto the BuildKit check they repeat', () => {
    const dfu: SourcedDiagnostic = { source: 'dockerfile-utils', diagnostic: d({ code: 'dfu-EMPTY_CONTINUATION_LINE', line: 2, endLine: 2 }) };
    const bk: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'bk', buildkitCheck: 'NoEmptyContinuation', line: 2, endLine: 2 }) };
    expect(combineDiagnostics([dfu, bk], none, lines).map((x) => x.code)).toEqual(['bk']);
  });
  it('one rule flagging two things on one line keeps both; an exact repeat is dropped', () => {
    const a: SourcedDiagnostic = { source: 'hadolint', diagnostic: d({ code: 'DL3008', message: 'pin curl' }) };
    const b: SourcedDiagnostic = { source: 'hadolint', diagnostic: d({ code: 'DL3008', message: 'pin git' }) };
    expect(combineDiagnostics([a, b, { ...a }], none, lines).map((x) => x.message)).toEqual(['pin curl', 'pin git']);
  });
  it('with instruction places, two rules marking different lines of one instruction match', () => {
    const dfu: SourcedDiagnostic = { source: 'dockerfile-utils', diagnostic: d({ code: 'dfu-EMPTY_CONTINUATION_LINE', line: 2, endLine: 2 }) };
    const bk: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'bk', buildkitCheck: 'NoEmptyContinuation', line: 3, endLine: 3 }) };
    const sameInstruction = (line: number) => (line >= 1 && line <= 3 ? 'I0' : `L${line}`);
    expect(combineDiagnostics([dfu, bk], none, lines, sameInstruction).map((x) => x.code)).toEqual(['bk']);
    expect(combineDiagnostics([dfu, bk], none, lines)).toHaveLength(2); // by line, they differ
  });
  it('a BuildKit check beats a hadolint rule that names it, and keeps its own severity', () => {
    const hl: SourcedDiagnostic = { source: 'hadolint', diagnostic: d({ code: 'DL4000', hadolintRule: 'DL4000', severity: 'error' }) };
    const bk: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'MaintainerDeprecated', buildkitCheck: 'MaintainerDeprecated', hadolintRule: 'DL4000' }) };
    const [x] = combineDiagnostics([hl, bk], none, lines);
    expect(x).toMatchObject({ code: 'MaintainerDeprecated', severity: 'warning', hadolintRule: 'DL4000' });
  });
  it('a learner rule that explains a parse error stays an error', () => {
    const parse: SourcedDiagnostic = { source: 'parse', diagnostic: d({ code: 'parse-unknown-instruction', severity: 'error' }) };
    const lw: SourcedDiagnostic = { source: 'learner', diagnostic: d({ code: 'lw-unknown-instruction', severity: 'warning' }) };
    expect(combineDiagnostics([parse, lw], none, lines)).toMatchObject([{ code: 'lw-unknown-instruction', severity: 'error' }]);
  });
  it('different lines are never duplicates', () => {
    const a: SourcedDiagnostic = { source: 'buildkit', diagnostic: d({ code: 'bk', buildkitCheck: 'X' }) };
    const b: SourcedDiagnostic = { source: 'learner', diagnostic: d({ code: 'lw', buildkitCheck: 'X', line: 2, endLine: 2 }) };
    expect(combineDiagnostics([a, b], none, lines)).toHaveLength(2);
  });
});

describe('order and positions', () => {
  const none = parseCheckDirective([], undefined);
  it('sorts by position, then errors first', () => {
    const list: SourcedDiagnostic[] = [
      { source: 'learner', diagnostic: d({ code: 'c', line: 3, endLine: 3 }) },
      { source: 'learner', diagnostic: d({ code: 'b', line: 1, column: 4, endColumn: 5 }) },
      { source: 'learner', diagnostic: d({ code: 'w', severity: 'warning' }) },
      { source: 'learner', diagnostic: d({ code: 'e', severity: 'error' }) },
    ];
    expect(combineDiagnostics(list, none, lines).map((x) => x.code)).toEqual(['e', 'w', 'b', 'c']);
  });
  it('clamps positions a rule got wrong into the text', () => {
    const [x] = combineDiagnostics(
      [{ source: 'learner', diagnostic: d({ line: 0, column: -3, endLine: 99, endColumn: 500 }) }],
      none,
      [5, 7],
    );
    expect(x).toMatchObject({ line: 1, column: 1, endLine: 2, endColumn: 8 });
  });
  it('attaches no lesson while lesson-links is empty, and keeps a rule’s own', () => {
    const [x] = combineDiagnostics([{ source: 'learner', diagnostic: d({ lesson: '/learn/a#b' }) }], none, lines);
    expect(x.lesson).toBe('/learn/a#b');
  });
});
