import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../analyze';

const errors = (src: string) =>
  analyzeWith(src, {}, [])
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ code: d.code, line: d.line, dockerMessage: d.dockerMessage }));

describe('errors that stop docker build while reading the Dockerfile', () => {
  it('unknown instruction, with BuildKit’s suggestion', () => {
    expect(errors('FROM alpine\nRUNN echo\n')).toContainEqual({
      code: 'parse-unknown-instruction',
      line: 2,
      dockerMessage: 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
    });
  });
  it('CMD["a"] without a space is one unknown word, with no suggestion (parser/split_command.go)', () => {
    expect(errors('FROM alpine\nCMD["python", "main.py"]\n')).toContainEqual({
      code: 'parse-unknown-instruction',
      line: 2,
      dockerMessage: 'dockerfile parse error on line 2: unknown instruction: CMD["python",',
    });
  });
  it('an instruction before FROM', () => {
    expect(errors('RUN x\nFROM alpine\n')).toContainEqual({ code: 'parse-no-build-stage', line: 1, dockerMessage: 'no build stage in current context' });
  });
  it('only ARGs', () => {
    expect(errors('ARG A=1\n')).toContainEqual({ code: 'parse-no-stages', line: 1, dockerMessage: 'dockerfile contains no stages to build' });
  });
  it('empty file and comments-only file', () => {
    expect(errors('')).toContainEqual({ code: 'parse-empty-file', line: 1, dockerMessage: 'the Dockerfile cannot be empty' });
    expect(errors('# just a comment\n')).toContainEqual({ code: 'parse-no-instructions', line: 1, dockerMessage: 'file with no instructions' });
  });
  it('ENV and LABEL without value, and a word without = after key=value', () => {
    expect(errors('FROM alpine\nENV PATH\n')).toContainEqual({ code: 'parse-missing-value', line: 2, dockerMessage: 'ENV must have two arguments' });
    expect(errors('FROM alpine\nLABEL a=b c\n')).toContainEqual({
      code: 'parse-missing-equals',
      line: 2,
      dockerMessage: 'Syntax error - can\'t find = in "c". Must be of the form: name=value',
    });
  });
  it('a JSON array holding a non-string', () => {
    expect(errors('FROM alpine\nRUN ["a", 1]\n')).toContainEqual({
      code: 'parse-json-not-strings',
      line: 2,
      dockerMessage: 'when using JSON array syntax, arrays must be comprised of strings only',
    });
  });
  it('an unterminated heredoc spans to the end of the file', () => {
    const a = analyzeWith('FROM alpine\nRUN <<EOF\necho\n', {}, []);
    const d = a.diagnostics.find((x) => x.code === 'parse-unterminated-heredoc');
    expect(d).toMatchObject({ line: 2, endLine: 4, dockerMessage: 'unterminated heredoc' });
  });
  it('an invalid or repeated parser directive', () => {
    expect(errors('# escape=x\nFROM alpine\n')).toContainEqual({
      code: 'parse-invalid-escape',
      line: 1,
      dockerMessage: "invalid escape token 'x' does not match ` or \\",
    });
    expect(errors('# syntax=a\n# syntax=b\nFROM alpine\n')).toContainEqual({
      code: 'parse-duplicate-directive',
      line: 2,
      dockerMessage: 'only one syntax parser directive can be used',
    });
  });
  it('a correct Dockerfile has no error', () => {
    expect(errors('# syntax=docker/dockerfile:1\nFROM alpine AS a\nRUN <<EOF\necho hi\nEOF\nCMD ["sh"]\n')).toEqual([]);
  });
  it('each problem is reported once even though dockerfile-utils also finds it', () => {
    const codes = analyzeWith('FROM alpine\nRUNN x\n', {}, []).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['parse-unknown-instruction']);
  });
});
