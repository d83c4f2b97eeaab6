/**
 * Exec-form detection follows Go's encoding/json; JSON.parse is the oracle for
 * validity (both implement RFC 8259), except that Go's decoder ignores text after
 * the first value and refuses nesting deeper than 10000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonArray } from './json-array';

function oracle(text: string): 'array' | 'not-strings' | 'invalid' {
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v)) return 'invalid';
    return v.every((x) => typeof x === 'string') ? 'array' : 'not-strings';
  } catch {
    return 'invalid';
  }
}

const kind = (text: string) => parseJsonArray(text, 0, text.length).kind;

describe('parseJsonArray', () => {
  it.each([
    ['[]', 'array'],
    ['["a", "b"]', 'array'],
    ['[ "\\u00e9", "\\n" ]', 'array'],
    ['["a",]', 'invalid'],
    ["['a']", 'invalid'],
    ['["a" "b"]', 'invalid'],
    ['[01]', 'invalid'],
    ['["a", ["b"]]', 'not-strings'],
    ['[null]', 'not-strings'],
    ['[{"a": [1, {}]}]', 'not-strings'],
    ['[{"a" 1}]', 'invalid'],
  ])('%s is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
    expect(oracle(text)).toBe(expected);
  });

  it('agrees with JSON.parse on generated JSON arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), (values) => {
        const text = JSON.stringify(values);
        expect(kind(text)).toBe(oracle(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on JSON-like noise starting with "["', () => {
    const token = fc.constantFrom('[', ']', '{', '}', ',', ':', '"a"', '"', '1', '-', 'true', 'nul', ' ', '\\', '"\\u12"');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = '[' + tokens.join('');
        const ours = kind(text);
        // Go stops after the first complete value: compare with the shortest
        // prefix JSON.parse accepts (none means the text is invalid JSON).
        let expected: ReturnType<typeof oracle> = 'invalid';
        for (let i = 2; i <= text.length; i++) {
          const prefix = oracle(text.slice(0, i));
          if (prefix !== 'invalid') {
            expected = prefix;
            break;
          }
        }
        expect(ours).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores text after the array, like Go’s json.Decoder', () => {
    const r = parseJsonArray('["a"] && echo', 0, 13);
    expect(r).toEqual({ kind: 'array', elements: [{ value: 'a', start: 1, end: 4 }], end: 5 });
  });

  it('accepts 10000 levels of nesting and refuses 10001 without overflowing the stack', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(kind(nested(10000))).toBe('not-strings');
    expect(kind(nested(10001))).toBe('invalid');
    expect(kind('['.repeat(200000))).toBe('invalid');
  });
});
