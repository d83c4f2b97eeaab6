/**
 * BuildKit's Dockerfile shell lexer, the one implementation in Layerwise: word splitting,
 * quote removal, escapes and `$VAR` / `${VAR...}` substitution as Docker applies them to
 * WORKDIR, ENV, LABEL, ARG, COPY, EXPOSE, USER, VOLUME, STOPSIGNAL, FROM and RUN step names.
 * A port of moby/buildkit frontend/dockerfile/shell/lex.go (shellWord.processStopOn,
 * processSingleQuote, processDoubleQuote, processDollar, processName, and the pattern
 * helpers convertShellPatternToRegex, trimPrefix, trimSuffix). It is not a POSIX shell:
 * no command substitution, no globbing, no tilde.
 *
 * One thing BuildKit never needs: a variable may be "unknown" here. A base image pulled
 * from a registry may define environment variables we cannot see, so the build checks ask
 * with `state: 'unknown'`, and any result that depends on such a variable is null, so a
 * check can stay silent instead of guessing. The engine and the simulator only use set
 * and unset variables (processWord, processWords, expandOrKeep).
 *
 * Every reference costs one lookup; nothing here depends on how many variables exist.
 */
import { isGoSpace } from './go-unicode';

/** What a lookup knows about one variable. A set variable whose value is null has a value we cannot know. */
export type VarState = { state: 'set'; value: string | null } | { state: 'unset' } | { state: 'unknown' };

export type VarLookup = (name: string) => VarState;

/** A plain lookup: the value, or undefined when the variable is not set. */
export type EnvLookup = (name: string) => string | undefined;

export interface LexOptions {
  /** The escape character in effect ("\\" or "`"). */
  escape: string;
  /** Keep quote characters in the result (RUN step names; heredoc detection). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
  /** Leave `$VAR` as written when VAR is not set, instead of substituting "". */
  skipUnsetEnv?: boolean;
  /** Quotes are literal characters (heredoc bodies). */
  skipProcessQuotes?: boolean;
}

export interface LexResult {
  /** The expanded word; null when it depends on a value we cannot know, or on an error. */
  result: string | null;
  /** The expansion split into words as ProcessWords does (null when result is null). */
  readonly words: string[] | null;
  /** Variables referenced and set, in first-use order. */
  matched: string[];
  /** Variables referenced and not set, in first-use order. */
  unmatched: string[];
  /** Variables whose state we cannot know. */
  unknown: string[];
  /** BuildKit's error for this word (bad substitution, unterminated quote...), else null. */
  error: string | null;
}

export class ShellLexError extends Error {}

const EOF = -1;

function isSpace(c: number): boolean {
  return c !== EOF && isGoSpace(c);
}

/** Go's unicode.IsDigit. */
function isDigit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return /^\p{Nd}$/u.test(String.fromCodePoint(c));
}

/** unicode.IsLetter || unicode.IsDigit || '_' (processName). */
function isNameChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /^[\p{L}\p{Nd}]$/u.test(String.fromCodePoint(c));
}

/** isSpecialParam: @ * # ? - $ ! 0 */
function isSpecialParam(c: number): boolean {
  return c === 64 || c === 42 || c === 35 || c === 63 || c === 45 || c === 36 || c === 33 || c === 48;
}

const DOLLAR = 36;
const SINGLE = 39;
const DOUBLE = 34;
const LESS = 60;
const OPEN = 123;
const CLOSE = 125;
const COLON = 58;
const SLASH = 47;

/** wordsStruct: the words of a word, split on unquoted whitespace. Disabled when nobody asks for words. */
class Words {
  private word = '';
  private inWord = false;
  readonly words: string[] = [];

  constructor(private readonly enabled: boolean) {}

  addChar(c: number): void {
    if (!this.enabled) return;
    if (isSpace(c)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else this.addRawChar(c);
  }

  addRawChar(c: number): void {
    if (!this.enabled) return;
    this.word += String.fromCodePoint(c);
    this.inWord = true;
  }

  addString(s: string): void {
    if (!this.enabled) return;
    for (let i = 0; i < s.length; ) {
      const c = s.codePointAt(i) as number;
      this.addChar(c);
      i += c > 0xffff ? 2 : 1;
    }
  }

  addRawString(s: string): void {
    if (!this.enabled) return;
    this.word += s;
    this.inWord = true;
  }

  finish(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

/** `names` plus `name` (NONE is shared and never written to). */
function withName(names: string[], name: string): string[] {
  if (names === NONE) return [name];
  names.push(name);
  return names;
}

class Lexer {
  private pos = 0;
  private readonly escape: number;
  private rawEscapes: boolean;
  // Names in first-use order; created on the first name (most words reference one or none).
  private matched: string[] = NONE;
  private unmatched: string[] = NONE;
  private unknown: string[] = NONE;
  /** Every name recorded, once there are many (a lookup gives a name the same state every time). */
  private seen: Set<string> | null = null;
  /** The result depends on a value we cannot know. */
  resultUnknown = false;

  constructor(
    private readonly input: string,
    private readonly lookup: VarLookup,
    private readonly opts: LexOptions,
    private readonly split: boolean,
  ) {
    this.escape = opts.escape.codePointAt(0) ?? 92;
    this.rawEscapes = opts.rawEscapes === true;
  }

  names(): Pick<LexResult, 'matched' | 'unmatched' | 'unknown'> {
    return { matched: this.matched, unmatched: this.unmatched, unknown: this.unknown };
  }

  private peek(): number {
    return this.pos < this.input.length ? (this.input.codePointAt(this.pos) as number) : EOF;
  }

  private next(): number {
    if (this.pos >= this.input.length) return EOF;
    const c = this.input.codePointAt(this.pos) as number;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  /** True the first time a name is recorded. */
  private isNew(name: string): boolean {
    if (this.seen !== null) {
      if (this.seen.has(name)) return false;
      this.seen.add(name);
      return true;
    }
    if (this.matched.includes(name) || this.unmatched.includes(name) || this.unknown.includes(name)) return false;
    if (this.matched.length + this.unmatched.length + this.unknown.length >= 8) {
      this.seen = new Set([...this.matched, ...this.unmatched, ...this.unknown, name]);
    }
    return true;
  }

  /** getEnv: records the name as matched, unmatched or unknown. */
  private getEnv(name: string): { value: string; set: boolean } {
    const found = this.lookup(name);
    const fresh = this.isNew(name);
    if (found.state === 'set') {
      if (fresh) this.matched = withName(this.matched, name);
      if (found.value === null) this.resultUnknown = true;
      return { value: found.value ?? '', set: true };
    }
    if (found.state === 'unset') {
      if (fresh) this.unmatched = withName(this.unmatched, name);
    } else {
      if (fresh) this.unknown = withName(this.unknown, name);
      this.resultUnknown = true;
    }
    return { value: '', set: false };
  }

  process(): { result: string; words: string[] } {
    return this.processStopOn(EOF, this.rawEscapes, this.split);
  }

  private processStopOn(stop: number, rawEscapes: boolean, split = false): { result: string; words: string[] } {
    let result = '';
    const words = new Words(split);
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    const quotes = this.opts.skipProcessQuotes !== true;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stop !== EOF && ch === stop) {
          this.next();
          return { result, words: words.finish() };
        }
        if (ch === DOLLAR) {
          const tmp = this.processDollar();
          result += tmp;
          words.addString(tmp);
          continue;
        }
        if (ch === LESS) {
          const tmp = this.processPossibleHeredoc();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        if (quotes && (ch === SINGLE || ch === DOUBLE)) {
          const tmp = ch === SINGLE ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        // A run of characters that are only copied (no $, <, quote, escape, stop character or,
        // when splitting, space) goes over as one slice: a word without variables costs one
        // string, not two per character.
        const runStart = this.pos;
        const input = this.input;
        for (let u = input.charCodeAt(this.pos); this.pos < input.length; u = input.charCodeAt(this.pos)) {
          if (u === DOLLAR || u === LESS || u === this.escape || u === stop || (split && isSpace(u))) break;
          if (quotes && (u === SINGLE || u === DOUBLE)) break;
          this.pos++;
        }
        if (this.pos > runStart) {
          const run = input.slice(runStart, this.pos);
          result += run;
          words.addRawString(run);
          continue;
        }
        let c = this.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += String.fromCodePoint(c);
          }
          c = this.next();
          if (c === EOF) break; // an escape at the end is dropped
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += String.fromCodePoint(c);
      }
      if (stop !== EOF) {
        throw new ShellLexError(`unexpected end of statement while looking for matching ${String.fromCodePoint(stop)}`);
      }
      return { result, words: words.finish() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  /**
   * `<<`, `<<-` and the whitespace after them stay in one word: since Dockerfile frontend
   * 1.16 whitespace may separate them from the heredoc delimiter (the conformance fixture
   * heredoc-cases: "RUN <<- EOF" names EOF). Only word splitting is affected.
   */
  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== LESS) return '<';
    this.next();
    let space = '';
    if (this.peek() === 45) space += String.fromCodePoint(this.next());
    for (let c = this.peek(); c === 32 || c === 9 || c === 13; c = this.peek()) space += String.fromCodePoint(this.next());
    return '<<' + space;
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const c = this.next();
      if (c === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (c === SINGLE) {
        if (this.opts.rawQuotes) result += "'";
        return result;
      }
      result += String.fromCodePoint(c);
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += String.fromCodePoint(open);
    for (;;) {
      const peek = this.peek();
      if (peek === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (peek === DOUBLE) {
        this.next();
        if (this.opts.rawQuotes) result += '"';
        return result;
      }
      if (peek === DOLLAR) {
        result += this.processDollar();
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (this.rawEscapes) result += String.fromCodePoint(c);
        const after = this.peek();
        if (after === EOF) continue; // a trailing escape is ignored
        if (after === DOUBLE || after === DOLLAR || after === this.escape) c = this.next();
      }
      result += String.fromCodePoint(c);
    }
  }

  private processName(): string {
    // The name is the run of input it consumes: one slice, not a string per character.
    const start = this.pos;
    while (this.peek() !== EOF) {
      const c = this.peek();
      if (this.pos === start && isDigit(c)) {
        while (this.peek() !== EOF && isDigit(this.peek())) this.next();
        return this.input.slice(start, this.pos);
      }
      if (this.pos === start && isSpecialParam(c)) return String.fromCodePoint(this.next());
      if (!isNameChar(c)) break;
      this.next();
    }
    return this.input.slice(start, this.pos);
  }

  /** processStopOn for a nested word, with BuildKit's error when the word runs to the end. */
  private nested(stop: number, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes).result;
    } catch (e) {
      if (this.peek() === EOF) throw new ShellLexError(`syntax error: missing '${missing}'`);
      throw e;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== OPEN) {
      const name = this.processName();
      if (name === '') return '$';
      const { value, set } = this.getEnv(name);
      if (!set && this.opts.skipUnsetEnv) return '$' + name;
      return value;
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (first === OPEN || first === CLOSE || first === COLON) throw new ShellLexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch === EOF ? '' : String.fromCodePoint(ch);
    if (ch === CLOSE) {
      const { value, set } = this.getEnv(name);
      if (!set && this.opts.skipUnsetEnv) return '${' + name + '}';
      return value;
    }
    let nullIsUnset = false;
    if (ch === COLON) {
      nullIsUnset = true;
      ch = this.next();
      chs += ch === EOF ? '' : String.fromCodePoint(ch);
    }
    const modifier = ch === EOF ? '' : String.fromCodePoint(ch);
    if (nullIsUnset || (modifier !== '' && '+-?#%'.includes(modifier))) {
      const patternMode = modifier === '#' || modifier === '%';
      // ${v:#p} and ${v:%p} are refused before the word is read.
      if (nullIsUnset && patternMode) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
      let word = this.nested(CLOSE, patternMode, '}');
      const { value, set } = this.getEnv(name);
      if (!set && this.opts.skipUnsetEnv) return '${' + name + chs + word + '}';
      const empty = !set || (nullIsUnset && value === '');
      switch (modifier) {
        case '-':
          return empty ? word : value;
        case '+':
          return empty ? '' : word;
        case '?':
          if (this.resultUnknown) return value;
          if (!set) throw new ShellLexError(`${name}: ${word || 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') throw new ShellLexError(`${name}: ${word || 'is not allowed to be empty'}`);
          return value;
        case '#':
        case '%': {
          const greedy = word.startsWith(modifier);
          if (greedy) word = word.slice(1);
          return modifier === '%' ? trimSuffix(word, value, greedy) : trimPrefix(word, value, greedy);
        }
      }
      throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
    if (ch === SLASH) {
      const all = this.peek() === SLASH;
      if (all) this.next();
      const pattern = this.nested(SLASH, true, "/' in ${}");
      const replacement = this.nested(CLOSE, true, '}');
      const { value, set } = this.getEnv(name);
      if (!set && this.opts.skipUnsetEnv) return '${' + name + '/' + pattern + '/' + replacement + '}';
      // Without `//`, the regular expression is not global: only the first match is replaced.
      return value.replace(shellPatternToRegex(pattern, true, false, all), () => replacement);
    }
    throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
  }
}

/**
 * convertShellPatternToRegex: `?` one character, `*` the shortest (or, greedy, the longest)
 * string, `\` escapes `*`, `?` and `\` (and is dropped before `}` and `/`), no brackets.
 * Go's `.` does not match a newline; neither does `[^\n]`.
 */
function shellPatternToRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') out += greedy ? '[^\\n]*' : '[^\\n]*?';
    else if (c === '?') out += '[^\\n]';
    else if (c === '\\') {
      const after = chars[i + 1];
      if (after === '}' || after === '/') continue;
      if (after !== '*' && after !== '?' && after !== '\\') throw new ShellLexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${after ?? ''}'`);
      out += '\\' + after;
      i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = shellPatternToRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m[0].length) : value;
}

/** reversePattern: reverses a pattern without reversing its escapes (a\*c -> c\*a). */
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last; ) {
    const at = last - i;
    if (chars[i] === '\\' && i !== last) {
      out[at - 1] = chars[i];
      out[at] = chars[i + 1];
      i += 2;
    } else {
      out[at] = chars[i];
      i++;
    }
  }
  return out.join('');
}

function reverse(s: string): string {
  return Array.from(s).reverse().join('');
}

/** trimSuffix: the shortest (greedy: longest) matching suffix, found as a prefix of the reversed value. */
function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverse(trimPrefix(reversePattern(pattern), reverse(value), greedy));
}

/** True when the lexer would give the word unchanged, split on whitespace only. */
function isPlain(input: string, opts: LexOptions): boolean {
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '$' || ch === '<' || ch === opts.escape) return false;
    if ((ch === "'" || ch === '"') && opts.skipProcessQuotes !== true) return false;
  }
  return true;
}

function splitPlain(input: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= input.length; i++) {
    const space = i === input.length || isGoSpace(input.charCodeAt(i));
    if (space && start >= 0) {
      words.push(input.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words;
}

const NONE = Object.freeze([]) as unknown as string[];

/**
 * The result of lexing a word; its words are split on first use (only EXPOSE-like callers
 * ask), by lexing the input again with splitting on. No closure: one object per word.
 */
class Lexed implements LexResult {
  private split: string[] | null | undefined = undefined;

  constructor(
    readonly result: string | null,
    readonly matched: string[],
    readonly unmatched: string[],
    readonly unknown: string[],
    readonly error: string | null,
    private readonly input: string,
    /** null for a plain word (split on whitespace only). */
    private readonly lookup: VarLookup | null,
    private readonly opts: LexOptions,
  ) {}

  get words(): string[] | null {
    if (this.split === undefined) {
      if (this.result === null) this.split = null;
      else if (this.lookup === null) this.split = splitPlain(this.input);
      else this.split = new Lexer(this.input, this.lookup, this.opts, true).process().words;
    }
    return this.split;
  }
}

/** True when lexing would return the word unchanged (no variable, quote, escape or `<`): no lookup needed. */
export function isPlainWord(input: string, opts: LexOptions): boolean {
  return isPlain(input, opts);
}

/** lexWord's result for a plain word (see isPlainWord). */
export function plainWord(input: string, opts: LexOptions): LexResult {
  return new Lexed(input, NONE, NONE, NONE, null, input, null, opts);
}

/**
 * Expands one word as BuildKit's ProcessWordWithMatches does, with variables that may be
 * unknown. Never throws: a lexer error is in `error`.
 */
export function lexWord(input: string, lookup: VarLookup, opts: LexOptions): LexResult {
  if (isPlain(input, opts)) return new Lexed(input, NONE, NONE, NONE, null, input, null, opts);
  const lexer = new Lexer(input, lookup, opts, false);
  let result: string | null = null;
  let error: string | null = null;
  try {
    result = lexer.process().result;
  } catch (e) {
    if (!(e instanceof ShellLexError)) throw e;
    error = e.message;
  }
  const known = !lexer.resultUnknown && error === null;
  const { matched, unmatched, unknown } = lexer.names();
  return new Lexed(known ? result : null, matched, unmatched, unknown, error, input, lookup, opts);
}

/** A lookup over a plain one, where every variable is either set or unset. */
function known(env: EnvLookup): VarLookup {
  return (name) => {
    const value = env(name);
    return value === undefined ? { state: 'unset' } : { state: 'set', value };
  };
}

/** A lookup over a map: a name not in it is unset; a null value is set to something unknown. */
export function lookupIn(vars: { get(name: string): string | null | undefined; has(name: string): boolean }): VarLookup {
  return (name) => (vars.has(name) ? { state: 'set', value: vars.get(name) ?? null } : { state: 'unset' });
}

/** ProcessWord: variables substituted, quotes and escapes removed, no splitting. Throws ShellLexError. */
export function processWord(input: string, env: EnvLookup, opts: LexOptions): string {
  if (isPlain(input, opts)) return input;
  return new Lexer(input, known(env), opts, false).process().result;
}

/** ProcessWords: expands and splits into words. Throws ShellLexError. */
export function processWords(input: string, env: EnvLookup, opts: LexOptions): string[] {
  if (isPlain(input, opts)) return splitPlain(input);
  return new Lexer(input, known(env), opts, true).process().words;
}

const BACKSLASH: LexOptions = { escape: '\\' };
const BACKTICK: LexOptions = { escape: '`' };

/** `{ escape }`, one shared object per escape character (read-only). */
export function escapeOptions(escape: string): LexOptions {
  return escape === '\\' ? BACKSLASH : escape === '`' ? BACKTICK : { escape };
}

/** Like processWord, but never throws: on a lexer error the input is returned unchanged. */
export function expandOrKeep(input: string, env: EnvLookup, escape: string, opts?: Omit<LexOptions, 'escape'>): string {
  try {
    // The common call has no options: one shared object per escape character, not a copy
    // per word (V8 builds `{ ...opts, escape }` on a slow path).
    return processWord(input, env, opts === undefined ? (escape === '\\' ? BACKSLASH : escape === '`' ? BACKTICK : { escape }) : Object.assign({ escape }, opts, { escape }));
  } catch {
    return input;
  }
}
