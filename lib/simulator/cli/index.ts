/**
 * createDockerCli(): a simulated terminal with a docker CLI over a virtual project.
 * The project is mounted at /project; `cwd` is relative to it.
 */
import { normaliseKey } from '../context';
import { cleanPath, relativePath, resolvePath } from '../paths';
import { listImages, emptyCache } from '../store';
import type { BuildCache, CommandResult, DockerCli, ProjectEntry, StoredImage, VirtualFiles } from '../types';
import { docker } from './docker';
import { PROJECT_ROOT, ProjectFs } from './project-fs';
import { parseCommandLine } from './shell-words';
import { applyChmod, cat, cd, chmod, echo, HELP_TEXT, ls, redirect, rm, touch, tree } from './shell';
import type { Session } from './session';

export { PROJECT_ROOT } from './project-fs';

export interface DockerCliOptions {
  /** Start from an existing build cache and image store (e.g. shared between lessons). */
  cache?: BuildCache;
}

class SimulatedCli implements DockerCli {
  private readonly session: Session;

  constructor(project: VirtualFiles, cwd: string, options: DockerCliOptions) {
    const cache = options.cache ?? emptyCache();
    const fs = new ProjectFs(project, cache.clock);
    let start = resolvePath(PROJECT_ROOT, cwd);
    if (!fs.isDir(start) || relativePath(PROJECT_ROOT, start).startsWith('..')) start = PROJECT_ROOT;
    this.session = { fs, cwd: start, cache, env: { HOME: PROJECT_ROOT, PWD: start, USER: 'learner', SHELL: '/bin/bash' } };
  }

  get cwd(): string {
    return relativePath(PROJECT_ROOT, this.session.cwd);
  }

  get cwdAbsolute(): string {
    return this.session.cwd;
  }

  get cache(): BuildCache {
    return this.session.cache;
  }

  images(): StoredImage[] {
    return listImages(this.session.cache);
  }

  files(): VirtualFiles {
    return this.session.fs.snapshot();
  }

  listFiles(): ProjectEntry[] {
    return this.session.fs.list();
  }

  readFile(path: string): string | undefined {
    return this.session.fs.read(`${PROJECT_ROOT}/${normaliseKey(path)}`)?.content;
  }

  writeFile(path: string, content: string, mode?: string): void {
    const key = normaliseKey(path);
    if (key) this.session.fs.write(key, content, mode, this.tick());
  }

  deleteFile(path: string): void {
    this.session.fs.delete(normaliseKey(path));
  }

  chmod(path: string, mode: string): void {
    const key = normaliseKey(path);
    const file = this.session.fs.read(`${PROJECT_ROOT}/${key}`);
    if (!file) return;
    const next = applyChmod(file.mode, mode);
    if (next) this.session.fs.setMode(key, next);
  }

  touch(path: string): void {
    const key = normaliseKey(path);
    if (key && !this.session.fs.setMtime(key, this.tick())) this.session.fs.write(key, '', undefined, this.tick());
  }

  /** Simulated time moves on a little with every action, so ages in `docker images` grow. */
  private tick(): number {
    this.session.cache.clock += 1;
    return this.session.cache.clock;
  }

  run(commandLine: string): CommandResult {
    try {
      return this.runUnsafe(commandLine);
    } catch (e) {
      // Never throw at the learner's terminal.
      return { exitCode: 1, output: `bash: internal simulator error: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  private runUnsafe(commandLine: string): CommandResult {
    const parsed = parseCommandLine(commandLine, this.session.env);
    if (!parsed.ok) return { exitCode: 2, output: parsed.error };
    const outputs: string[] = [];
    let last: CommandResult = { exitCode: 0, output: '' };
    let build: CommandResult['build'];
    let clear = false;
    for (const command of parsed.commands) {
      if (command.connector === '&&' && last.exitCode !== 0) continue;
      if (command.connector === '||' && last.exitCode === 0) continue;
      this.tick();
      this.session.stdoutIsTerminal = !command.redirect;
      let result = this.dispatch(command.argv);
      if (command.redirect) {
        const written = redirect(this.session, command.redirect.path, result.output === '' ? '' : result.output + '\n', command.redirect.append, this.session.cache.clock);
        result = written.exitCode !== 0 ? written : { ...result, output: '' };
      }
      if (result.clear) {
        clear = true;
        outputs.length = 0;
      }
      if (result.output !== '') outputs.push(result.output);
      if (result.build) build = result.build;
      last = result;
    }
    const out: CommandResult = { exitCode: last.exitCode, output: outputs.join('\n') };
    if (build) out.build = build;
    if (clear) out.clear = true;
    return out;
  }

  private dispatch(argv: string[]): CommandResult {
    const [name, ...args] = argv;
    const s = this.session;
    switch (name) {
      case 'docker':
        return docker({ session: s }, args);
      case 'ls':
        return ls(s, args);
      case 'cd':
        return cd(s, args);
      case 'pwd':
        return { exitCode: 0, output: s.cwd };
      case 'cat':
        return cat(s, args);
      case 'tree':
        return tree(s, args);
      case 'echo':
        return { exitCode: 0, output: echo(args) };
      case 'touch':
        return touch(s, args, s.cache.clock);
      case 'chmod':
        return chmod(s, args);
      case 'rm':
        return rm(s, args);
      case 'clear':
        return { exitCode: 0, output: '', clear: true };
      case 'help':
        return { exitCode: 0, output: HELP_TEXT };
      case 'true':
        return { exitCode: 0, output: '' };
      case 'false':
        return { exitCode: 1, output: '' };
      default:
        return { exitCode: 127, output: `bash: ${name}: command not found` };
    }
  }
}

/** A simulated terminal over `project` (paths relative to the project root); `cwd` is relative to it. */
export function createDockerCli(project: VirtualFiles, cwd = '.', options: DockerCliOptions = {}): DockerCli {
  return new SimulatedCli(project, cleanPath(cwd), options);
}
