/**
 * Instruction arguments as BuildKit's line parsers split them
 * (frontend/dockerfile/parser/line_parsers.go and instructions/parse.go),
 * read from the logical line. Raw words keep their quotes; expansion happens later.
 */
import type { Instruction } from '../../types';
import { perObject } from '../per-analysis';
import { flagValue, parseWords, restWords, type LogicalLine } from './source-scan';

export interface KeyValue {
  key: string;
  value: string;
  /** Legacy `KEY value` form (no '=' between key and value). */
  noDelim: boolean;
}

/**
 * ENV and LABEL pairs (parseNameVal); null when BuildKit would reject the syntax.
 * Read once per instruction (several checks ask); the escape character is the
 * analysis's own, so it is the same on every call for a line.
 */
export function keyValuePairs(line: LogicalLine, escapeChar: string): KeyValue[] | null {
  let pairs = kvCache.get(line);
  if (pairs === undefined) {
    pairs = readKeyValuePairs(line, escapeChar);
    kvCache.set(line, pairs);
  }
  return pairs;
}

const kvCache = new WeakMap<LogicalLine, KeyValue[] | null>();

function readKeyValuePairs(line: LogicalLine, escapeChar: string): KeyValue[] | null {
  const words = parseWords(line.rest, escapeChar);
  if (words.length === 0) return null;
  if (!words[0].includes('=')) {
    const m = /[\t\v\f\r ]+/.exec(line.rest);
    if (!m) return null; // "ENV must have two arguments"
    return [{ key: line.rest.slice(0, m.index), value: line.rest.slice(m.index + m[0].length), noDelim: true }];
  }
  const pairs: KeyValue[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq === -1) return null; // "Syntax error - can't find = in ..."
    if (eq === 0) return null; // "ENV names can not be blank"
    pairs.push({ key: word.slice(0, eq), value: word.slice(eq + 1), noDelim: false });
  }
  return pairs;
}

export interface ArgDeclaration {
  key: string;
  /** The default as written (quotes kept), or null for `ARG name`. */
  value: string | null;
}

/** ARG declarations (`ARG a b=1` declares two); read once per instruction, like keyValuePairs. */
export function argDeclarations(line: LogicalLine, escapeChar: string): ArgDeclaration[] {
  let args = argCache.get(line);
  if (!args) {
    args = readArgDeclarations(line, escapeChar);
    argCache.set(line, args);
  }
  return args;
}

const argCache = new WeakMap<LogicalLine, ArgDeclaration[]>();

function readArgDeclarations(line: LogicalLine, escapeChar: string): ArgDeclaration[] {
  return parseWords(line.rest, escapeChar).map((word) => {
    const eq = word.indexOf('=');
    return eq === -1 ? { key: word, value: null } : { key: word.slice(0, eq), value: word.slice(eq + 1) };
  });
}

export interface FromArgs {
  baseName: string;
  /** The `AS` word as written, when the FROM has the three-word form. */
  asWord: string | null;
  /** The stage name as written. */
  stageNameRaw: string | null;
  /** The stage name as BuildKit stores it (lower-cased), or '' when unnamed. */
  stageName: string;
  /** The --platform flag value, or undefined. */
  platform: string | undefined;
}

/** The parts of a FROM, read once per instruction. */
export const fromArgs = perObject((line: LogicalLine): FromArgs => {
  const words = restWords(line);
  const named = words.length === 3 && words[1].toLowerCase() === 'as';
  return {
    baseName: words[0] ?? '',
    asWord: named ? words[1] : null,
    stageNameRaw: named ? words[2] : null,
    stageName: named ? words[2].toLowerCase() : '',
    platform: flagValue(line.flags, 'platform'),
  };
});

const HEREDOC_WORD = /^\d*<<-?\S/;

/** COPY/ADD sources (without heredoc markers) and destination. */
export function sourcesAndDest(line: LogicalLine, instruction: Instruction): { sources: string[]; dest: string } | null {
  const words = instruction.json ?? restWords(line);
  if (words.length < 2) return null;
  const dest = words[words.length - 1];
  const sources = words
    .slice(0, -1)
    .filter((w) => !(instruction.json === null && instruction.heredocs.length > 0 && HEREDOC_WORD.test(w)));
  return { sources, dest };
}

/** VOLUME paths (JSON array or whitespace-separated). */
export function volumePaths(line: LogicalLine, instruction: Instruction): string[] {
  return instruction.json ?? restWords(line);
}

/** All values of a repeatable flag, e.g. every `--mount`. */
export function flagValues(line: LogicalLine, name: string): string[] {
  const out: string[] = [];
  for (const flag of line.flags) {
    const body = flag.replace(/^--/, '');
    const eq = body.indexOf('=');
    if ((eq === -1 ? body : body.slice(0, eq)) === name && eq !== -1) out.push(body.slice(eq + 1));
  }
  return out;
}
