/**
 * Turns one logical line into an Instruction the way BuildKit's newNodeFromLine
 * does: splitCommand, extractBuilderFlags, then the per-instruction line parser
 * (parseMaybeJSON, parseNameVal, ...). Heredocs are attached later by the parser.
 */
import type { Arg, Flag, Heredoc, Instruction, KeyValue } from '../types';
import type { LogicalLine } from './logical-line';
import { parseJsonArray } from './json-array';
import { afterKeyword, extractFlags, keywordEnd, parseWords, splitOnce, splitWhitespace, trimEnd, trimStart, type Word } from './words';

import { KNOWN_INSTRUCTIONS } from '@/lib/docker/instructions';
import { isGoSpace } from '@/lib/docker/go-unicode';

export const KNOWN_KEYWORDS = KNOWN_INSTRUCTIONS;

/** Exact BuildKit error texts raised while parsing a line. */
export const NOT_STRING_ARRAY = 'when using JSON array syntax, arrays must be comprised of strings only';

export interface LineParseError {
  /** The message BuildKit prints (after `dockerfile parse error on line N: `). */
  message: string;
  code: string;
}

export interface BuiltInstruction {
  instruction: Instruction;
  error: LineParseError | null;
}

/** ENV/LABEL instructions whose name=value list BuildKit's parseNameVal rejects (their `pairs` are partial). */
const rejectedPairs = new WeakSet<Instruction>();

/**
 * True when BuildKit's line parser rejects the ENV or LABEL pairs of `ins` (a missing value or
 * a word without "="): the build checks then read no pairs from it, as BuildKit never gets that far.
 */
export function pairsRejected(ins: Instruction): boolean {
  return rejectedPairs.has(ins);
}

// Shared by every instruction without flags or heredocs (most of them): frozen, never
// written to (the reader replaces `heredocs` with a new array when it finds some).
const NO_FLAGS: readonly Flag[] = Object.freeze([]);
const NO_HEREDOCS: readonly Heredoc[] = Object.freeze([]);
const NO_FLAG_WORDS: readonly Word[] = Object.freeze([]);

type ArgsParse = {
  args: Arg[];
  json: string[] | null;
  pairs?: KeyValue[];
  onbuild?: BuiltInstruction;
  error?: LineParseError;
};

export function buildInstruction(line: LogicalLine, from: number, to: number, escape: string): BuiltInstruction {
  const text = line.text;
  // splitCommand, read as offsets (no objects: this runs for every instruction).
  const keywordStart = trimStart(text, from, to);
  const lineEnd = trimEnd(text, keywordStart, to);
  const keywordStop = keywordEnd(text, keywordStart, lineEnd);
  const restStart = afterKeyword(text, keywordStop, lineEnd);
  const rawKeyword = text.slice(keywordStart, keywordStop);
  const upper = rawKeyword.toUpperCase();
  // Most instructions have no flag: no flag list to build when the arguments start with
  // anything but "-" or a space extractFlags would skip.
  const next = text.charCodeAt(restStart);
  const { flags: flagWords, restStart: argsStart0 } =
    restStart < lineEnd && next !== 45 /* - */ && !isGoSpace(next) ? { flags: NO_FLAG_WORDS as Word[], restStart } : extractFlags(text, restStart, lineEnd);
  const argsStart = trimStart(text, argsStart0, lineEnd);
  const argsEnd = trimEnd(text, argsStart, lineEnd);

  let parsed: ArgsParse;
  switch (upper) {
    case 'ADD':
    case 'COPY':
    case 'VOLUME':
      parsed = parseMaybeJsonToList(text, argsStart, argsEnd, line);
      break;
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      parsed = parseMaybeJson(text, argsStart, argsEnd, line);
      break;
    case 'ARG':
      parsed = parseNameOrNameVal(text, argsStart, argsEnd, escape, line);
      break;
    case 'ENV':
    case 'LABEL':
      parsed = parseNameVal(text, argsStart, argsEnd, escape, upper, line);
      break;
    case 'EXPOSE':
    case 'FROM':
      parsed = { args: splitWhitespace(text, argsStart, argsEnd).map((w) => toArg(line, w)), json: null };
      break;
    case 'MAINTAINER':
    case 'STOPSIGNAL':
    case 'USER':
    case 'WORKDIR':
      parsed = {
        args: argsStart < argsEnd ? [toArg(line, { value: text.slice(argsStart, argsEnd), start: argsStart, end: argsEnd })] : [],
        json: null,
      };
      break;
    case 'HEALTHCHECK':
      parsed = parseHealthConfig(text, argsStart, argsEnd, line);
      break;
    case 'ONBUILD':
      parsed = { args: [], json: null };
      if (argsStart < argsEnd) {
        const child = buildInstruction(line, argsStart, argsEnd, escape);
        parsed.onbuild = child;
        parsed.args = [toArg(line, { value: text.slice(argsStart, argsEnd), start: argsStart, end: argsEnd })];
        if (child.error) parsed.error = child.error;
      }
      break;
    default:
      // parseIgnore: BuildKit keeps unknown instructions without arguments and
      // rejects them later ("unknown instruction"); we keep the words for the editor.
      parsed = { args: splitWhitespace(text, argsStart, argsEnd).map((w) => toArg(line, w)), json: null };
  }

  const flags: Flag[] = flagWords.length === 0 ? (NO_FLAGS as Flag[]) : flagWords.map((w) => {
    const body = w.value.slice(2);
    const eq = body.indexOf('=');
    return {
      name: eq < 0 ? body : body.slice(0, eq),
      value: eq < 0 ? null : body.slice(eq + 1),
      range: line.range(w.start, w.end),
    };
  });

  const instruction: Instruction = {
    keyword: upper,
    rawKeyword,
    range: line.range(keywordStart, lineEnd),
    keywordRange: line.range(keywordStart, keywordStop),
    text: text.slice(keywordStart, lineEnd),
    flags,
    args: parsed.args,
    json: parsed.json,
    heredocs: NO_HEREDOCS as Heredoc[],
    stageIndex: -1,
    known: KNOWN_KEYWORDS.has(upper),
    argsText: text.slice(argsStart, argsEnd),
    argsRange: argsStart < argsEnd ? line.range(argsStart, argsEnd) : null,
  };
  if (parsed.pairs) {
    instruction.pairs = parsed.pairs;
    if (parsed.error) rejectedPairs.add(instruction);
  }
  if (parsed.onbuild) instruction.onbuild = parsed.onbuild.instruction;
  return { instruction, error: parsed.error ?? null };
}

/** An argument at source offsets [start, end) of the line (a plain function: a closure per line costs more). */
function toArg(line: LogicalLine, w: Word): Arg {
  return { value: w.value, range: line.range(w.start, w.end) };
}

function parseJsonOrError(text: string, start: number, end: number, line: LogicalLine): ArgsParse | null {
  const result = parseJsonArray(text, start, end);
  if (result.kind === 'array') {
    return {
      args: result.elements.map((e) => toArg(line, { value: e.value, start: e.start, end: e.end })),
      json: result.elements.map((e) => e.value),
    };
  }
  if (result.kind === 'not-strings') {
    return { args: [], json: null, error: { message: NOT_STRING_ARRAY, code: 'parse-json-not-strings' } };
  }
  return null;
}

function parseMaybeJson(text: string, start: number, end: number, line: LogicalLine): ArgsParse {
  if (start >= end) return { args: [], json: null };
  const json = parseJsonOrError(text, start, end, line);
  if (json) return json;
  return { args: [toArg(line, { value: text.slice(start, end), start, end })], json: null };
}

function parseMaybeJsonToList(text: string, start: number, end: number, line: LogicalLine): ArgsParse {
  const json = start < end ? parseJsonOrError(text, start, end, line) : null;
  if (json) return json;
  return { args: splitWhitespace(text, start, end).map((w) => toArg(line, w)), json: null };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
}

function parseHealthConfig(text: string, start: number, end: number, line: LogicalLine): ArgsParse {
  // BuildKit tests each byte with unicode.IsSpace; ASCII whitespace is what matters here.
  let sep = start;
  while (sep < end && !isSpace(text.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  if (sep === start) return { args: [], json: null };
  const type = toArg(line, { value: text.slice(start, sep), start, end: sep });
  const rest = parseMaybeJson(text, next, end, line);
  return { ...rest, args: [type, ...rest.args] };
}

function parseNameOrNameVal(text: string, start: number, end: number, escape: string, line: LogicalLine): ArgsParse {
  const words = parseWords(text, start, end, escape);
  const pairs: KeyValue[] = words.map((w) => {
    const eq = w.value.indexOf('=');
    if (eq < 0) return { key: toArg(line, w), value: null, equals: false };
    const rawEq = text.indexOf('=', w.start);
    return {
      key: toArg(line, { value: w.value.slice(0, eq), start: w.start, end: rawEq }),
      value: toArg(line, { value: w.value.slice(eq + 1), start: rawEq + 1, end: w.end }),
      equals: true,
    };
  });
  return { args: words.map((w) => toArg(line, w)), json: null, pairs };
}

function parseNameVal(
  text: string,
  start: number,
  end: number,
  escape: string,
  keyword: string,
  line: LogicalLine,
): ArgsParse {
  const words = parseWords(text, start, end, escape);
  if (words.length === 0) return { args: [], json: null, pairs: [] };
  if (!words[0].value.includes('=')) {
    // Legacy `KEY name value`: the value is the whole rest of the line.
    const parts = splitOnce(text, start, end);
    if (parts.length < 2) {
      return {
        args: [toArg(line, parts[0])],
        json: null,
        pairs: [{ key: toArg(line, parts[0]), value: null, equals: false }],
        error: { message: `${keyword} must have two arguments`, code: 'parse-missing-value' },
      };
    }
    return {
      args: parts.map((w) => toArg(line, w)),
      json: null,
      pairs: [{ key: toArg(line, parts[0]), value: toArg(line, parts[1]), equals: false }],
    };
  }
  // Sized up front: an array literal grown by push gets 16 spare slots, and these arrays
  // stay in the parse for as long as the analysis lives (ENV-heavy files have thousands).
  const pairs: KeyValue[] = new Array(words.length);
  const args: Arg[] = new Array(2 * words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const eq = w.value.indexOf('=');
    if (eq < 0) {
      pairs.length = i;
      args.length = 2 * i;
      return {
        args,
        json: null,
        pairs,
        error: {
          message: `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`,
          code: 'parse-missing-equals',
        },
      };
    }
    // Word values keep every source character between start and end, so the
    // first "=" in the source is the split point.
    const rawEq = text.indexOf('=', w.start);
    const key: Arg = { value: w.value.slice(0, eq), range: line.range(w.start, rawEq) };
    const value: Arg = { value: w.value.slice(eq + 1), range: line.range(rawEq + 1, w.end) };
    pairs[i] = { key, value, equals: true };
    args[2 * i] = key;
    args[2 * i + 1] = value;
  }
  return { args, json: null, pairs };
}

/** Go's strconv.Quote / %q for the characters that matter in messages. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (isGoPrintable(ch)) out += ch;
    else if (c < 0x80) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isGoPrintable(ch: string): boolean {
  if (ch === ' ') return true;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}
