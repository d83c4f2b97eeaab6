import { describe, expect, it } from 'vitest';
import { extractFlags } from './words';

/** extractFlags on a whole string: the flag words and the text after them. */
function flagsOf(line: string): { flags: string[]; rest: string } {
  const { flags, restStart } = extractFlags(line, 0, line.length);
  return { flags: flags.map((f) => f.value), rest: line.slice(restStart) };
}

describe("extractFlags (BuildKit's extractBuilderFlags)", () => {
  it('takes leading --flags, removing quotes', () => {
    expect(flagsOf('--platform="linux/amd64" alpine AS x')).toEqual({ flags: ['--platform=linux/amd64'], rest: 'alpine AS x' });
  });

  it('stops at a bare --, which is not a flag', () => {
    expect(flagsOf('--from=build -- /a /b')).toEqual({ flags: ['--from=build'], rest: ' /a /b' });
  });

  it('takes nothing when the arguments do not start with --', () => {
    expect(flagsOf('echo --not-a-flag')).toEqual({ flags: [], rest: 'echo --not-a-flag' });
  });

  it('reports where each flag is written', () => {
    const { flags } = extractFlags('  --link --chown=1:1 a b', 0, 24);
    expect(flags.map((f) => [f.value, f.start, f.end])).toEqual([['--link', 2, 8], ['--chown=1:1', 9, 20]]);
  });
});
