/**
 * The few shell commands the terminal offers besides docker: ls, cd, pwd, cat, tree, echo,
 * touch, chmod, rm, clear, help. Messages follow GNU coreutils and bash.
 */
import { isExecutable, normaliseKey } from '../context';
import { basename, cleanPath, resolvePath } from '../paths';
import { compareNames, PROJECT_ROOT } from './project-fs';
import { fail, ok, type Outcome, type Session } from './session';
import { simulatedVersionSummary } from './version';

export const HELP_TEXT = [
  `This terminal simulates a shell with Docker installed. ${simulatedVersionSummary()}`,
  'Commands:',
  '  docker build [OPTIONS] PATH      build an image (-t, -f, --build-arg, --no-cache, --target, --progress)',
  '  docker run [OPTIONS] IMAGE [COMMAND]   create and start a container (-d, --name, -p, -P, --rm, -e)',
  '  docker ps [-a]                   list containers (also: docker container ls)',
  '  docker stop | start | rm | logs CONTAINER   manage containers',
  '  docker inspect NAME|ID           show the config of an image or container as JSON',
  '  docker images                    list local images (also: docker image ls)',
  '  docker history IMAGE             show the layers of an image',
  '  docker pull NAME[:TAG]           download an image from the (simulated) Docker Hub',
  '  docker rmi IMAGE                 remove an image (also: docker image rm)',
  '  docker tag SOURCE TARGET         give an image another name',
  '  docker version                   show the simulated Docker version',
  '  ls, cd, pwd, cat, tree, echo, touch, chmod, rm, clear, help',
].join('\n');

function modeString(mode: string, dir = false): string {
  const bits = parseInt(mode, 8);
  const rwx = (shift: number) =>
    `${bits & (4 << shift) ? 'r' : '-'}${bits & (2 << shift) ? 'w' : '-'}${bits & (1 << shift) ? 'x' : '-'}`;
  return `${dir ? 'd' : '-'}${rwx(6)}${rwx(3)}${rwx(0)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lsDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hh}:${mm}`;
}

export function ls(session: Session, args: string[]): Outcome {
  const options = args.filter((a) => a.startsWith('-') && a.length > 1).join('');
  const all = /a/.test(options);
  const long = /l/.test(options);
  const paths = args.filter((a) => !(a.startsWith('-') && a.length > 1));
  const targets = paths.length > 0 ? paths : ['.'];
  const out: string[] = [];
  let exitCode = 0;
  const errors: string[] = [];
  targets.forEach((target, index) => {
    const abs = resolvePath(session.cwd, target);
    if (session.fs.isFile(abs)) {
      out.push(long ? longLine(session, abs, basename(target)) : target);
      return;
    }
    if (!session.fs.isDir(abs)) {
      errors.push(`ls: cannot access '${target}': No such file or directory`);
      exitCode = 2;
      return;
    }
    let names = session.fs.children(abs).map((c) => c.name);
    if (!all) names = names.filter((n) => !n.startsWith('.'));
    else names = ['.', '..', ...names].sort(compareNames);
    if (targets.length > 1) out.push(`${index > 0 ? '\n' : ''}${target}:`);
    if (long) {
      out.push(`total ${names.length * 4}`);
      for (const name of names) out.push(longLine(session, cleanPath(`${abs}/${name}`), name));
    } else if (names.length > 0) out.push(names.join('  '));
  });
  return { exitCode, output: [...errors, ...out].join('\n') };
}

function longLine(session: Session, abs: string, name: string): string {
  const file = session.fs.read(abs);
  if (file) {
    return `${modeString(file.mode)} 1 learner learner ${String(new TextEncoder().encode(file.content).length).padStart(5)} ${lsDate(file.mtime)} ${name}`;
  }
  return `${modeString('0755', true)} 2 learner learner  4096 ${lsDate(session.cache.clock)} ${name}`;
}

export function cd(session: Session, args: string[]): Outcome {
  if (args.length > 1) return fail(1, 'bash: cd: too many arguments');
  const target = args[0] ?? session.env.HOME ?? PROJECT_ROOT;
  const abs = resolvePath(session.cwd, target === '~' ? PROJECT_ROOT : target);
  if (session.fs.isFile(abs)) return fail(1, `bash: cd: ${target}: Not a directory`);
  if (!session.fs.isDir(abs)) return fail(1, `bash: cd: ${target}: No such file or directory`);
  session.cwd = abs;
  session.env.PWD = abs;
  return ok();
}

export function cat(session: Session, args: string[]): Outcome {
  const out: string[] = [];
  let exitCode = 0;
  for (const target of args) {
    const abs = resolvePath(session.cwd, target);
    const file = session.fs.read(abs);
    if (file) out.push(file.content.replace(/\n$/, ''));
    else if (session.fs.isDir(abs)) {
      out.push(`cat: ${target}: Is a directory`);
      exitCode = 1;
    } else {
      out.push(`cat: ${target}: No such file or directory`);
      exitCode = 1;
    }
  }
  return { exitCode, output: out.join('\n') };
}

export function tree(session: Session, args: string[]): Outcome {
  const all = args.includes('-a');
  const target = args.find((a) => !a.startsWith('-')) ?? '.';
  const abs = resolvePath(session.cwd, target);
  if (!session.fs.isDir(abs)) return { exitCode: 2, output: `${target}  [error opening dir]\n\n0 directories, 0 files` };
  const lines = [target];
  let dirs = 0;
  let files = 0;
  const walk = (dir: string, prefix: string) => {
    const children = session.fs.children(dir).filter((c) => all || !c.name.startsWith('.'));
    children.forEach((child, i) => {
      const last = i === children.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${child.name}`);
      if (child.type === 'dir') {
        dirs++;
        walk(cleanPath(`${dir}/${child.name}`), prefix + (last ? '    ' : '│   '));
      } else files++;
    });
  };
  walk(abs, '');
  lines.push('', `${dirs} ${dirs === 1 ? 'directory' : 'directories'}, ${files} ${files === 1 ? 'file' : 'files'}`);
  return ok(lines.join('\n'));
}

function projectKey(session: Session, target: string): string | null {
  const key = session.fs.keyOf(resolvePath(session.cwd, target));
  return key === null || key === '' ? null : normaliseKey(key);
}

export function touch(session: Session, args: string[], now: number): Outcome {
  if (args.length === 0) return fail(1, "touch: missing file operand\nTry 'touch --help' for more information.");
  for (const target of args) {
    const abs = resolvePath(session.cwd, target);
    const key = projectKey(session, target);
    if (key === null) return fail(1, `touch: cannot touch '${target}': Permission denied`);
    if (session.fs.isDir(abs)) continue;
    if (!session.fs.setMtime(key, now)) session.fs.write(key, '', undefined, now);
  }
  return ok();
}

/** Applies `chmod` MODE text (octal or symbolic like +x, u+x,go-w) to an octal mode string. */
export function applyChmod(current: string, spec: string): string | null {
  if (/^[0-7]{1,4}$/.test(spec)) return spec.padStart(4, '0');
  let bits = parseInt(current, 8);
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([+\-=])([rwx]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let mask = 0;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      for (const p of m[3]) mask |= (p === 'r' ? 4 : p === 'w' ? 2 : 1) << shift;
    }
    if (m[2] === '+') bits |= mask;
    else if (m[2] === '-') bits &= ~mask;
    else {
      let clear = 0;
      for (const w of who) clear |= 7 << (w === 'u' ? 6 : w === 'g' ? 3 : 0);
      bits = (bits & ~clear) | mask;
    }
  }
  return (bits & 0o7777).toString(8).padStart(4, '0');
}

export function chmod(session: Session, args: string[]): Outcome {
  const operands = args.filter((a) => a !== '-R');
  if (operands.length < 2) return fail(1, `chmod: missing operand${operands.length === 1 ? ` after '${operands[0]}'` : ''}\nTry 'chmod --help' for more information.`);
  const [spec, ...targets] = operands;
  let exitCode = 0;
  const out: string[] = [];
  for (const target of targets) {
    const abs = resolvePath(session.cwd, target);
    const key = projectKey(session, target);
    const file = session.fs.read(abs);
    if (!file || key === null) {
      if (session.fs.isDir(abs)) continue;
      out.push(`chmod: cannot access '${target}': No such file or directory`);
      exitCode = 1;
      continue;
    }
    const mode = applyChmod(file.mode, spec);
    if (mode === null) return fail(1, `chmod: invalid mode: '${spec}'\nTry 'chmod --help' for more information.`);
    session.fs.setMode(key, mode);
  }
  return { exitCode, output: out.join('\n') };
}

export function rm(session: Session, args: string[]): Outcome {
  const recursive = args.some((a) => /^-[a-zA-Z]*[rR]/.test(a));
  const targets = args.filter((a) => !a.startsWith('-'));
  if (targets.length === 0) return fail(1, "rm: missing operand\nTry 'rm --help' for more information.");
  const out: string[] = [];
  let exitCode = 0;
  for (const target of targets) {
    const abs = resolvePath(session.cwd, target);
    const key = projectKey(session, target);
    if (session.fs.isFile(abs) && key !== null) session.fs.delete(key);
    else if (session.fs.isDir(abs) && key !== null) {
      if (!recursive) {
        out.push(`rm: cannot remove '${target}': Is a directory`);
        exitCode = 1;
      } else for (const entry of session.fs.list()) if (entry.type === 'file' && entry.path.startsWith(key + '/')) session.fs.delete(entry.path);
    } else {
      out.push(`rm: cannot remove '${target}': No such file or directory`);
      exitCode = 1;
    }
  }
  return { exitCode, output: out.join('\n') };
}

export function echo(args: string[]): string {
  const noNewline = args[0] === '-n';
  return (noNewline ? args.slice(1) : args).join(' ');
}

/** Writes `text` to a file for `> file` / `>> file`. */
export function redirect(session: Session, target: string, text: string, append: boolean, now: number): Outcome {
  const abs = resolvePath(session.cwd, target);
  const key = projectKey(session, target);
  if (key === null) return fail(1, `bash: ${target}: Permission denied`);
  if (session.fs.isDir(abs)) return fail(1, `bash: ${target}: Is a directory`);
  const existing = session.fs.read(abs);
  session.fs.write(key, append && existing ? existing.content + text : text, undefined, now);
  return ok();
}

export { isExecutable };
