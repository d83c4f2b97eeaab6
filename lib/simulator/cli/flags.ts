/**
 * Command-line flags the way spf13/pflag (used by the Docker CLI and buildx) parses them,
 * with pflag's own error texts.
 */

export interface FlagSpec {
  long: string;
  short?: string;
  /** bool: no value; string: last one wins; array: repeatable (`-t a -t b`). */
  kind: 'bool' | 'string' | 'array';
}

export type FlagValues = Record<string, boolean | string | string[] | undefined>;

export type FlagParse =
  | { ok: true; flags: FlagValues; args: string[]; help: boolean }
  | { ok: false; error: string };

const BOOL_VALUES: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

/**
 * @param interspersed false for commands like `docker run IMAGE [COMMAND]`, where everything
 * after the first positional argument belongs to the container command.
 */
export function parseFlags(argv: string[], specs: FlagSpec[], interspersed = true): FlagParse {
  const flags: FlagValues = {};
  const args: string[] = [];
  let help = false;
  const byLong = new Map(specs.map((s) => [s.long, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));

  const set = (spec: FlagSpec, value: string | boolean): string | null => {
    if (spec.kind === 'bool') {
      if (typeof value === 'boolean') flags[spec.long] = value;
      else if (value in BOOL_VALUES) flags[spec.long] = BOOL_VALUES[value];
      else return `invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${spec.long}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
    } else if (spec.kind === 'array') {
      flags[spec.long] = [...((flags[spec.long] as string[] | undefined) ?? []), String(value)];
    } else flags[spec.long] = String(value);
    return null;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (name === 'help') {
        help = true;
        continue;
      }
      const spec = byLong.get(name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      let value: string | boolean;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (spec.kind === 'bool') value = true;
      else if (i + 1 < argv.length) value = argv[++i];
      else return { ok: false, error: `flag needs an argument: --${name}` };
      const err = set(spec, value);
      if (err) return { ok: false, error: err };
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      // -abc: a run of shorthand flags; a value-taking one consumes the rest or the next word.
      for (let j = 1; j < arg.length; j++) {
        const c = arg[j];
        if (c === 'h') {
          help = true;
          continue;
        }
        const spec = byShort.get(c);
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${c}' in ${arg}` };
        if (spec.kind === 'bool') {
          let value: string | boolean = true;
          if (arg[j + 1] === '=') {
            value = arg.slice(j + 2);
            j = arg.length;
          }
          const err = set(spec, value);
          if (err) return { ok: false, error: err };
          continue;
        }
        let value: string;
        if (j + 1 < arg.length) value = arg.slice(arg[j + 1] === '=' ? j + 2 : j + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        else return { ok: false, error: `flag needs an argument: '${c}' in -${c}` };
        const err = set(spec, value);
        if (err) return { ok: false, error: err };
        break;
      }
      continue;
    }
    if (!interspersed) {
      args.push(...argv.slice(i));
      break;
    }
    args.push(arg);
  }
  return { ok: true, flags, args, help };
}
