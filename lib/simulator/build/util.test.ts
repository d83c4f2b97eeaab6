import { describe, expect, it } from 'vitest';
import { suggest } from './util';

describe('stage name suggestions (moby/buildkit util/suggest, via lib/engine/suggest.ts)', () => {
  it('counts distance in code points like Go (runes), not UTF-16 units', () => {
    // "a𝒳𝒳" is 3 code points (5 UTF-16 units): distance 2 from "a", so BuildKit suggests it.
    expect(suggest('a\u{1D4B3}\u{1D4B3}', ['a'])).toBe('a');
  });

  it('is case-sensitive and gives nothing for an exact match', () => {
    expect(suggest('Build', ['build', 'other'])).toBe('build');
    expect(suggest('build', ['build'])).toBeNull();
  });
});
