import { applyFix } from '@/lib/engine/apply-fix';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from './analyze';
import { levenshtein, suggest, suggestInstruction } from './suggest';

describe('suggest (BuildKit util/suggest WrapErrorMaybe)', () => {
  it('offers the closest option only below distance 3', () => {
    expect(suggest('RUNNN', ['RUN'], true)).toBe('RUN'); // distance 2
    expect(suggest('RUNNNN', ['RUN'], true)).toBeNull(); // distance 3
  });
  it('keeps the first of equally close options (a strictly smaller distance replaces it)', () => {
    expect(suggest('ab', ['ax', 'ay'], true)).toBe('ax');
    expect(suggest('ab', ['xy', 'ax', 'b'], true)).toBe('ax');
  });
  it('gives nothing when the word is one of the options, wherever it comes', () => {
    expect(suggest('ab', ['ab', 'ac'], true)).toBeNull();
    expect(suggest('ab', ['ac', 'ab'], true)).toBeNull();
    expect(suggest('Run', ['ADD', 'RUN'], false)).toBeNull();
  });
  it('compares case-insensitively when asked, and cases the suggestion like the typed word', () => {
    expect(suggest('runn', ['RUN'], false)).toBe('run');
    expect(suggest('RUNN', ['run'], false)).toBe('RUN');
    expect(suggest('Runn', ['RUN'], false)).toBe('run');
    expect(suggest('rUNN', ['RUN'], false)).toBe('run');
  });
  it('is case-sensitive otherwise, returning the option as written', () => {
    expect(suggest('path', ['PATH', 'pat'], true)).toBe('pat');
    expect(suggest('PATH2', ['Path'], true)).toBeNull();
  });
  it('counts code points, as Go counts runes', () => {
    expect(levenshtein('😀', 'a')).toBe(1);
    expect(suggest('R😀😀', ['RUN'], false)).toBe('RUN');
  });
});

describe('unknown instruction messages agree with BuildKit', () => {
  const parseError = (src: string) =>
    analyzeWith(src, {}, []).diagnostics.find((d) => d.code === 'parse-unknown-instruction')?.dockerMessage;
  const learner = (src: string) => analyze(src).diagnostics.find((d) => d.code === 'lw-unknown-instruction');

  it.each([
    ['runn', 'run'],
    ['RUNN', 'RUN'],
    ['Runn', 'run'],
    ['cpy', 'copy'],
    ['WORKDR', 'WORKDIR'],
  ])('%s -> (did you mean %s?) in the parse error and in lw-unknown-instruction', (word, suggestion) => {
    const expected = `dockerfile parse error on line 1: unknown instruction: ${word} (did you mean ${suggestion}?)`;
    expect(suggestInstruction(word)).toBe(suggestion);
    expect(parseError(`${word} x\n`)).toBe(expected);
    const d = learner(`${word} x\n`);
    expect(d?.dockerMessage).toBe(expected);
    expect(d?.message).toContain(expected);
    expect(d?.fix && applyFix(`${word} x\n`, d.fix)).toBe(`${suggestion} x\n`);
  });

  it('has no suggestion when every instruction is 3 or more edits away', () => {
    expect(parseError('FROM alpine\napt-get install x\n')).toBe('dockerfile parse error on line 2: unknown instruction: apt-get');
    expect(learner('FROM alpine\nRUNNNN x\n')?.dockerMessage).toBe('dockerfile parse error on line 2: unknown instruction: RUNNNN');
  });
});
