/**
 * The tokenizer and command splitter of hadolint's shell view (the questions rules ask about
 * the commands are in shell-query.ts; shell.ts exports both).
 *
 * A small POSIX-shell command splitter for the scripts of RUN instructions.
 *
 * It finds the simple commands of a script the way hadolint does through ShellCheck's
 * parser: commands joined by `&&`, `||`, `;`, `|`, `&` or newlines, commands inside
 * `$(...)`, backticks and subshells, with leading `VAR=value` assignments and
 * redirections set apart. It is deliberately forgiving: it never throws, and a script it
 * cannot fully understand still yields the commands it could read.
 *
 * Conventions borrowed from hadolint (src/Hadolint/Shell.hs) so that the rules behave
 * like hadolint's: a command's `name` is its first word only when that word is a literal
 * (no `$`, no substitution), `exec`/`command`/`builtin`/`busybox`/`run` are looked
 * through, `args` are all words after the first, and flags are split like hadolint's
 * getAllFlags (`--foo=bar` -> "foo", `-abc` -> "a", "b", "c").
 */

export interface ShellWord {
  /** The word with quotes removed and escapes resolved; `$VAR` and `$(...)` kept as written. */
  value: string;
  /** The word exactly as written. */
  raw: string;
  /** Offsets in the script, end exclusive. */
  start: number;
  end: number;
  /** False when the word holds an expansion (`$x`, `${x}`, `$(...)`, backticks). */
  literal: boolean;
}

export interface ShellFlag {
  name: string;
  /** Index in `args` of the word the flag came from. */
  argIndex: number;
}

export interface ShellCommand {
  /** The program as hadolint names it (wrappers such as `exec` looked through). */
  name: string;
  /** Every word after the first one. */
  args: ShellWord[];
  flags: ShellFlag[];
  /** Leading `NAME=value` words. */
  assignments: string[];
  /** The words of the command as written, first word included (no assignments). */
  words: ShellWord[];
  /** Offsets of the whole command in the script. */
  start: number;
  end: number;
}

export interface ParsedShell {
  original: string;
  /** Simple commands in source order (substitutions come right after their command). */
  commands: ShellCommand[];
  /** True when two commands are joined by a pipe (`|` or `|&`, not `||`). */
  hasPipes: boolean;
}

type Token =
  | { kind: 'word'; word: ShellWord }
  | { kind: 'op'; op: string; start: number; end: number };

const OPERATORS = ['&&', '||', ';;', '|&', '>>', '<<-', '<<<', '<<', '<>', '>|', '>&', '<&', '&>>', '&>', '|', '&', ';', '(', ')', '<', '>', '\n'];
const REDIRECTIONS = new Set(['>>', '<<-', '<<<', '<<', '<>', '>|', '>&', '<&', '&>>', '&>', '<', '>']);
const SEPARATORS = new Set(['&&', '||', ';;', '|&', '|', '&', ';', '(', ')', '\n']);

/** Words that open or close compound commands; the command proper starts after them. */
const RESERVED_PREFIXES = new Set(['!', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'esac']);

const isBlank = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r';
const isMeta = (ch: string) => '|&;()<>\n'.includes(ch) || isBlank(ch);

/**
 * Index just after the `)` that closes a `$(` or `(` opened before `from`.
 * When nothing closes it, returns `src.length + 1`, so that `slice(from, result - 1)`
 * is still the whole rest of the script.
 */
function findClosingParen(src: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      i = close < 0 ? src.length : close + 1;
      continue;
    }
    if (ch === '"') {
      i = findClosingDoubleQuote(src, i + 1);
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return src.length + 1;
}

/** Index just after the `"` closing a double-quoted string that starts at `from`. */
function findClosingDoubleQuote(src: string, from: number): number {
  for (let i = from; i < src.length; ) {
    const ch = src[i];
    if (ch === '"') return i + 1;
    if (ch === '\\') {
      i += 2; // an escaped character, whatever it is
      continue;
    }
    if (ch === '$' && src[i + 1] === '(') {
      i = findClosingParen(src, i + 2);
      continue;
    }
    if (ch === '`') {
      i = findClosingBacktick(src, i + 1);
      continue;
    }
    i++;
  }
  return src.length + 1;
}

function findClosingBacktick(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    if (src[i] === '\\') {
      i += 2;
      continue;
    }
    if (src[i] === '`') return i + 1;
    i++;
  }
  return src.length + 1;
}

/** A nested script found inside a word (`$(...)` or backticks), with its offset. */
interface Nested {
  text: string;
  offset: number;
}

/** Reads one word starting at `start`; returns the word, where it ends and nested scripts. */
function readWord(src: string, start: number, nested: Nested[]): { word: ShellWord; end: number } {
  let i = start;
  let value = '';
  let literal = true;
  while (i < src.length && !isMeta(src[i])) {
    const ch = src[i];
    if (ch === '\\') {
      if (src[i + 1] === '\n') {
        i += 2; // line continuation inside a word
        continue;
      }
      value += src[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      const end = close < 0 ? src.length : close;
      value += src.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      const end = findClosingDoubleQuote(src, i + 1);
      const inner = src.slice(i + 1, end - 1);
      collectNested(inner, i + 1, nested);
      if (/\$|`/.test(inner)) literal = false;
      value += inner.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
      i = end;
      continue;
    }
    if (ch === '$' && src[i + 1] === '(') {
      const end = findClosingParen(src, i + 2);
      if (src[i + 2] !== '(') nested.push({ text: src.slice(i + 2, end - 1), offset: i + 2 });
      value += src.slice(i, end);
      literal = false;
      i = end;
      continue;
    }
    if (ch === '$' && src[i + 1] === '{') {
      const close = src.indexOf('}', i + 2);
      const end = close < 0 ? src.length : close + 1;
      value += src.slice(i, end);
      literal = false;
      i = end;
      continue;
    }
    if (ch === '$' && i + 1 < src.length && /[A-Za-z0-9_@*#?$!-]/.test(src[i + 1])) {
      literal = false;
    }
    if (ch === '`') {
      const end = findClosingBacktick(src, i + 1);
      nested.push({ text: src.slice(i + 1, end - 1), offset: i + 1 });
      value += src.slice(i, end);
      literal = false;
      i = end;
      continue;
    }
    value += ch;
    i++;
  }
  const end = Math.min(i, src.length);
  return { word: { value, raw: src.slice(start, end), start, end, literal }, end };
}

/** Finds `$(...)` and backticks inside a double-quoted string. */
function collectNested(inner: string, offset: number, nested: Nested[]): void {
  let i = 0;
  while (i < inner.length) {
    if (inner[i] === '\\') {
      i += 2;
      continue;
    }
    if (inner[i] === '$' && inner[i + 1] === '(' && inner[i + 2] !== '(') {
      const end = findClosingParen(inner, i + 2);
      nested.push({ text: inner.slice(i + 2, end - 1), offset: offset + i + 2 });
      i = end;
      continue;
    }
    if (inner[i] === '`') {
      const end = findClosingBacktick(inner, i + 1);
      nested.push({ text: inner.slice(i + 1, end - 1), offset: offset + i + 1 });
      i = end;
      continue;
    }
    i++;
  }
}

function tokenize(src: string, nested: Nested[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (isBlank(ch)) {
      i++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (ch === '#') {
      // A comment runs to the end of the line.
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const op = OPERATORS.find((candidate) => src.startsWith(candidate, i));
    if (op && !(ch === '<' && src[i + 1] === '(') && !(ch === '>' && src[i + 1] === '(')) {
      tokens.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    if ((ch === '<' || ch === '>') && src[i + 1] === '(') {
      // Process substitution `<(cmd)`: read the commands inside, keep it as one word.
      const close = findClosingParen(src, i + 2);
      const end = Math.min(close, src.length);
      nested.push({ text: src.slice(i + 2, close - 1), offset: i + 2 });
      tokens.push({ kind: 'word', word: { value: src.slice(i, end), raw: src.slice(i, end), start: i, end, literal: false } });
      i = end;
      continue;
    }
    const { word, end } = readWord(src, i, nested);
    // `2>file`, `2>&1`: digits right before a redirection are a file descriptor, not a word.
    if (/^\d+$/.test(word.raw) && (src[end] === '<' || src[end] === '>')) {
      i = end;
      continue;
    }
    tokens.push({ kind: 'word', word });
    i = end === i ? i + 1 : end;
  }
  return tokens;
}

/** A leading `NAME=value` (or `NAME[i]=`, `NAME+=`) word of a simple command. */
export const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** hadolint's getAllFlags. */
function flagsOf(args: ShellWord[]): ShellFlag[] {
  const flags: ShellFlag[] = [];
  args.forEach((word, argIndex) => {
    const arg = word.value;
    if (arg === '--' || arg === '-') return;
    if (arg.startsWith('--')) flags.push({ name: arg.slice(2).split('=')[0], argIndex });
    else if (arg.startsWith('-')) for (const name of arg.slice(1)) flags.push({ name, argIndex });
  });
  return flags;
}

/** ShellCheck's getCommandName: looks through wrappers that run another command. */
function commandName(words: ShellWord[]): string | null {
  const first = words[0];
  if (!first.literal) return null;
  const name = first.value;
  const rest = words.slice(1);
  if (['busybox', 'builtin', 'command', 'run'].includes(name)) {
    const next = rest[0];
    if (next && !next.value.startsWith('-')) return next.literal ? next.value : null;
    return name;
  }
  if (name === 'exec') {
    // exec [-cl] [-a name] command ...
    let i = 0;
    while (i < rest.length && rest[i].value.startsWith('-') && rest[i].value !== '--') {
      if (rest[i].value.includes('a')) i++;
      i++;
    }
    if (rest[i]?.value === '--') i++;
    const next = rest[i];
    if (!next) return name;
    return next.literal ? next.value : null;
  }
  return name;
}

/** Parses a shell script into its simple commands. Never throws. */
export function parseShell(script: string): ParsedShell {
  const commands: ShellCommand[] = [];
  const state = { hasPipes: false };
  parseInto(script, 0, commands, state, 0);
  return { original: script, commands, hasPipes: state.hasPipes };
}

function parseInto(
  src: string,
  offset: number,
  commands: ShellCommand[],
  state: { hasPipes: boolean },
  depth: number,
): void {
  if (depth > 20) return;
  const nested: Nested[] = [];
  const tokens = tokenize(src, nested);
  const nestedCommands: ShellCommand[] = [];
  for (const inner of nested) parseInto(inner.text, offset + inner.offset, nestedCommands, state, depth + 1);

  let words: ShellWord[] = [];
  let skipUntilDo = false; // inside `for x in ...` or `select`
  let caseState: 'none' | 'subject' | 'pattern' = 'none';
  let conditionEnd: string | null = null; // inside `[ ... ]` or `[[ ... ]]`

  const flush = () => {
    const assignments: string[] = [];
    let start = 0;
    while (start < words.length && ASSIGNMENT.test(words[start].raw)) {
      assignments.push(words[start].value);
      start++;
    }
    const commandWords = words.slice(start);
    if (commandWords.length > 0) {
      const name = commandName(commandWords);
      if (name !== null) {
        const args = commandWords.slice(1);
        commands.push({
          name,
          args,
          flags: flagsOf(args),
          assignments,
          words: commandWords,
          start: offset + words[0].start,
          end: offset + commandWords[commandWords.length - 1].end,
        });
      }
    }
    words = [];
  };

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === 'op') {
      if (REDIRECTIONS.has(token.op)) {
        // The next word is the redirection target, not an argument.
        if (tokens[t + 1]?.kind === 'word') t++;
        continue;
      }
      if (SEPARATORS.has(token.op)) {
        if (token.op === '|' || token.op === '|&') state.hasPipes = true;
        if (caseState === 'pattern' && token.op === ')') {
          words = [];
          caseState = 'none';
          continue;
        }
        flush();
        if (token.op === ';;') caseState = 'pattern';
        if (skipUntilDo && (token.op === ';' || token.op === '\n')) continue;
      }
      continue;
    }

    const value = token.word.value;
    const atCommandStart = words.length === 0;

    if (conditionEnd !== null) {
      if (value === conditionEnd) conditionEnd = null;
      continue;
    }
    if (caseState === 'subject') {
      if (value === 'in') caseState = 'pattern';
      continue;
    }
    if (caseState === 'pattern') {
      if (value === 'esac') {
        caseState = 'none';
        continue;
      }
      continue; // pattern words up to `)`
    }
    if (skipUntilDo) {
      if (value === 'do') skipUntilDo = false;
      continue;
    }
    if (atCommandStart && token.word.literal) {
      if (RESERVED_PREFIXES.has(value)) continue;
      if (value === 'for' || value === 'select') {
        skipUntilDo = true;
        continue;
      }
      if (value === 'case') {
        caseState = 'subject';
        continue;
      }
      if (value === '[' || value === '[[') {
        conditionEnd = value === '[' ? ']' : ']]';
        continue;
      }
    }
    words.push(token.word);
  }
  flush();

  // Commands from substitutions are listed after the command that holds them.
  for (const inner of nestedCommands) {
    const holder = commands.findIndex((c) => c.start <= inner.start && inner.end <= c.end);
    if (holder >= 0) commands.splice(holder + 1, 0, inner);
    else commands.push(inner);
  }
  commands.sort((a, b) => a.start - b.start);
}
