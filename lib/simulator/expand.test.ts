import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandWord } from './expand';

const env = { APP: 'web', EMPTY: '', VERSION: '2.0' };

describe('expandWord', () => {
  it('expands $v and ${v} and removes quotes for instruction words', () => {
    expect(expandWord('/srv/$APP', env)).toBe('/srv/web');
    expect(expandWord('"${APP}_x"', env)).toBe('web_x');
    expect(expandWord("'$APP'", env)).toBe('$APP');
    expect(expandWord('\\$APP', env)).toBe('$APP');
    expect(expandWord('$MISSING/x', env)).toBe('/x');
  });

  it('supports the default and alternative forms', () => {
    expect(expandWord('${MISSING:-dflt}', env)).toBe('dflt');
    expect(expandWord('${EMPTY:-dflt}', env)).toBe('dflt');
    expect(expandWord('${EMPTY-dflt}', env)).toBe('');
    expect(expandWord('${APP:+yes}', env)).toBe('yes');
    expect(expandWord('${MISSING+yes}', env)).toBe('');
  });

  it('keeps quotes and unset variables in labels, as BuildKit shows RUN steps', () => {
    const label = { rawQuotes: true, skipUnset: true };
    expect(expandWord('echo "version $VERSION"', env, label)).toBe('echo "version 2.0"');
    expect(expandWord('echo $HOME and $APP', env, label)).toBe('echo $HOME and web');
    expect(expandWord("echo '$APP'", env, label)).toBe("echo '$APP'");
  });

  it('never throws and leaves text without $ or quotes unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => expandWord(s, env)).not.toThrow();
        if (!/[$'"\\]/.test(s)) expect(expandWord(s, env)).toBe(s);
      }),
    );
  });
});
