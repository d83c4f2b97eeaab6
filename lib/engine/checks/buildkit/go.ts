/**
 * Small ports of Go standard-library behaviour that BuildKit's check messages and
 * path handling depend on: `%q` quoting (strconv.Quote) and `path.Clean`.
 */

/** Go's `fmt.Sprintf("%q", s)`: double-quoted, with Go escapes for `"`, `\` and control characters. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\u0007':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (code < 0x20 || code === 0x7f) {
      out += '\\x' + code.toString(16).padStart(2, '0');
    } else {
      // strconv.Quote keeps printable Unicode as-is.
      out += ch;
    }
  }
  return out + '"';
}

export { cleanPath } from '@/lib/docker/paths';
