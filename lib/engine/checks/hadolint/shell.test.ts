import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  argsWithoutFlags,
  cmdHasArgs,
  effectiveCommand,
  hasFlag,
  isPipInstall,
  parseShell,
  usingProgram,
} from './shell';

const names = (script: string) => parseShell(script).commands.map((c) => c.name);
const args = (script: string, index = 0) => parseShell(script).commands[index].args.map((a) => a.value);

describe('parseShell: splitting a script into commands', () => {
  it('splits on &&, ||, ;, | and newlines', () => {
    expect(names('apt-get update && apt-get install -y curl')).toEqual(['apt-get', 'apt-get']);
    expect(names('a || b; c | d\ne & f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('removes quotes and keeps quoted separators inside words', () => {
    expect(args("echo 'a && b' \"c; d\" e\\ f")).toEqual(['a && b', 'c; d', 'e f']);
    expect(names("echo 'a && b'")).toEqual(['echo']);
  });

  it('sets leading assignments apart from the command', () => {
    const [cmd] = parseShell('PIP_NO_CACHE_DIR=1 DEBIAN_FRONTEND=noninteractive pip install x').commands;
    expect(cmd.name).toBe('pip');
    expect(cmd.assignments).toEqual(['PIP_NO_CACHE_DIR=1', 'DEBIAN_FRONTEND=noninteractive']);
    expect(names('FOO=bar')).toEqual([]);
  });

  it('leaves redirections out of the arguments', () => {
    expect(args('wc -l file > /number 2>&1')).toEqual(['-l', 'file']);
    expect(args('cat < in.txt >> out.txt')).toEqual([]);
  });

  it('finds commands inside $(...), backticks and subshells', () => {
    expect(names('echo $(curl -s x | sha256sum)')).toEqual(['echo', 'curl', 'sha256sum']);
    expect(names('echo "v=`wget -qO- y`"')).toEqual(['echo', 'wget']);
    expect(names('(cd /tmp && make)')).toEqual(['cd', 'make']);
  });

  it('skips compound-command keywords and test brackets', () => {
    expect(names('if [ -f a ]; then rm a; else touch a; fi')).toEqual(['rm', 'touch']);
    expect(names('for f in *.txt; do gzip "$f"; done')).toEqual(['gzip']);
    expect(names('while read l; do echo "$l"; done < file')).toEqual(['read', 'echo']);
    expect(names('case "$x" in a) foo ;; b|c) bar ;; esac')).toEqual(['foo', 'bar']);
    expect(names('[[ -n "$X" ]] && echo yes')).toEqual(['echo']);
    expect(names('{ echo a; echo b; }')).toEqual(['echo', 'echo']);
  });

  it('ignores shell comments', () => {
    expect(names('echo a # && rm -rf /')).toEqual(['echo']);
  });

  it('names a command only when its first word is literal, like hadolint', () => {
    expect(names('$PIP install x && "pip" install y')).toEqual(['pip']);
  });

  it('looks through exec, command and busybox like ShellCheck', () => {
    expect(names('exec python app.py')).toEqual(['python']);
    expect(names('busybox wget x')).toEqual(['wget']);
    expect(names('command -v curl')).toEqual(['command']);
    // sudo stays visible: hadolint's DL3004 relies on it.
    expect(names('sudo apt-get update')).toEqual(['sudo']);
  });

  it('reports pipes but not ||', () => {
    expect(parseShell('wget -O - x | wc -l').hasPipes).toBe(true);
    expect(parseShell('a || b').hasPipes).toBe(false);
    expect(parseShell("echo 'a | b'").hasPipes).toBe(false);
  });

  it('splits flags like hadolint getAllFlags', () => {
    const [cmd] = parseShell('apt-get -yqq --no-install-recommends --target-release=x install nodejs').commands;
    expect(cmd.flags.map((f) => f.name)).toEqual(['y', 'q', 'q', 'no-install-recommends', 'target-release']);
    expect(hasFlag(cmd, 'y')).toBe(true);
  });

  it('never throws on unbalanced input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (script) => {
        const parsed = parseShell(script);
        return Array.isArray(parsed.commands);
      }),
    );
    expect(names('echo "unterminated && rm x')).toEqual(['echo']);
    expect(names("echo $(oops")).toEqual(['echo', 'oops']);
  });

  it('keeps command offsets inside the script', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ls', 'echo hi', 'cd /x', 'a=1 b'), { minLength: 1, maxLength: 5 }), (parts) => {
        const script = parts.join(' && ');
        return parseShell(script).commands.every((c) => c.start >= 0 && c.end <= script.length && c.start < c.end);
      }),
    );
  });
});

describe('hadolint vocabulary helpers', () => {
  it('cmdHasArgs, usingProgram', () => {
    const shell = parseShell('apt-get update && rm -rf /var/lib/apt/lists/*');
    expect(shell.commands.some((c) => cmdHasArgs(c, 'apt-get', ['update']))).toBe(true);
    expect(usingProgram(shell, 'rm')).toBe(true);
    expect(usingProgram(shell, 'cd')).toBe(false);
  });

  it('argsWithoutFlags drops flag values it is told about', () => {
    const [cmd] = parseShell('apt-get install -y -t jessie-backports openjdk=8').commands;
    expect(argsWithoutFlags(cmd, ['t', 'target-release'])).toEqual(['install', 'openjdk=8']);
    expect(argsWithoutFlags(cmd)).toEqual(['install', 'jessie-backports', 'openjdk=8']);
  });

  it('isPipInstall', () => {
    const pip = (s: string) => isPipInstall(parseShell(s).commands[0]);
    expect(pip('pip3 install x')).toBe(true);
    expect(pip('python -m pip install x')).toBe(true);
    expect(pip('python3 -m pip list')).toBe(false);
    expect(pip('pip freeze')).toBe(false);
  });
});

describe('effectiveCommand', () => {
  const eff = (s: string) => {
    const e = effectiveCommand(parseShell(s).commands[0]);
    return e && [e.name, ...e.args];
  };
  it('looks through sudo, env, nohup, exec and friends', () => {
    expect(eff('sudo -u app python main.py')).toEqual(['python', 'main.py']);
    expect(eff('env PORT=80 node server.js')).toEqual(['node', 'server.js']);
    expect(eff('nohup exec gunicorn app:app')).toEqual(['gunicorn', 'app:app']);
    expect(eff('gosu app npm start')).toEqual(['npm', 'start']);
    expect(eff('tini -- flask run')).toEqual(['flask', 'run']);
  });
  it('returns the command itself when there is no prefix', () => {
    expect(eff('pip install -r requirements.txt')).toEqual(['pip', 'install', '-r', 'requirements.txt']);
  });
  it('returns null when nothing follows the prefix', () => {
    expect(eff('sudo')).toBeNull();
  });
});
