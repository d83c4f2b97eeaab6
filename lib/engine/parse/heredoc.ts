/**
 * Heredoc detection as in BuildKit's parser.go (heredocsFromLine, ParseHeredoc,
 * heredocFromMatch). Only RUN, COPY and ADD (also under ONBUILD) in shell form
 * can carry heredocs.
 */
import { processWords } from '@/lib/docker/shell-lex';

export interface HeredocHeader {
  name: string;
  expand: boolean;
  chomp: boolean;
  fileDescriptor: number;
}

export class HeredocWordError extends Error {}

// BuildKit: ^(\d*)<<(-?)\s*([^<]*)$ (whitespace after << is allowed since frontend 1.16).
const HEREDOC_WORD = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

const noEnv = () => undefined;

/** ParseHeredoc for one word; null when the word is not a heredoc. Throws on an unterminated quote. */
export function parseHeredocWord(word: string): HeredocHeader | null {
  const m = HEREDOC_WORD.exec(word);
  if (!m) return null;
  const rest = m[3];
  if (rest.length === 0) return null;
  let words: string[];
  let rawWords: string[];
  try {
    // BuildKit lexes the delimiter with a backslash escape, whatever the escape directive.
    words = processWords(rest, noEnv, { escape: '\\', skipUnsetEnv: true });
    if (words.length !== 1) return null;
    rawWords = processWords(rest, noEnv, { escape: '\\', skipUnsetEnv: true, rawQuotes: true });
  } catch (e) {
    throw new HeredocWordError(e instanceof Error ? e.message : String(e));
  }
  if (rawWords.length !== words.length) return null;
  const quotes = (s: string) => (s.match(/['"]/g) ?? []).length;
  return {
    name: words[0],
    expand: quotes(words[0]) === quotes(rawWords[0]),
    chomp: m[2] === '-',
    fileDescriptor: m[1] ? Number.parseInt(m[1], 10) : 0,
  };
}

/** heredocsFromLine: every heredoc word on an instruction line, in order. */
export function heredocsFromLine(line: string): HeredocHeader[] {
  let words: string[];
  try {
    words = processWords(line, noEnv, { escape: '\\', rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  } catch {
    // BuildKit ignores lexing errors here (`words, _ := ...`); a partial word list
    // is not available to us, so no heredoc is found.
    return [];
  }
  const out: HeredocHeader[] = [];
  for (const word of words) {
    const doc = parseHeredocWord(word);
    if (doc) out.push(doc);
  }
  return out;
}

/** ChompHeredocContent: strips leading tabs of every line (for `<<-`). */
export function chompHeredocContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}
