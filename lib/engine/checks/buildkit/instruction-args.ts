/**
 * Instruction arguments as BuildKit's line parsers split them
 * (frontend/dockerfile/parser/line_parsers.go and instructions/parse.go),
 * read from the logical line. Raw words keep their quotes; expansion happens later.
 */
import type { Instruction } from '../../types';
import { flagValue, restWords, type LogicalLine } from './source-scan';
import { pairsRejected } from '../../parse/line-parsers';

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
export function keyValuePairs(line: LogicalLine): KeyValue[] | null {
  const cache = line.cache;
  if (cache.pairs === undefined) cache.pairs = readKeyValuePairs(line);
  return cache.pairs;
}

/**
 * The pairs the engine's parser already read with BuildKit's parseNameVal
 * (../../parse/line-parsers.ts): keys and values as written, `equals` false for the
 * legacy `KEY value` form. Null when that parse was rejected or found no pair.
 */
function readKeyValuePairs(line: LogicalLine): KeyValue[] | null {
  const { instruction } = line;
  const parsed = instruction.pairs;
  if (parsed === undefined || parsed.length === 0 || pairsRejected(instruction)) return null;
  const pairs: KeyValue[] = new Array(parsed.length);
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    pairs[i] = { key: p.key.value, value: p.value === null ? '' : p.value.value, noDelim: !p.equals };
  }
  return pairs;
}

export interface ArgDeclaration {
  key: string;
  /** The default as written (quotes kept), or null for `ARG name`. */
  value: string | null;
}

/** ARG declarations (`ARG a b=1` declares two); read once per instruction, like keyValuePairs. */
export function argDeclarations(line: LogicalLine): ArgDeclaration[] {
  return (line.cache.argDeclarations ??= readArgDeclarations(line));
}

/** The ARG names and defaults the engine's parser read (parseNameOrNameVal), as written. */
function readArgDeclarations(line: LogicalLine): ArgDeclaration[] {
  const parsed = line.instruction.pairs ?? [];
  const args: ArgDeclaration[] = new Array(parsed.length);
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    args[i] = { key: p.key.value, value: p.value === null ? null : p.value.value };
  }
  return args;
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
export function fromArgs(line: LogicalLine): FromArgs {
  return (line.cache.fromArgs ??= readFromArgs(line));
}

function readFromArgs(line: LogicalLine): FromArgs {
  const words = restWords(line);
  const named = words.length === 3 && words[1].toLowerCase() === 'as';
  return {
    baseName: words[0] ?? '',
    asWord: named ? words[1] : null,
    stageNameRaw: named ? words[2] : null,
    stageName: named ? words[2].toLowerCase() : '',
    platform: flagValue(line.flags, 'platform'),
  };
}

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
