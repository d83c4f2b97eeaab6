/**
 * Go's character classes that Docker's parsers use, for UTF-16 code units and code points
 * below 0x10000 (Go's unicode.IsSpace: https://pkg.go.dev/unicode#IsSpace).
 */

/** Go's unicode.IsSpace. */
export function isGoSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}
