/**
 * Re-reads each instruction's source lines the way BuildKit's parser
 * (frontend/dockerfile/parser/parser.go) does, for facts the data model does not
 * carry: the joined logical line, empty continuation lines, the comments that
 * precede an instruction (PrevComment), and the raw flag words.
 *
 * The model tells us where each instruction starts and which heredocs it has;
 * everything else is computed here from ctx.lines.
 */
import type { CheckContext, Instruction } from '../../types';
import { parserDirectives } from './check-config';

export interface LogicalLine {
  instruction: Instruction;
  /** First physical line (1-based). */
  startLine: number;
  /** Last physical line of the instruction itself, before any heredoc body. */
  endLine: number;
  /** Last physical line including heredoc bodies. */
  lastLine: number;
  /** The instruction as BuildKit joins it (escape removed, comment lines dropped). */
  text: string;
  /** Whitespace-only lines inside the continuation (BuildKit skips them with a warning). */
  emptyContinuationLines: number[];
  /** Comments just before the instruction, as BuildKit collects them (text after '#', trimmed). */
  comments: string[];
  /** The line number of each of `comments`. */
  commentLines: number[];
  /** The instruction word as written. */
  command: string;
  /** Leading `--flag[=value]` words, quotes and escapes removed (BuildKit's extractBuilderFlags). */
  flags: string[];
  /** The arguments after the flags, trimmed. */
  rest: string;
}

const WHITESPACE_RUN = /[\t\v\f\r ]+/;

function isCommentLine(line: string): boolean {
  return /^\s*#/.test(line);
}

function continuationRegex(escapeChar: string): RegExp {
  const e = escapeChar === '`' ? '`' : '\\\\';
  return new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
}

/** BuildKit's trimContinuationCharacter: [line without the escape, whether the line ends here]. */
function trimContinuation(line: string, re: RegExp): [string, boolean] {
  if (re.test(line)) return [line.replace(re, '$1'), false];
  return [line, true];
}

const cache = new WeakMap<CheckContext, LogicalLine[]>();

/** One LogicalLine per instruction of ctx.analysis.instructions, in the same order. */
export function logicalLines(ctx: CheckContext): LogicalLine[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const re = continuationRegex(ctx.analysis.escapeChar);
  // The empty "line" after a final line break is not a line to BuildKit's scanner.
  const lines = /[\r\n]$/.test(ctx.source) && ctx.lines.at(-1) === '' ? ctx.lines.slice(0, -1) : ctx.lines;
  const out: LogicalLine[] = [];
  // Parser directive lines are comments that BuildKit strips from the collected ones.
  let previousLast = parserDirectives(lines).at(-1)?.line ?? 0;
  for (const instruction of ctx.analysis.instructions) {
    const startLine = instruction.range.line;
    const { comments, commentLines } = collectComments(lines, previousLast + 1, startLine - 1);

    let [text, ended] = trimContinuation((lines[startLine - 1] ?? '').replace(/^\s+/, ''), re);
    let lineNo = startLine;
    const emptyContinuationLines: number[] = [];
    while (!ended && lineNo < lines.length) {
      lineNo++;
      const raw = lines[lineNo - 1];
      if (isCommentLine(raw)) continue;
      if (raw.replace(/^\s+/, '') === '') {
        emptyContinuationLines.push(lineNo);
        continue;
      }
      const [piece, end] = trimContinuation(raw, re);
      text += piece;
      ended = end;
    }
    const endLine = lineNo;
    const lastLine = Math.max(endLine, heredocEnd(lines, endLine, instruction), instruction.range.endLine);

    const [command, afterCommand] = splitFirstWord(text.trim());
    const { flags, rest } = extractBuilderFlags(afterCommand);
    out.push({
      instruction,
      startLine,
      endLine,
      lastLine,
      text,
      emptyContinuationLines,
      comments,
      commentLines,
      command,
      flags,
      rest: rest.trim(),
    });
    previousLast = lastLine;
  }
  cache.set(ctx, out);
  return out;
}

/** The logical line of one instruction. */
export function logicalLineOf(ctx: CheckContext, instruction: Instruction): LogicalLine | undefined {
  return logicalLines(ctx).find((l) => l.instruction === instruction);
}

/** Comments between two instructions: an empty `#` resets the list; blank lines do not. */
function collectComments(lines: string[], from: number, to: number): { comments: string[]; commentLines: number[] } {
  let comments: string[] = [];
  let commentLines: number[] = [];
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1];
    if (line === undefined || !isCommentLine(line)) continue;
    const comment = line.replace(/^\s*#/, '').trim();
    if (comment === '') {
      comments = [];
      commentLines = [];
    } else {
      comments.push(comment);
      commentLines.push(n);
    }
  }
  return { comments, commentLines };
}

/** The last line of the heredoc bodies that follow an instruction, or `after` when it has none. */
function heredocEnd(lines: string[], after: number, instruction: Instruction): number {
  let n = after;
  for (const heredoc of instruction.heredocs) {
    while (n < lines.length) {
      n++;
      const candidate = heredoc.chomp ? lines[n - 1].replace(/^\t+/, '') : lines[n - 1];
      if (candidate === heredoc.name) break;
    }
  }
  return n;
}

function splitFirstWord(s: string): [string, string] {
  const m = WHITESPACE_RUN.exec(s);
  if (!m) return [s, ''];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

function isSpace(ch: string): boolean {
  return /^\s$/u.test(ch);
}

/** BuildKit's extractBuilderFlags: leading `--name[=value]` words, then the rest of the line. */
export function extractBuilderFlags(line: string): { flags: string[]; rest: string } {
  const flags: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const ch = pos < line.length ? line[pos] : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') {
        return { flags, rest: line.slice(pos) };
      }
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { flags, rest: line.slice(pos) };
        if (blankOK || word.length > 0) flags.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      let c = ch;
      if (c === '\\') {
        if (pos + 1 === line.length) continue;
        pos++;
        c = line[pos];
      }
      word += c;
      continue;
    }
    // inside quotes
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    let c = ch;
    if (c === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      c = line[pos];
    }
    word += c;
  }
  return { flags, rest: '' };
}

/** The value of a `--name=value` flag word list, or undefined when the flag is absent. */
export function flagValue(flags: string[], name: string): string | undefined {
  for (const flag of flags) {
    const body = flag.replace(/^--/, '');
    const eq = body.indexOf('=');
    const key = eq === -1 ? body : body.slice(0, eq);
    if (key === name) return eq === -1 ? '' : body.slice(eq + 1);
  }
  return undefined;
}

/**
 * BuildKit's parseWords: splits on whitespace outside quotes, keeping quotes and
 * escapes in the words (they are removed later by variable expansion).
 */
export function parseWords(rest: string, escapeChar: string): string[] {
  const words: string[] = [];
  const chars = [...rest];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = pos < chars.length ? chars[pos] : '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeChar) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        pos++;
        ch = chars[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === escapeChar && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos];
    }
    word += ch;
  }
  return words;
}

/** BuildKit's parseStringsWhitespaceDelimited (FROM, EXPOSE, and COPY/ADD shell form). */
export function whitespaceWords(rest: string): string[] {
  if (rest === '') return [];
  return rest.split(/[\t\v\f\r ]+/);
}
