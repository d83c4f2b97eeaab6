/**
 * A port of BuildKit's word expander (frontend/dockerfile/shell/lex.go,
 * ProcessWordWithMatches) for the build checks.
 *
 * Unlike BuildKit, a variable can be "unknown" here: a base image pulled from a
 * registry may define environment variables we cannot see. Unknown variables are
 * neither matched nor unmatched, and any result that depends on one is marked
 * unknown, so checks can stay silent instead of guessing.
 */

export type VarLookup =
  | { state: 'set'; value: string | null } // value null: set, but to a value we cannot know
  | { state: 'unset' }
  | { state: 'unknown' };

export type Lookup = (name: string) => VarLookup;

export interface LexOptions {
  escapeChar: string;
  /** Quotes are literal characters (BuildKit's SkipProcessQuotes, used for heredoc bodies). */
  skipProcessQuotes?: boolean;
}

export interface ExpandResult {
  /** The expanded word; null when it depends on a value we cannot know. */
  result: string | null;
  /** The expansion split into words as ProcessWords does (null when unknown). */
  words: string[] | null;
  /** Variables referenced and set, in first-use order. */
  matched: string[];
  /** Variables referenced and not set, in first-use order. */
  unmatched: string[];
  /** Variables whose state we cannot know. */
  unknown: string[];
  /** BuildKit would fail to expand this word (bad substitution, unterminated quote...). */
  error: string | null;
}

const EOF = '';

class LexError extends Error {}

/** Go's unicode.IsSpace, for one character (a code point). */
function isSpace(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Whitespace runs as isSpace sees them (for splitting words that need no expansion). */
const SPACE_RUN = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// ASCII is decided without a regular expression: names are almost always ASCII.
function isLetterOrDigitOrUnderscore(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return c === 95 || isAsciiLetterOrDigit(c);
  return /^[\p{L}\p{Nd}_]$/u.test(ch);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return c >= 48 && c <= 57;
  return /^\p{Nd}$/u.test(ch);
}

function isSpecialParam(ch: string): boolean {
  return ch !== '' && '@*#?-$!0'.includes(ch);
}

class Words {
  private buf = '';
  private inWord = false;
  readonly words: string[] = [];

  addChar(ch: string): void {
    if (isSpace(ch) && this.inWord) {
      if (this.buf.length !== 0) {
        this.words.push(this.buf);
        this.buf = '';
        this.inWord = false;
      }
    } else if (!isSpace(ch)) {
      this.addRawChar(ch);
    }
  }

  addRawChar(ch: string): void {
    this.buf += ch;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRawString(s: string): void {
    this.buf += s;
    this.inWord = true;
  }

  finish(): string[] {
    if (this.buf.length > 0) {
      this.words.push(this.buf);
      this.buf = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class Expander {
  private chars: string[];
  private pos = 0;
  readonly matched: string[] = [];
  readonly unmatched: string[] = [];
  readonly unknown: string[] = [];
  resultUnknown = false;

  constructor(
    word: string,
    private readonly lookup: Lookup,
    private readonly options: LexOptions,
  ) {
    this.chars = [...word];
  }

  private peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }

  private next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  private record(list: string[], name: string): void {
    if (!list.includes(name)) list.push(name);
  }

  /** BuildKit's getEnv: records the name as matched or unmatched. */
  private getEnv(name: string): { value: string; set: boolean } {
    const found = this.lookup(name);
    if (found.state === 'set') {
      this.record(this.matched, name);
      if (found.value === null) this.resultUnknown = true;
      return { value: found.value ?? '', set: true };
    }
    if (found.state === 'unset') {
      this.record(this.unmatched, name);
      return { value: '', set: false };
    }
    this.record(this.unknown, name);
    this.resultUnknown = true;
    return { value: '', set: false };
  }

  process(stopChar: string): { result: string; words: string[] } {
    let result = '';
    const words = new Words();
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (stopChar !== EOF && ch === stopChar) {
        this.next();
        return { result, words: words.finish() };
      }
      if (ch === '$') {
        const tmp = this.processDollar();
        result += tmp;
        words.addString(tmp);
        continue;
      }
      if (!this.options.skipProcessQuotes && (ch === "'" || ch === '"')) {
        const tmp = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        result += tmp;
        words.addRawString(tmp);
        continue;
      }
      let c = this.next();
      if (c === this.options.escapeChar) {
        c = this.next();
        if (c === EOF) break;
        words.addRawChar(c);
      } else {
        words.addChar(c);
      }
      result += c;
    }
    if (stopChar !== EOF) {
      throw new LexError(`unexpected end of statement while looking for matching ${stopChar}`);
    }
    return { result, words: words.finish() };
  }

  private processSingleQuote(): string {
    let result = '';
    this.next();
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    this.next();
    for (;;) {
      const peeked = this.peek();
      if (peeked === EOF) {
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      }
      if (peeked === '"') {
        this.next();
        return result;
      }
      if (peeked === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.options.escapeChar) {
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.options.escapeChar) ch = this.next();
      }
      result += ch;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next();
      if (!isLetterOrDigitOrUnderscore(ch)) break;
      name += this.next();
    }
    return name;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      return this.getEnv(name).value;
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    if (ch === '}') return this.getEnv(name).value;
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      if (nullIsUnset && (ch === '#' || ch === '%')) {
        throw new LexError(`unsupported modifier (:${ch}) in substitution`);
      }
      const word = this.processNested('}');
      const { value, set } = this.getEnv(name);
      const empty = !set || (nullIsUnset && value === '');
      switch (ch) {
        case '-':
          return empty ? word : value;
        case '+':
          return empty ? '' : word;
        case '?':
          if (empty && !this.resultUnknown) throw new LexError(`${name}: is not allowed to be unset`);
          return value;
        default:
          // Pattern removal: the result depends on shell patterns we do not model.
          this.resultUnknown = true;
          return value;
      }
    }
    if (ch === '/' && !nullIsUnset) {
      if (this.peek() === '/') this.next();
      this.processNested('/');
      this.processNested('}');
      this.getEnv(name);
      // Pattern replacement: we only need to know which variables were used.
      this.resultUnknown = true;
      return '';
    }
    throw new LexError(`unsupported modifier (${nullIsUnset ? ':' : ''}${ch}) in substitution`);
  }

  private processNested(stop: string): string {
    try {
      return this.process(stop).result;
    } catch (e) {
      if (this.peek() === EOF) throw new LexError("syntax error: missing '}'");
      throw e;
    }
  }
}

/** The name lists of a word without variables, shared: results are read-only. */
const NONE = Object.freeze([]) as unknown as string[];

/** The expansion of a word without variables, quotes or escapes; its words are split on first use. */
class PlainWord implements ExpandResult {
  readonly matched = NONE;
  readonly unmatched = NONE;
  readonly unknown = NONE;
  readonly error = null;
  private split: string[] | null = null;

  constructor(readonly result: string) {}

  get words(): string[] {
    this.split ??= this.result.split(SPACE_RUN).filter((w) => w !== '');
    return this.split;
  }
}

/** True when expansion leaves the word as it is: no variable, quote or escape in it. */
function isPlain(word: string, options: LexOptions): boolean {
  if (word.includes('$') || word.includes(options.escapeChar)) return false;
  return options.skipProcessQuotes === true || !(word.includes('"') || word.includes("'"));
}

/** Expands one word as BuildKit's ProcessWordWithMatches does. */
export function expandWord(word: string, lookup: Lookup, options: LexOptions): ExpandResult {
  // What process() gives for such a word, without walking it character by character.
  if (isPlain(word, options)) return new PlainWord(word);
  const expander = new Expander(word, lookup, options);
  let result: string | null = null;
  let words: string[] | null = null;
  let error: string | null = null;
  try {
    const out = expander.process(EOF);
    result = out.result;
    words = out.words;
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    error = e.message;
  }
  const known = !expander.resultUnknown && error === null;
  return {
    result: known ? result : null,
    words: known ? words : null,
    matched: expander.matched,
    unmatched: expander.unmatched,
    unknown: expander.unknown,
    error,
  };
}

/** A lookup over a plain map where every name not in it is unset. */
export function lookupIn(vars: ReadonlyMap<string, string | null>): Lookup {
  return (name) => (vars.has(name) ? { state: 'set', value: vars.get(name) ?? null } : { state: 'unset' });
}
