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

class JsonSyntaxError extends Error {}

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const STRING_BODY = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Go's encoding/json refuses nesting deeper than this (and so do we, without recursing further). */
const MAX_DEPTH = 10000;

class Reader {
  pos: number;
  private depth = 0;
  constructor(
    private readonly s: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    while (this.pos < this.end && isJsonSpace(this.s.charCodeAt(this.pos))) this.pos++;
  }

  /** Reads any JSON value; returns whether it was a string (and its decoded value). */
  value(): { isString: boolean; str?: string; start: number; end: number } {
    this.skipSpace();
    const start = this.pos;
    const ch = this.s[this.pos];
    if (ch === '"') {
      STRING_BODY.lastIndex = this.pos;
      const m = STRING_BODY.exec(this.s);
      if (!m || m.index + m[0].length > this.end) throw new JsonSyntaxError();
      this.pos += m[0].length;
      return { isString: true, str: JSON.parse(m[0]) as string, start, end: this.pos };
    }
    if (ch === '[') {
      if (++this.depth > MAX_DEPTH) throw new JsonSyntaxError();
      this.array(() => undefined);
      this.depth--;
      return { isString: false, start, end: this.pos };
    }
    if (ch === '{') {
      if (++this.depth > MAX_DEPTH) throw new JsonSyntaxError();
      this.pos++;
      this.skipSpace();
      if (this.s[this.pos] === '}') {
        this.pos++;
        this.depth--;
        return { isString: false, start, end: this.pos };
      }
      for (;;) {
        const key = this.value();
        if (!key.isString) throw new JsonSyntaxError();
        this.skipSpace();
        if (this.s[this.pos] !== ':') throw new JsonSyntaxError();
        this.pos++;
        this.value();
        this.skipSpace();
        const sep = this.s[this.pos++];
        if (sep === '}') break;
        if (sep !== ',') throw new JsonSyntaxError();
      }
      this.depth--;
      return { isString: false, start, end: this.pos };
    }
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        if (this.pos > this.end) throw new JsonSyntaxError();
        return { isString: false, start, end: this.pos };
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (m && m[0].length > 0 && m.index + m[0].length <= this.end) {
      this.pos += m[0].length;
      return { isString: false, start, end: this.pos };
    }
    throw new JsonSyntaxError();
  }

  array(onElement: (el: ReturnType<Reader['value']>) => void): void {
    if (this.s[this.pos] !== '[') throw new JsonSyntaxError();
    this.pos++;
    this.skipSpace();
    if (this.s[this.pos] === ']' && this.pos < this.end) {
      this.pos++;
      return;
    }
    for (;;) {
      onElement(this.value());
      this.skipSpace();
      if (this.pos >= this.end) throw new JsonSyntaxError();
      const sep = this.s[this.pos++];
      if (sep === ']') return;
      if (sep !== ',') throw new JsonSyntaxError();
    }
  }
}

/** Parses `s.slice(start, end)` (already left-trimmed by the caller) as BuildKit does. */
export function parseJsonArray(s: string, start: number, end: number): JsonArrayResult {
  if (s[start] !== '[') return { kind: 'invalid' };
  const reader = new Reader(s, start, end);
  const elements: JsonElement[] = [];
  let allStrings = true;
  try {
    reader.array((el) => {
      if (el.isString) elements.push({ value: el.str as string, start: el.start, end: el.end });
      else allStrings = false;
    });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { kind: 'invalid' };
    throw e;
  }
  if (!allStrings) return { kind: 'not-strings' };
  return { kind: 'array', elements, end: reader.pos };
}
