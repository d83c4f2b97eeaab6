import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialImageName, knownBaseImageEnvKeys } from '../../base-image-env';
import { parseCheckOptions } from './check-config';
import { cleanPath, goQuote } from './go';
import { compilePattern, matchesOrParentMatches, readIgnoreFile } from './pattern-matcher';
import { parsePlatform } from './platform';
import { lexWord, lookupIn, type VarLookup } from '@/lib/docker/shell-lex';
import { parseWords } from './source-scan';
import { levenshtein, suggestName } from './suggest';
import { withNote } from './util';

const env = (vars: Record<string, string>) => lookupIn(new Map(Object.entries(vars)));
const expand = (word: string, lookup: VarLookup = env({})) => lexWord(word, lookup, { escape: '\\' });

describe('shell-lex (BuildKit ProcessWordWithMatches)', () => {
  it('substitutes and records matched and unmatched names', () => {
    const r = expand('${A}-$B-${C:-dflt}-${D:+alt}', env({ A: 'a', D: 'd' }));
    expect(r.result).toBe('a--dflt-alt');
    expect(r.matched).toEqual(['A', 'D']);
    expect(r.unmatched).toEqual(['B', 'C']);
  });

  it('distinguishes unset from empty for :- and -', () => {
    expect(expand('${E:-x}|${E-x}', env({ E: '' })).result).toBe('x|');
  });

  it('removes quotes and escapes, and does not expand in single quotes', () => {
    const r = expand(`"a b" 'c $X' \\$Y "\\$Z"`);
    expect(r.result).toBe('a b c $X $Y $Z');
    expect(r.unmatched).toEqual([]);
  });

  it('splits into words after expansion, keeping quoted spaces', () => {
    expect(expand('80 "a b" $P', env({ P: '1 2' })).words).toEqual(['80', 'a b', '1', '2']);
  });

  it('reports BuildKit errors', () => {
    expect(expand('${}').error).toBe('syntax error: bad substitution');
    expect(expand('"open').error).toMatch(/double-quote/);
    expect(expand('${A:?must be set}', env({})).error).not.toBeNull();
  });

  it('marks results that depend on unknown variables', () => {
    const r = lexWord('$HOME/app', () => ({ state: 'unknown' }), { escape: '\\' });
    expect(r.result).toBeNull();
    expect(r.unknown).toEqual(['HOME']);
    expect(r.unmatched).toEqual([]);
  });

  it('honours the backtick escape character', () => {
    expect(lexWord('`$A', env({ A: 'x' }), { escape: '`' }).result).toBe('$A');
  });

  it('leaves text without $, quotes or escapes unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_./:@,+=-]*$/), (word) => {
        const r = expand(word);
        expect(r.result).toBe(word);
        expect(r.matched.length + r.unmatched.length).toBe(0);
      }),
    );
  });
});

describe('go helpers', () => {
  it('goQuote escapes like Go %q', () => {
    expect(goQuote('app/')).toBe('"app/"');
    expect(goQuote('a"b\\c\td')).toBe('"a\\"b\\\\c\\td"');
    expect(goQuote('é')).toBe('"é"');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !/[\x00-\x1f\x7f]/.test(s)), (s) => {
        expect(JSON.parse(goQuote(s))).toBe(s);
      }),
    );
  });

  it('cleanPath behaves like path.Clean', () => {
    expect(cleanPath('./tmp/../Dockerfile')).toBe('Dockerfile');
    expect(cleanPath('')).toBe('.');
    expect(cleanPath('/..')).toBe('/');
    expect(cleanPath('../a/')).toBe('../a');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '.', '..', '', 'c.d'), { maxLength: 8 }), fc.boolean(), (parts, rooted) => {
        const p = (rooted ? '/' : '') + parts.join('/');
        const normalized = posix.normalize(p);
        const expected = normalized.length > 1 ? normalized.replace(/\/$/, '') : normalized;
        expect(cleanPath(p)).toBe(p === '' ? '.' : expected);
      }),
    );
  });
});

describe('suggest', () => {
  it('finds names within distance 2 and never the name itself', () => {
    expect(suggestName('BULIDPLATFORM', ['TARGETPLATFORM', 'BUILDPLATFORM'])).toBe('BUILDPLATFORM');
    expect(suggestName('version', ['tag'])).toBe('');
    expect(suggestName('PATH', ['PATH', 'PATHS'])).toBe('');
  });

  it('levenshtein is a metric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b, c) => {
        expect(levenshtein(a, a)).toBe(0);
        expect(levenshtein(a, b)).toBe(levenshtein(b, a));
        expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
      }),
    );
  });
});

describe('platform parsing', () => {
  it('normalises OS and architecture like containerd', () => {
    expect(parsePlatform('linux/amd64')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(parsePlatform('Linux/x86_64')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatform('windows')).toEqual({ os: 'windows', architecture: null });
    expect(parsePlatform('arm64')).toEqual({ os: 'linux', architecture: 'arm64' });
    expect(parsePlatform('nonsense')).toBeNull();
    expect(parsePlatform('linux/')).toBeNull();
  });
});

describe('.dockerignore matching (moby/patternmatcher)', () => {
  const ignored = (file: string, text: string) =>
    matchesOrParentMatches(file, readIgnoreFile(text).map((p) => compilePattern(p.pattern)!));

  it('reads patterns like ignorefile.ReadAll', () => {
    expect(readIgnoreFile('# comment\n\n /abs/path \n!keep\n./a/../b\n')).toEqual([
      { pattern: 'abs/path', exclusion: false },
      { pattern: 'keep', exclusion: true },
      { pattern: 'b', exclusion: false },
    ]);
  });

  it('matches exact, wildcard, ** and parent directories', () => {
    expect(ignored('Dockerfile', 'Dockerfile')).toBe(true);
    expect(ignored('src/Dockerfile', 'Dockerfile')).toBe(false);
    expect(ignored('a/b/c.txt', 'a')).toBe(true);
    expect(ignored('x/y/z.log', '**/*.log')).toBe(true);
    expect(ignored('z.log', '**/*.log')).toBe(true);
    expect(ignored('tmp/a/b', 'tmp/**')).toBe(true);
    expect(ignored('foo.txt', '*.md')).toBe(false);
    expect(ignored('a.b', 'a?b')).toBe(true);
    expect(ignored('a/b', 'a?b')).toBe(false);
  });
});

describe('BuildKit line parsing', () => {
  it('parseWords keeps quotes and escapes inside words', () => {
    expect(parseWords('a="b c" d=e\\ f', '\\')).toEqual(['a="b c"', 'd=e\\ f']);
    expect(parseWords("x='it''s' y", '\\')).toEqual(["x='it''s'", 'y']);
  });
});

describe('check directive and base images', () => {
  it('parses # check= like linter.ParseLintOptions', () => {
    const c = parseCheckOptions(' skip = A, B ; experimental=all;error=true');
    expect([...c.skip]).toEqual(['A', 'B']);
    expect(c.experimentalAll).toBe(true);
    expect(c.error).toBe(true);
    expect(parseCheckOptions('skip=all').skipAll).toBe(true);
    expect(parseCheckOptions('oops=1').invalid).toBe('invalid check option "oops"');
  });

  it('knows the environment of a few official images only', () => {
    expect(officialImageName('docker.io/library/node:20@sha256:abc')).toBe('node');
    expect(officialImageName('ghcr.io/org/app:1')).toBeNull();
    expect(knownBaseImageEnvKeys('alpine:3.20')).toEqual(['PATH']);
    expect(knownBaseImageEnvKeys('nginx')).toBeNull();
  });
});

describe('withNote (BuildKit message, then the learner sentence)', () => {
  it('keeps BuildKit text unchanged and starts the note as a new sentence', () => {
    expect(withNote("Usage of undefined variable '$A'", 'Define it first.')).toBe("Usage of undefined variable '$A'. Define it first.");
    expect(withNote("Usage of undefined variable '$PAHT' (did you mean $PATH?)", 'Define it first.')).toBe(
      "Usage of undefined variable '$PAHT' (did you mean $PATH?) Define it first.",
    );
    expect(withNote('Ends a sentence.', 'Note.')).toBe('Ends a sentence. Note.');
    expect(withNote('Is it?', 'Note.')).toBe('Is it? Note.');
    expect(withNote('Stop!', 'Note.')).toBe('Stop! Note.');
    // A parenthesis that closes no question is not the end of a sentence.
    expect(withNote('Exposed port (udp)', 'Note.')).toBe('Exposed port (udp). Note.');
    expect(withNote('Only BuildKit', undefined)).toBe('Only BuildKit');
  });
});
