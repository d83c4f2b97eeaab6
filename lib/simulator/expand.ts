/**
 * Variable substitution as BuildKit's shell.Lex does it for Dockerfile words
 * ($v, ${v}, ${v:-w}, ${v-w}, ${v:+w}, ${v+w}, quotes, escapes).
 *
 * Two modes matter to the simulator: words of COPY/WORKDIR/... are expanded with quotes
 * removed and unset variables as "", while step labels are shown with quotes kept and unset
 * variables left as written (dispatchRun sets RawQuotes and SkipUnsetEnv on the lexer).
 */

export interface ExpandOptions {
  /** Keep quote characters in the output (labels). */
  rawQuotes?: boolean;
  /** Leave `$X` as written when X is not set (labels). */
  skipUnset?: boolean;
  escapeChar?: string;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function expandWord(word: string, env: Record<string, string>, options: ExpandOptions = {}): string {
  const escape = options.escapeChar ?? '\\';
  let out = '';
  let i = 0;

  const readVariable = (): string => {
    // at "$"
    const start = i;
    i++;
    if (word[i] === '{') {
      const close = findClosingBrace(word, i);
      if (close === -1) {
        i = word.length;
        return word.slice(start);
      }
      const inner = word.slice(i + 1, close);
      i = close + 1;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(inner);
      if (!m) return word.slice(start, i);
      const [, name, op, rest] = m;
      const set = Object.prototype.hasOwnProperty.call(env, name);
      const value = set ? env[name] : '';
      if (!op) return set || !options.skipUnset ? value : word.slice(start, i);
      const expandedRest = () => expandWord(rest ?? '', env, { ...options, rawQuotes: false });
      switch (op) {
        case ':-': return set && value !== '' ? value : expandedRest();
        case '-': return set ? value : expandedRest();
        case ':+': return set && value !== '' ? expandedRest() : '';
        case '+': return set ? expandedRest() : '';
        default: return value; // ${v:?msg} / ${v?msg}: BuildKit errors when unset; show the value
      }
    }
    if (i < word.length && NAME_START.test(word[i])) {
      let name = '';
      while (i < word.length && NAME_CHAR.test(word[i])) name += word[i++];
      if (Object.prototype.hasOwnProperty.call(env, name)) return env[name];
      return options.skipUnset ? '$' + name : '';
    }
    return '$';
  };

  while (i < word.length) {
    const c = word[i];
    if (c === escape) {
      if (i + 1 >= word.length) {
        out += c;
        i++;
        continue;
      }
      out += options.rawQuotes ? c + word[i + 1] : word[i + 1];
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = word.indexOf("'", i + 1);
      const stop = end === -1 ? word.length : end;
      const body = word.slice(i + 1, stop);
      out += options.rawQuotes ? `'${body}${end === -1 ? '' : "'"}` : body;
      i = end === -1 ? word.length : end + 1;
      continue;
    }
    if (c === '"') {
      if (options.rawQuotes) out += '"';
      i++;
      while (i < word.length && word[i] !== '"') {
        if (word[i] === escape && i + 1 < word.length && ['"', '$', escape].includes(word[i + 1])) {
          out += options.rawQuotes ? word[i] + word[i + 1] : word[i + 1];
          i += 2;
        } else if (word[i] === '$') out += readVariable();
        else out += word[i++];
      }
      if (i < word.length) {
        if (options.rawQuotes) out += '"';
        i++;
      }
      continue;
    }
    if (c === '$') {
      out += readVariable();
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function findClosingBrace(word: string, open: number): number {
  let depth = 0;
  for (let j = open; j < word.length; j++) {
    if (word[j] === '{') depth++;
    else if (word[j] === '}' && --depth === 0) return j;
  }
  return -1;
}
