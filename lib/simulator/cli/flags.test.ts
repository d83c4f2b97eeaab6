import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFlags, type FlagSpec } from './flags';

const build: FlagSpec[] = [
  { long: 'tag', short: 't', kind: 'array' },
  { long: 'file', short: 'f', kind: 'string' },
  { long: 'no-cache', kind: 'bool' },
];

describe('parseFlags', () => {
  it('reads long, short, attached and repeated flags anywhere among the arguments', () => {
    const parsed = parseFlags(['-t', 'a', '.', '--tag=b', '-tc', '--no-cache', '-f', 'x/Dockerfile'], build);
    expect(parsed).toEqual({ ok: true, flags: { tag: ['a', 'b', 'c'], 'no-cache': true, file: 'x/Dockerfile' }, args: ['.'], help: false });
  });

  it('stops at the first positional argument when not interspersed', () => {
    const parsed = parseFlags(['-d', 'img', 'python', '-c', 'x'], [{ long: 'detach', short: 'd', kind: 'bool' }], false);
    expect(parsed.ok && parsed.args).toEqual(['img', 'python', '-c', 'x']);
  });

  it('uses pflag error texts', () => {
    expect(parseFlags(['--foo'], build)).toEqual({ ok: false, error: 'unknown flag: --foo' });
    expect(parseFlags(['-x'], build)).toEqual({ ok: false, error: "unknown shorthand flag: 'x' in -x" });
    expect(parseFlags(['--file'], build)).toEqual({ ok: false, error: 'flag needs an argument: --file' });
    expect(parseFlags(['-t'], build)).toEqual({ ok: false, error: "flag needs an argument: 't' in -t" });
    expect(parseFlags(['--no-cache=maybe'], build)).toEqual({
      ok: false,
      error: 'invalid argument "maybe" for "--no-cache" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    });
  });

  it('recognises help', () => {
    expect(parseFlags(['--help'], build)).toMatchObject({ ok: true, help: true });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.array(fc.string()), (argv) => {
      expect(() => parseFlags(argv, build)).not.toThrow();
    }));
  });
});
