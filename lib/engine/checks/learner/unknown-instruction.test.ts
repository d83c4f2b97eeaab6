import { describe, expect, it } from 'vitest';
import { applyFix, findings, linesOf } from '../hadolint/test-helpers';
import { levenshtein, suggestInstruction } from './unknown-instruction';

const CODE = 'lw-unknown-instruction';

describe('suggestInstruction (BuildKit util/suggest)', () => {
  it('suggests the closest instruction below distance 3, matching the case of the word', () => {
    expect(suggestInstruction('RUNN')).toBe('RUN');
    expect(suggestInstruction('cpy')).toBe('copy');
    expect(suggestInstruction('Workdr')).toBe('workdir');
    expect(suggestInstruction('EXPOS')).toBe('EXPOSE');
    expect(suggestInstruction('apt-get')).toBeNull();
    expect(suggestInstruction('CMD["python",')).toBeNull();
  });
  it('levenshtein', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'run')).toBe(3);
    expect(levenshtein('run', 'run')).toBe(0);
  });
});

describe('lw-unknown-instruction', () => {
  it('quotes Docker\'s error with the suggestion and fixes the word', () => {
    const [d] = findings(CODE, 'FROM alpine:3', 'RUNN echo hi');
    expect(d).toMatchObject({ severity: 'error', line: 2, column: 1, endColumn: 5 });
    expect(d.message).toContain('dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)');
    expect(applyFix('FROM alpine:3\nRUNN echo hi\n', d)).toBe('FROM alpine:3\nRUN echo hi\n');
  });
  it('has no suggestion or fix for a far word, and explains line continuation', () => {
    const [d] = findings(CODE, 'FROM debian:12', 'RUN apt-get update &&', '    apt-get install -y curl');
    expect(d.line).toBe(3);
    expect(d.message).toContain('dockerfile parse error on line 3: unknown instruction: apt-get\n');
    expect(d.message).toContain('\\');
    expect(d.fix).toBeUndefined();
  });
  it('leaves CMD[ to lw-exec-form-no-space and known instructions alone', () => {
    expect(linesOf(CODE, 'FROM python:3.12', 'CMD["python", "main.py"]')).toEqual([]);
    expect(linesOf(CODE, 'from python:3.12', 'run echo', 'Copy a b', 'HEALTHCHECK NONE')).toEqual([]);
  });
});
