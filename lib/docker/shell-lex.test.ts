import { describe, expect, it } from 'vitest';
import { lexWord, processWord, processWords, ShellLexError, type VarState } from './shell-lex';

const env: Record<string, string> = { A: 'a', EMPTY: '', PATH_: '/usr/local/bin', FILE: 'archive.tar.gz' };
const lookup = (n: string) => (Object.prototype.hasOwnProperty.call(env, n) ? env[n] : undefined);
const word = (s: string, escape = '\\') => processWord(s, lookup, { escape });

describe('variable substitution (Dockerfile reference, "Environment replacement")', () => {
  it.each([
    ['$A', 'a'],
    ['${A}', 'a'],
    ['x$A-y', 'xa-y'],
    ['$UNSET', ''],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${A:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${FILE%.*}', 'archive.tar'],
    ['${FILE%%.*}', 'archive'],
    ['${FILE#*.}', 'tar.gz'],
    ['${FILE##*.}', 'gz'],
    ['${FILE/tar/zip}', 'archive.zip.gz'],
    ['$', '$'],
    ['$1x', 'x'],
    ['${A:-$FILE}', 'a'],
    ['${UNSET:-${A}b}', 'ab'],
  ])('%s -> %s', (input, expected) => {
    expect(word(input)).toBe(expected);
  });
  it('${VAR:?msg} fails when unset', () => {
    expect(() => word('${UNSET:?must be set}')).toThrow(ShellLexError);
  });
  it('bad substitutions fail like BuildKit', () => {
    expect(() => word('${')).toThrow("missing '}'");
    expect(() => word('${:a}')).toThrow('bad substitution');
  });
});

describe('quotes and escapes', () => {
  it.each([
    ['"a b"', 'a b'],
    ["'$A'", '$A'],
    ['"$A"', 'a'],
    ['a\\ b', 'a b'],
    ['"a\\"b"', 'a"b'],
    ['"a\\nb"', 'a\\nb'],
    ['\\$A', '$A'],
  ])('%s -> %s', (input, expected) => {
    expect(word(input)).toBe(expected);
  });
  it('the backtick escape directive changes the escape character', () => {
    expect(word('a`$A', '`')).toBe('a$A');
    expect(word('C:\\dir', '`')).toBe('C:\\dir');
  });
  it('an unterminated quote is an error', () => {
    expect(() => word('"abc')).toThrow('double-quote');
    expect(() => word("'abc")).toThrow('single-quote');
  });
});

describe('word splitting', () => {
  it('splits on unquoted whitespace only; empty quotes make no word', () => {
    expect(processWords('a "b c"  d\\ e ""', lookup, { escape: '\\' })).toEqual(['a', 'b c', 'd e']);
  });
  it('substituted values are split too', () => {
    expect(processWords('x $V', (n) => (n === 'V' ? '1 2' : undefined), { escape: '\\' })).toEqual(['x', '1', '2']);
  });
  it('keeps << with the following whitespace in one word (heredoc detection)', () => {
    expect(processWords('RUN <<  EOF > f', lookup, { escape: '\\', rawQuotes: true })).toEqual(['RUN', '<<  EOF', '>', 'f']);
  });
});

describe('details of moby/buildkit frontend/dockerfile/shell/lex.go', () => {
  it('refuses ${v:#p}, ${v:%p} and ${v:/p/r} (":" takes only - + ?)', () => {
    expect(() => word('${FILE:#x}')).toThrow('unsupported modifier (:#) in substitution');
    expect(() => word('${FILE:%x}')).toThrow('unsupported modifier (:%) in substitution');
    expect(() => word('${FILE:/a/b}')).toThrow('unsupported modifier (:/) in substitution');
  });
  it('reads \\* and \\? in a pattern as the characters themselves', () => {
    const star = (n: string) => (n === 'S' ? '**x*' : undefined);
    expect(processWord('${S#\\*}', star, { escape: '\\' })).toBe('*x*');
    expect(processWord('${S%%x*}', star, { escape: '\\' })).toBe('**');
    expect(processWord('${S//\\*/-}', star, { escape: '\\' })).toBe('--x-');
  });
  it('keeps an unset variable as written when asked (RUN step names)', () => {
    const opts = { escape: '\\', skipUnsetEnv: true, rawQuotes: true };
    expect(processWord('echo "$A" $NOPE ${NOPE:-x}', lookup, opts)).toBe('echo "a" $NOPE ${NOPE:-x}');
  });
});

describe('variables whose value cannot be known (lexWord)', () => {
  const lookupWith = (vars: Record<string, string | null>, unknown: string[] = []) =>
    (n: string): VarState =>
      unknown.includes(n) ? { state: 'unknown' } : n in vars ? { state: 'set', value: vars[n] } : { state: 'unset' };

  it('gives no result when the word depends on an unknown variable, and names it', () => {
    const r = lexWord('$HOME/app-$A-$B', lookupWith({ A: 'a' }, ['HOME']), { escape: '\\' });
    expect([r.result, r.words, r.matched, r.unmatched, r.unknown]).toEqual([null, null, ['A'], ['B'], ['HOME']]);
  });
  it('computes patterns on known values and does not fail ${X:?} on an unknown one', () => {
    expect(lexWord('${F%.*}', lookupWith({ F: 'a.tar.gz' }), { escape: '\\' }).result).toBe('a.tar');
    expect(lexWord('${X:?set it}', lookupWith({}, ['X']), { escape: '\\' }).error).toBeNull();
    expect(lexWord('${X:?set it}', lookupWith({}), { escape: '\\' }).error).toBe('X: set it');
  });
});
