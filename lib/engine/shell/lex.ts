/**
 * A TypeScript port of the behaviour of BuildKit's Dockerfile shell lexer
 * (frontend/dockerfile/shell/lex.go): word splitting, quote removal, escapes and
 * `$VAR` / `${VAR...}` substitution as Docker applies them to WORKDIR, ENV, COPY
 * destinations, EXPOSE, LABEL, USER, VOLUME, STOPSIGNAL and FROM.
 *
 * It is not a POSIX shell: no command substitution, no globbing, no tilde.
 */

export interface LexOptions {
  /** The escape character in effect ("\\" or "`"). */
  escape: string;
  /** Keep quote characters in the result (used to detect quoted heredoc words). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
  /** Leave `$VAR` untouched when VAR is not set (instead of substituting ""). */
  skipUnsetEnv?: boolean;
}

/** Returns the value of a variable, or undefined when it is not set. */
export type EnvLookup = (name: string) => string | undefined;

export class ShellLexError extends Error {}

import { isGoSpace } from '../parse/words';

const EOF = '';

function isSpace(ch: string): boolean {
  return isGoSpace(ch.charCodeAt(0));
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return /^\p{Nd}$/u.test(ch);
}

function isNameChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  return c > 127 && /^[\p{L}\p{Nd}]$/u.test(ch);
}

function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch) && ch !== '';
}

class Words {
  private word = '';
  private inWord = false;
  readonly words: string[] = [];

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else {
      this.addRawChar(ch);
    }
  }

  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  addRawString(s: string): void {
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

class Scanner {
  private readonly chars: string[];
  private pos = 0;
  constructor(input: string) {
    this.chars = Array.from(input);
  }
  peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  next(): string {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }
}

class ShellWord {
  private readonly scanner: Scanner;
  private rawEscapes: boolean;

  constructor(
    input: string,
    private readonly env: EnvLookup,
    private readonly opts: LexOptions,
  ) {
    this.scanner = new Scanner(input);
    this.rawEscapes = !!opts.rawEscapes;
  }

  process(): { result: string; words: string[] } {
    return this.processStopOn(EOF, this.rawEscapes);
  }

  private processStopOn(stopChar: string, rawEscapes: boolean): { result: string; words: string[] } {
    let result = '';
    const words = new Words();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.scanner.peek() !== EOF) {
        const ch = this.scanner.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.scanner.next();
          return { result, words: words.finish() };
        }
        if (ch === '$') {
          const tmp = this.processDollar();
          result += tmp;
          words.addString(tmp);
          continue;
        }
        if (ch === '<') {
          const tmp = this.processPossibleHeredoc();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        if (ch === "'") {
          const tmp = this.processSingleQuote();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        if (ch === '"') {
          const tmp = this.processDoubleQuote();
          result += tmp;
          words.addRawString(tmp);
          continue;
        }
        let c = this.scanner.next();
        if (c === this.opts.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += c;
          }
          c = this.scanner.next();
          if (c === EOF) break; // an escape at the end is dropped
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += c;
      }
      if (stopChar !== EOF) {
        throw new ShellLexError(`unexpected end of statement while looking for matching ${stopChar}`);
      }
      return { result, words: words.finish() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  private processPossibleHeredoc(): string {
    this.scanner.next();
    if (this.scanner.peek() !== '<') return '<';
    this.scanner.next();
    // Since Dockerfile frontend 1.16 whitespace may separate <<, <<- and the
    // delimiter; it stays in the word (heredoc-cases: "RUN <<- EOF" names EOF).
    let space = '';
    if (this.scanner.peek() === '-') space += this.scanner.next();
    for (let ch = this.scanner.peek(); ch === ' ' || ch === '\t' || ch === '\r'; ch = this.scanner.peek()) {
      space += ch;
      this.scanner.next();
    }
    return '<<' + space;
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const ch = this.scanner.next();
      if (ch === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.scanner.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const peek = this.scanner.peek();
      if (peek === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (peek === '"') {
        const ch = this.scanner.next();
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.scanner.next();
      if (ch === this.opts.escape) {
        const next = this.scanner.peek();
        if (next === EOF) continue;
        if (next === '"' || next === '$' || next === this.opts.escape) {
          if (this.rawEscapes) result += ch;
          ch = this.scanner.next();
        }
      }
      result += ch;
    }
  }

  private getEnv(name: string): string | undefined {
    return this.env(name);
  }

  private processName(): string {
    let name = '';
    while (this.scanner.peek() !== EOF) {
      const ch = this.scanner.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.scanner.peek() !== EOF && isDigit(this.scanner.peek())) name += this.scanner.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.scanner.next();
      if (!isNameChar(ch)) break;
      name += this.scanner.next();
    }
    return name;
  }

  private processDollar(): string {
    this.scanner.next();
    if (this.scanner.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.scanner.next();
    const first = this.scanner.peek();
    if (first === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ShellLexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.scanner.next();
    let chs = ch;
    let nullIsUnset = false;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '${' + name + '}';
      return value ?? '';
    }
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.scanner.next();
      chs += ch;
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      const patternMode = ch === '#' || ch === '%';
      if (nullIsUnset && patternMode) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
      let word: string;
      try {
        word = this.processStopOn('}', patternMode).result;
      } catch (e) {
        if (this.scanner.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
        throw e;
      }
      const value = this.getEnv(name);
      const set = value !== undefined;
      if (!set && this.opts.skipUnsetEnv) return '${' + name + chs + word + '}';
      const empty = !set || (nullIsUnset && value === '');
      switch (ch) {
        case '-':
          return empty ? word : (value as string);
        case '+':
          return empty ? '' : word;
        case '?':
          if (!set) throw new ShellLexError(`${name}: ${word || 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') throw new ShellLexError(`${name}: ${word || 'is not allowed to be empty'}`);
          return value as string;
        default: {
          const greedy = word.startsWith(ch);
          const pattern = greedy ? word.slice(1) : word;
          return trimPattern(value ?? '', pattern, ch === '#' ? 'prefix' : 'suffix', greedy);
        }
      }
    }
    if (ch === '/') {
      const all = this.scanner.peek() === '/';
      if (all) this.scanner.next();
      const pattern = this.processStopOn('/', true).result;
      const replacement = this.processStopOn('}', true).result;
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '${' + name + '/' + (all ? '/' : '') + pattern + '/' + replacement + '}';
      return replacePattern(value ?? '', pattern, replacement, all);
    }
    if (ch === EOF) throw new ShellLexError("syntax error: missing '}'");
    throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
  }
}

/** Converts a shell glob (`*`, `?`, `[...]`) into a regular-expression source. */
function globToRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else if (ch === '\\' && i + 1 < pattern.length) out += escapeRegex(pattern[++i]);
    else out += escapeRegex(ch);
  }
  return out;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trimPattern(value: string, pattern: string, side: 'prefix' | 'suffix', greedy: boolean): string {
  const glob = globToRegex(pattern);
  const lazy = glob.replace(/\.\*/g, '.*?');
  if (side === 'prefix') {
    const m = new RegExp('^(' + (greedy ? glob : lazy) + ')', 's').exec(value);
    return m ? value.slice(m[1].length) : value;
  }
  // Shortest suffix: try the latest start first; longest: the earliest.
  const re = new RegExp('^(?:' + glob + ')$', 's');
  if (greedy) {
    for (let i = 0; i <= value.length; i++) if (re.test(value.slice(i))) return value.slice(0, i);
  } else {
    for (let i = value.length; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i);
  }
  return value;
}

function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  if (pattern === '') return value;
  const re = new RegExp(globToRegex(pattern), all ? 'gs' : 's');
  return value.replace(re, () => replacement);
}

/** True when the lexer would copy `input` unchanged: no $, quotes, < or escape character. */
function isPlain(input: string, escape: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '$' || ch === "'" || ch === '"' || ch === '<' || ch === escape) return false;
  }
  return true;
}

/** Expands one word: variables substituted, quotes and escapes removed, no splitting. */
export function processWord(input: string, env: EnvLookup, opts: LexOptions): string {
  if (isPlain(input, opts.escape)) return input;
  return new ShellWord(input, env, opts).process().result;
}

/** Expands and splits into words the way BuildKit's ProcessWords does. */
export function processWords(input: string, env: EnvLookup, opts: LexOptions): string[] {
  if (isPlain(input, opts.escape)) {
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
  return new ShellWord(input, env, opts).process().words;
}

/** Like processWord, but never throws: on a lexer error the input is returned unchanged. */
export function expandOrKeep(input: string, env: EnvLookup, escape: string): string {
  try {
    return processWord(input, env, { escape });
  } catch {
    return input;
  }
}
