/**
 * BuildKit's line-level tokenisers (frontend/dockerfile/parser/split_command.go and
 * line_parsers.go), ported with source offsets so every word can be mapped back to
 * a range in the Dockerfile. Offsets are into the instruction's logical line.
 */
import { isGoSpace } from '@/lib/docker/go-unicode';

export interface Word {
  /** The word as BuildKit stores it in the AST. */
  value: string;
  start: number;
  end: number;
}


/** BuildKit's reWhitespace: `[\t\v\f\r ]+` (no newline, no Unicode spaces). */
export function isReWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** Start of `s.slice(start, end)` after Go's strings.TrimSpace (a number, not a pair: this runs for every line). */
export function trimStart(s: string, start: number, end: number): number {
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  return start;
}

/** End of `s.slice(start, end)` after Go's strings.TrimSpace. */
export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * splitCommand: the keyword is everything up to the first `[\t\v\f\r ]` run, so
 * `CMD["a"]` is the keyword `CMD["a"]` (an unknown instruction), as in BuildKit.
 * Returns where the keyword ends; it starts at trimStart(line, from, to).
 */
export function keywordEnd(line: string, start: number, end: number): number {
  let i = start;
  while (i < end && !isReWhitespace(line.charCodeAt(i))) i++;
  return i;
}

/** Where the arguments after a keyword ending at `keywordEnd` start (at most `end`). */
export function afterKeyword(line: string, keywordEnd: number, end: number): number {
  let i = keywordEnd;
  while (i < end && isReWhitespace(line.charCodeAt(i))) i++;
  return i;
}

/**
 * extractBuilderFlags: leading `--name[=value]` words. Quotes are removed and a
 * backslash escapes the next character (always backslash, whatever the escape
 * directive says, as in BuildKit). A bare `--` ends the flags.
 */
export function extractFlags(line: string, from: number, to: number): { flags: Word[]; restStart: number } {
  const flags: Word[] = [];
  let pos = from;
  for (;;) {
    while (pos < to && isGoSpace(line.charCodeAt(pos))) pos++;
    if (pos >= to) return { flags, restStart: to };
    if (!(line[pos] === '-' && pos + 1 < to && line[pos + 1] === '-')) return { flags, restStart: pos };
    const start = pos;
    let word = '';
    let quote = '';
    let blankOK = false;
    for (; pos < to; pos++) {
      const ch = line[pos];
      if (quote) {
        if (ch === quote) {
          quote = '';
          continue;
        }
        if (ch === '\\') {
          if (pos + 1 === to) {
            quote = '';
            continue;
          }
          pos++;
        }
        word += line[pos];
        continue;
      }
      if (isGoSpace(line.charCodeAt(pos))) break;
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === to) continue;
        pos++;
      }
      word += line[pos];
    }
    if (word === '--') {
      if (pos >= to) return { flags, restStart: to };
      return { flags, restStart: pos };
    }
    if (blankOK || word.length > 0) flags.push({ value: word, start, end: pos });
    if (pos >= to) return { flags, restStart: to };
  }
}

/**
 * parseWords (used by ARG, ENV and LABEL): whitespace-separated words where quotes
 * group but are kept, and the escape character is kept together with the character
 * it escapes.
 */
export function parseWords(line: string, from: number, to: number, escape: string): Word[] {
  const words: Word[] = [];
  let pos = from;
  while (pos < to) {
    while (pos < to && isGoSpace(line.charCodeAt(pos))) pos++;
    if (pos >= to) break;
    const start = pos;
    // Most words have no quote and no escape: they are the source text as it stands, taken in
    // one slice rather than built a character at a time (a string per character).
    const escapeCode = escape.charCodeAt(0);
    for (let c = line.charCodeAt(pos); pos < to && !isGoSpace(c) && c !== 34 && c !== 39 && c !== escapeCode; c = line.charCodeAt(pos)) pos++;
    let word = line.slice(start, pos);
    let quote = '';
    let blankOK = false;
    while (pos < to) {
      const cp = line.codePointAt(pos) as number;
      let ch = String.fromCodePoint(cp);
      if (!quote) {
        if (isGoSpace(cp)) break;
        if (ch === "'" || ch === '"') {
          quote = ch;
          blankOK = true;
        } else if (ch === escape) {
          if (pos + ch.length === to) {
            pos += ch.length; // an escape at the very end is dropped
            continue;
          }
          word += ch;
          pos += ch.length;
          ch = String.fromCodePoint(line.codePointAt(pos) as number);
        }
        word += ch;
        pos += ch.length;
        continue;
      }
      // inside quotes
      if (ch === quote) {
        quote = '';
      } else if (ch === escape && quote !== "'") {
        if (pos + ch.length === to) {
          quote = '';
          pos += ch.length;
          continue;
        }
        pos += ch.length;
        word += ch;
        ch = String.fromCodePoint(line.codePointAt(pos) as number);
      }
      word += ch;
      pos += ch.length;
    }
    if (blankOK || word.length > 0) words.push({ value: word, start, end: pos });
  }
  return words;
}

/** reWhitespace.Split: words separated by `[\t\v\f\r ]+` (FROM, EXPOSE, ADD/COPY/VOLUME shell form). */
export function splitWhitespace(line: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  if (from >= to) return words;
  let start = from;
  let i = from;
  while (i <= to) {
    if (i === to || isReWhitespace(line.charCodeAt(i))) {
      words.push({ value: line.slice(start, i), start, end: i });
      if (i === to) break;
      while (i < to && isReWhitespace(line.charCodeAt(i))) i++;
      start = i;
      if (i === to) {
        // trailing whitespace gives a final empty word in Go's Split
        words.push({ value: '', start: i, end: i });
        break;
      }
      continue;
    }
    i++;
  }
  return words;
}

/** Legacy `KEY value` split: reWhitespace.Split(rest, 2). */
export function splitOnce(line: string, from: number, to: number): Word[] {
  let i = from;
  while (i < to && !isReWhitespace(line.charCodeAt(i))) i++;
  if (i >= to) return [{ value: line.slice(from, to), start: from, end: to }];
  let j = i;
  while (j < to && isReWhitespace(line.charCodeAt(j))) j++;
  return [
    { value: line.slice(from, i), start: from, end: i },
    { value: line.slice(j, to), start: j, end: to },
  ];
}
