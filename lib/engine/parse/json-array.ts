/**
 * BuildKit's parseJSON (line_parsers.go): the arguments are exec form when they
 * start with "[" and Go's json.Decoder reads one valid JSON value from there.
 * Text after the closing "]" is ignored by the decoder, as in Docker.
 * A valid array holding a non-string is an error; anything else that is not
 * valid JSON falls back to shell form.
 */

export interface JsonElement {
  value: string;
  /** Offsets of the string literal, quotes included. */
  start: number;
  end: number;
}

export type JsonArrayResult =
  | { kind: 'array'; elements: JsonElement[]; end: number }
  | { kind: 'not-strings' }
  | { kind: 'invalid' };

/** Go's encoding/json refuses nesting deeper than this; such input is not valid JSON. */
const MAX_DEPTH = 10000;

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Validates one JSON value starting at `pos` without recursion (nesting up to
 * MAX_DEPTH). Returns the offset after it, or -1 when it is not valid JSON.
 */
function skipValue(s: string, pos: number, end: number): number {
  // Stack of open containers: '[' or '{'.
  const stack: string[] = [];
  // What the grammar expects next.
  let expect: 'value' | 'key' | 'after-value' | 'after-key' = 'value';
  for (;;) {
    while (pos < end && isJsonSpace(s.charCodeAt(pos))) pos++;
    if (pos >= end) return -1;
    const ch = s[pos];
    if (expect === 'after-value') {
      const top = stack[stack.length - 1];
      if (ch === ',') {
        pos++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((ch === ']' && top === '[') || (ch === '}' && top === '{')) {
        pos++;
        stack.pop();
        if (stack.length === 0) return pos;
      } else return -1;
      continue;
    }
    if (expect === 'after-key') {
      if (ch !== ':') return -1;
      pos++;
      expect = 'value';
      continue;
    }
    if (expect === 'key') {
      if (ch === '}' && s[pos - 1] !== ',' && lastNonSpace(s, pos) === '{') {
        pos++;
        stack.pop();
        if (stack.length === 0) return pos;
        expect = 'after-value';
        continue;
      }
      STRING.lastIndex = pos;
      const m = STRING.exec(s);
      if (!m || pos + m[0].length > end) return -1;
      pos += m[0].length;
      expect = 'after-key';
      continue;
    }
    // a value
    if (ch === '[' || ch === '{') {
      if (stack.length >= MAX_DEPTH - 1) return -1; // the outer array is one level
      stack.push(ch);
      pos++;
      if (ch === '{') {
        expect = 'key';
        continue;
      }
      let p = pos;
      while (p < end && isJsonSpace(s.charCodeAt(p))) p++;
      if (s[p] === ']' && p < end) {
        pos = p + 1;
        stack.pop();
        if (stack.length === 0) return pos;
        expect = 'after-value';
      }
      continue;
    }
    let m: RegExpExecArray | null = null;
    for (const re of [STRING, NUMBER, LITERAL]) {
      re.lastIndex = pos;
      m = re.exec(s);
      if (m && m[0].length > 0) break;
      m = null;
    }
    if (!m || pos + m[0].length > end) return -1;
    pos += m[0].length;
    if (stack.length === 0) return pos;
    expect = 'after-value';
  }
}

function lastNonSpace(s: string, pos: number): string {
  let p = pos - 1;
  while (p >= 0 && isJsonSpace(s.charCodeAt(p))) p--;
  return s[p] ?? '';
}

function skipJsonSpace(s: string, pos: number, end: number): number {
  while (pos < end && isJsonSpace(s.charCodeAt(pos))) pos++;
  return pos;
}

/** Parses `s.slice(start, end)` (already left-trimmed by the caller) as BuildKit does. */
export function parseJsonArray(s: string, start: number, end: number): JsonArrayResult {
  if (s[start] !== '[') return { kind: 'invalid' };
  const elements: JsonElement[] = [];
  let allStrings = true;
  let pos = start + 1;
  pos = skipJsonSpace(s, pos, end);
  if (pos < end && s[pos] === ']') return { kind: 'array', elements, end: pos + 1 };
  for (;;) {
    pos = skipJsonSpace(s, pos, end);
    if (pos >= end) return { kind: 'invalid' };
    if (s[pos] === '"') {
      STRING.lastIndex = pos;
      const m = STRING.exec(s);
      if (!m || pos + m[0].length > end) return { kind: 'invalid' };
      elements.push({ value: JSON.parse(m[0]) as string, start: pos, end: pos + m[0].length });
      pos += m[0].length;
    } else {
      const after = skipValue(s, pos, end);
      if (after < 0) return { kind: 'invalid' };
      allStrings = false;
      pos = after;
    }
    pos = skipJsonSpace(s, pos, end);
    if (pos >= end) return { kind: 'invalid' };
    const sep = s[pos++];
    if (sep === ']') break;
    if (sep !== ',') return { kind: 'invalid' };
  }
  if (!allStrings) return { kind: 'not-strings' };
  return { kind: 'array', elements, end: pos };
}
