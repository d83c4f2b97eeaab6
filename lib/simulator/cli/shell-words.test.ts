import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCommandLine } from './shell-words';

const env = { HOME: '/project', NAME: 'img' };

function argvs(line: string) {
  const parsed = parseCommandLine(line, env);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.commands.map((c) => c.argv);
}

describe('parseCommandLine', () => {
  it('splits words and honours quotes and escapes', () => {
    expect(argvs(`docker build -t "my app" '.' a\\ b`)).toEqual([['docker', 'build', '-t', 'my app', '.', 'a b']]);
    expect(argvs('echo ""')).toEqual([['echo', '']]);
  });

  it('chains commands with && || and ;', () => {
    const parsed = parseCommandLine('cd resources && docker build -f docker/Dockerfile .. ; pwd', env);
    expect(parsed.ok && parsed.commands.map((c) => [c.connector, c.argv[0]])).toEqual([[null, 'cd'], ['&&', 'docker'], [';', 'pwd']]);
  });

  it('drops an unset unquoted variable, like bash', () => {
    expect(argvs('docker build -t name $dockerfile_location')).toEqual([['docker', 'build', '-t', 'name']]);
    expect(argvs('echo "$NAME:1" ${HOME}')).toEqual([['echo', 'img:1', '/project']]);
  });

  it('reads redirections', () => {
    const parsed = parseCommandLine('echo "*.md" > .dockerignore', env);
    expect(parsed.ok && parsed.commands[0]).toEqual({ argv: ['echo', '*.md'], connector: null, redirect: { path: '.dockerignore', append: false } });
  });

  it('reports bash syntax errors', () => {
    expect(parseCommandLine('echo "open', env)).toEqual({ ok: false, error: 'bash: unexpected EOF while looking for matching `"\'' });
    expect(parseCommandLine('&& ls', env)).toEqual({ ok: false, error: "bash: syntax error near unexpected token `&&'" });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (line) => {
      expect(() => parseCommandLine(line, env)).not.toThrow();
    }));
  });
});
