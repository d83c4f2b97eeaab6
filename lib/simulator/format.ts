/**
 * Text formatting the way the Docker CLI and BuildKit print numbers, sizes and tables
 * (go-units HumanSize / HumanDuration, Go's %g verb, text/tabwriter).
 */

/** Go's `fmt.Sprintf("%.<precision>g", value)` for finite non-negative numbers. */
export function goG(value: number, precision: number): string {
  if (value === 0) return '0';
  const [mantissa, exponentText] = value.toExponential(precision - 1).split('e');
  const exponent = Number(exponentText);
  const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exponent < -4 || exponent >= precision) {
    const sign = exponent < 0 ? '-' : '+';
    return `${trim(mantissa)}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return trim(value.toFixed(Math.max(0, precision - 1 - exponent)));
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units HumanSizeWithPrecision: decimal units, e.g. 1234 -> "1.23kB" with precision 3. */
export function humanSize(bytes: number, precision = 4): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    unit++;
  }
  return goG(size, precision) + DECIMAL_UNITS[unit];
}

/** go-units HumanDuration, used by the CLI for "CREATED" columns ("2 weeks" + " ago"). */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(seconds / 3600 / 24 / 365)} years`;
}

/** "About a minute ago", as `docker images` and `docker history` print ages. */
export function ago(seconds: number): string {
  return `${humanDuration(seconds)} ago`;
}

/** BuildKit's progress times: one decimal and an "s" ("0.0s", "12.3s"). */
export function seconds1(value: number): string {
  return `${value.toFixed(1)}s`;
}

/** docker/cli stringutils.Ellipsis: cut to `max` characters, the last one being "…". */
export function ellipsis(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, max - 1).join('') + '…';
}

/**
 * Go text/tabwriter as the Docker CLI configures it (minwidth 10, padding 3, spaces):
 * every column but the last is padded to its widest cell plus 3, and to at least 10.
 */
export function tabulate(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Math.max(10, Array.from(cell).length + 3));
    });
  }
  return rows
    .map((row) =>
      row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i] - Array.from(cell).length) : cell)).join(''),
    )
    .join('\n');
}
