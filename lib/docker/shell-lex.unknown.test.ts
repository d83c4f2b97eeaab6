import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexWord, lookupIn } from './shell-lex';

const unset = lookupIn(new Map());
const emptyVar = lookupIn(new Map([['E', '']]));

describe('lexWord on words without variables, quotes or escapes', () => {
  // Characters that need no expansion, including Unicode spaces that split words.
  const plainChar = fc.constantFrom('a', 'Z', '0', '/', '.', '-', '_', ':', '=', '*', ' ', '\t', '\u00a0', '\u3000', 'é', '😀');
  const plainWord = fc.array(plainChar, { maxLength: 12 }).map((chars) => chars.join(''));

  it('gives the word itself, split on whitespace, exactly as when it follows an empty variable', () => {
    fc.assert(
      fc.property(plainWord, fc.constantFrom('\\', '`'), (word, escapeChar) => {
        const plain = lexWord(word, unset, { escape: escapeChar });
        // "${E}" makes the expander walk the word; E is empty, so nothing else changes.
        const walked = lexWord('${E}' + word, emptyVar, { escape: escapeChar });
        expect(plain.result).toBe(word);
        expect(plain.result).toBe(walked.result);
        expect(plain.words).toEqual(walked.words);
        expect([plain.matched, plain.unmatched, plain.unknown, plain.error]).toEqual([[], [], [], null]);
      }),
    );
  });

  it('still expands a word with a variable, a quote or the escape character', () => {
    expect(lexWord('a$X', unset, { escape: '\\' }).unmatched).toEqual(['X']);
    expect(lexWord('"a b"', unset, { escape: '\\' }).words).toEqual(['a b']);
    expect(lexWord('a\\ b', unset, { escape: '\\' }).words).toEqual(['a b']);
    expect(lexWord('a` b', unset, { escape: '`' }).words).toEqual(['a b']);
  });
});
