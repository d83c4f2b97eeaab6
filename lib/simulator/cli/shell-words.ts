/**
 * A small bash-like command-line reader for the simulated terminal: quotes, backslash
 * escapes, $VAR expansion (an unset variable expands to nothing, so `docker build -t x $dir`
 * loses its PATH argument exactly as in bash), `&&`, `||`, `;`, and `>` / `>>` redirection.
 */

export type Connector = '&&' | '||' | ';';

export interface SimpleCommand {
  argv: string[];
  /** `> file` or `>> file` */
  redirect?: { path: string; append: boolean };
  /** How this command is joined to the previous one (null for the first). */
  connector: Connector | null;
}

export type ParsedLine = { ok: true; commands: SimpleCommand[] } | { ok: false; error: string };

export function parseCommandLine(line: string, env: Record<string, string>): ParsedLine {
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = { argv: [], connector: null };
  let word = '';
  let inWord = false; // a word exists even when empty ("" or '')
  let pendingRedirect: { append: boolean } | null = null;
  let i = 0;

  const finishWord = () => {
    if (inWord) {
      if (pendingRedirect) {
        current.redirect = { path: word, append: pendingRedirect.append };
        pendingRedirect = null;
      } else current.argv.push(word);
    }
    word = '';
    inWord = false;
  };

  const finishCommand = (next: Connector | null): string | null => {
    finishWord();
    if (pendingRedirect) return 'bash: syntax error near unexpected token `newline\'';
    if (current.argv.length === 0) {
      if (next === null && commands.length === 0 && !current.redirect) return null;
      return `bash: syntax error near unexpected token \`${next ?? 'newline'}'`;
    }
    commands.push(current);
    current = { argv: [], connector: next };
    return null;
  };

  const readVariable = (): string => {
    i++; // skip $
    if (line[i] === '{') {
      const close = line.indexOf('}', i);
      if (close === -1) {
        i = line.length;
        return '';
      }
      const name = line.slice(i + 1, close);
      i = close + 1;
      return env[name] ?? '';
    }
    let name = '';
    while (i < line.length && /[A-Za-z0-9_]/.test(line[i])) name += line[i++];
    if (name === '') return '$';
    return env[name] ?? '';
  };

  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      finishWord();
      i++;
    } else if (c === '#' && !inWord) {
      break; // comment to end of line
    } else if (c === '\\') {
      if (i + 1 < line.length) word += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: "bash: unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          word += line[i + 1];
          i += 2;
        } else if (line[i] === '$') word += readVariable();
        else word += line[i++];
      }
      if (i >= line.length) return { ok: false, error: 'bash: unexpected EOF while looking for matching `"\'' };
      i++;
    } else if (c === '$') {
      const value = readVariable();
      word += value;
      if (value !== '') inWord = true;
    } else if (c === '&' && line[i + 1] === '&') {
      const err = finishCommand('&&');
      if (err) return { ok: false, error: err };
      i += 2;
    } else if (c === '|' && line[i + 1] === '|') {
      const err = finishCommand('||');
      if (err) return { ok: false, error: err };
      i += 2;
    } else if (c === ';') {
      const err = finishCommand(';');
      if (err) return { ok: false, error: err };
      i++;
    } else if (c === '|' || c === '&' || c === '<') {
      return { ok: false, error: `bash: ${c === '<' ? 'input redirection' : c === '|' ? 'pipes' : 'background jobs'} are not available in this simulated terminal` };
    } else if (c === '>') {
      finishWord();
      const append = line[i + 1] === '>';
      pendingRedirect = { append };
      i += append ? 2 : 1;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  const err = finishCommand(null);
  if (err) return { ok: false, error: err };
  // A trailing connector ("a &&") leaves an empty command: bash asks for more input; we refuse.
  if (current.connector && current.connector !== ';' && commands.length > 0 && current.argv.length === 0) {
    return { ok: false, error: "bash: syntax error: unexpected end of file" };
  }
  return { ok: true, commands };
}
