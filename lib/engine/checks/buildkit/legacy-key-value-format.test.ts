import { describe, expect, it } from 'vitest';
import { legacyKeyValueFormat } from './legacy-key-value-format';
import { analyze } from '@/lib/engine/analyze';
import { applyFix, expectWarnings, runCheck } from './test-support';

const RULE = 'LegacyKeyValueFormat';
const ENV = '"ENV key=value" should be used instead of legacy "ENV key value" format';
const LABEL = '"LABEL key=value" should be used instead of legacy "LABEL key value" format';
const check = (src: string) => runCheck(legacyKeyValueFormat, src);

// Ported from BuildKit's testLegacyKeyValueFormat.
describe('LegacyKeyValueFormat', () => {
  it('warns for ENV and LABEL without "="', () => {
    const found = check('\nFROM scratch\nENV testkey value\nLABEL key value\n');
    expectWarnings(found, RULE, [
      [3, ENV],
      [4, LABEL],
    ]);
    expect(found[0]).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 18 });
  });

  it('is silent for key=value', () => {
    expect(check('\nFROM scratch\nENV testkey=value\nLABEL key=value\n')).toEqual([]);
  });

  it('checks stages that no target needs, like docker build --check', () => {
    const src = '\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n';
    expectWarnings(check(src), RULE, [
      [5, ENV],
      [6, LABEL],
    ]);
  });

  it('does not apply to ARG, where "ARG a b" declares two ARGs', () => {
    expect(check('FROM alpine\nARG foo bar\n')).toEqual([]);
  });

  it('uses the keyword as written', () => {
    expectWarnings(check('from alpine\nenv a b\n'), RULE, [
      [2, '"env key=value" should be used instead of legacy "env key value" format'],
    ]);
  });

  it('offers key=value, quoting a value with spaces, and the result means the same', () => {
    for (const [before, after] of [
      ['ENV PATH /usr/local/go/bin:$PATH', 'ENV PATH=/usr/local/go/bin:$PATH'],
      ['ENV GREETING hello   big world', 'ENV GREETING="hello   big world"'],
      ['LABEL maintainer jane@example.com', 'LABEL maintainer=jane@example.com'],
    ]) {
      const src = `FROM alpine\n${before}\n`;
      const [d] = check(src);
      const fixed = applyFix(src, d);
      expect(fixed).toBe(`FROM alpine\n${after}\n`);
      expect(analyze(fixed).stages[0].steps[0].config).toEqual(analyze(src).stages[0].steps[0].config);
    }
  });

  it('offers no fix when quoting a spaced value would change it', () => {
    const [d] = check('FROM alpine\nENV MSG say "hi" there\n');
    expect(d.fix).toBeUndefined();
  });
});
