/**
 * One learner project: its files, the file open in the editor, the terminal's directory, the
 * simulated Docker daemon (images, build cache) and the last build. Everything on a page reads
 * and changes this one object: the editor writes each keystroke here, the file panel and the
 * terminal change the same files, so `docker build` always builds what the editor holds.
 *
 * Plain operations in, change notifications out; no UI code. snapshot() and fromSnapshot()
 * (see snapshot.ts) carry the whole state through links and saved drafts.
 */
import { createDockerCli } from '@/lib/simulator/cli';
import { buildTargetOf, type BuildTarget } from '@/lib/simulator/cli/build-target';
import { normaliseKey } from '@/lib/simulator/context';
import { relativePath } from '@/lib/simulator/paths';
import { emptyCache } from '@/lib/simulator/store';
import type { BuildCache, BuildResult, CommandResult, DockerCli, ProjectEntry, VirtualFiles } from '@/lib/simulator/types';

export interface WorkspaceInit {
  files: VirtualFiles;
  /** The file the editor shows (default: the Dockerfile the command builds, else the first Dockerfile). */
  openFile?: string | null;
  /** The terminal's directory, relative to the project root. */
  cwd?: string;
  /** A command offered in the terminal (prefilled, never run by itself). */
  command?: string | null;
  /** The daemon's state carried over (images, build cache). */
  docker?: BuildCache;
  lastBuild?: LastBuild | null;
}

/** The last `docker build` run in the terminal, as the layer view and the cache view draw it. */
export interface LastBuild {
  command: string;
  /** Project-relative paths. */
  dockerfile: string;
  context: string;
  /** The Dockerfile text the build read, to tell whether the editor still shows it. */
  dockerfileText: string;
  result: Omit<BuildResult, 'cache'>;
}

export type ChangeOrigin = 'editor' | 'terminal' | 'files' | 'load';

export interface WorkspaceChange {
  origin: ChangeOrigin;
  /** Files whose content or mode changed, or that were added or removed. */
  files: string[];
  open: boolean;
  cwd: boolean;
  build: boolean;
}

type Listener = (change: WorkspaceChange) => void;

export type OpResult = { ok: true } | { ok: false; message: string };

const DOCKERFILE_NAME = /(^|\/)(Dockerfile|dockerfile|Containerfile)(\.[^/]*)?$|\.dockerfile$/i;

/** A Dockerfile by its name: `Dockerfile`, `dev.Dockerfile`, `Dockerfile.prod`, `Containerfile` (not `*.dockerignore`). */
export function isDockerfilePath(path: string): boolean {
  return DOCKERFILE_NAME.test(path) && !path.endsWith('.dockerignore');
}

export class Workspace {
  private cli: DockerCli;
  private open: string | null;
  private suggested: string | null;
  private last: LastBuild | null;
  private listeners = new Set<Listener>();
  private rev = 0;

  constructor(init: WorkspaceInit) {
    this.cli = createDockerCli(init.files, init.cwd ?? '.', { cache: init.docker ?? emptyCache() });
    this.suggested = init.command ?? null;
    this.last = init.lastBuild ?? null;
    this.open = null;
    const wanted = init.openFile ? normaliseKey(init.openFile) : null;
    this.open = wanted && this.has(wanted) ? wanted : this.defaultOpenFile();
  }

  // --- Reading -------------------------------------------------------------------------------

  /** Grows with every change: a cheap "has anything changed" for renderers. */
  get revision(): number {
    return this.rev;
  }

  get openFile(): string | null {
    return this.open;
  }

  /** Project-relative ("." for the root). */
  get cwd(): string {
    return this.cli.cwd;
  }

  get prompt(): string {
    return `${this.cli.cwdAbsolute} $`;
  }

  get command(): string | null {
    return this.suggested;
  }

  get docker(): BuildCache {
    return this.cli.cache;
  }

  get lastBuild(): LastBuild | null {
    return this.last;
  }

  read(path: string): string | undefined {
    return this.cli.readFile(normaliseKey(path));
  }

  has(path: string): boolean {
    return this.read(path) !== undefined;
  }

  /** Files and directories, sorted as `ls` sorts them. */
  list(): ProjectEntry[] {
    return this.cli.listFiles();
  }

  filePaths(): string[] {
    return this.list()
      .filter((e) => e.type === 'file')
      .map((e) => e.path);
  }

  /** Copies of every file with its mode. */
  files(): Record<string, { content: string; mode: string }> {
    const out: Record<string, { content: string; mode: string }> = {};
    for (const entry of this.list()) {
      if (entry.type !== 'file') continue;
      out[entry.path] = { content: this.cli.readFile(entry.path) ?? '', mode: entry.mode ?? '0644' };
    }
    return out;
  }

  modeOf(path: string): string | undefined {
    const key = normaliseKey(path);
    return this.list().find((e) => e.type === 'file' && e.path === key)?.mode;
  }

  /**
   * The context and Dockerfile path a build of `dockerfile` uses: the learner's last build of
   * that file, else the suggested command when it builds it, else the project root as the
   * context (`docker build -f <path> .` from the root, the usual way to build a Dockerfile that
   * lives in a subfolder).
   */
  buildTargetFor(dockerfile: string): BuildTarget {
    const key = normaliseKey(dockerfile);
    if (this.last && this.last.dockerfile === key) {
      const { context } = this.last;
      return { context, dockerfile: key, dockerfileInContext: relativePath(`/${context}`, `/${key}`), buildArgs: {}, tags: [] };
    }
    if (this.suggested) {
      const fromCommand = buildTargetOf(this.suggested, this.cwd);
      if (fromCommand && fromCommand.dockerfile === key) return fromCommand;
    }
    return { context: '.', dockerfile: key, dockerfileInContext: key, buildArgs: {}, tags: [] };
  }

  /** The Dockerfile the suggested command builds (or the first Dockerfile of the project). */
  mainDockerfile(): string | null {
    if (this.suggested) {
      const target = buildTargetOf(this.suggested, this.cwd);
      if (target && this.has(target.dockerfile)) return target.dockerfile;
    }
    const paths = this.filePaths();
    return paths.find((p) => p === 'Dockerfile') ?? paths.find(isDockerfilePath) ?? null;
  }

  // --- Changing ------------------------------------------------------------------------------

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: Partial<WorkspaceChange> & { origin: ChangeOrigin }) {
    this.rev++;
    const full: WorkspaceChange = { files: [], open: false, cwd: false, build: false, ...change };
    for (const listener of [...this.listeners]) listener(full);
  }

  /** Edits (or creates) a file. The editor calls this on every change. */
  write(path: string, content: string, origin: ChangeOrigin = 'editor'): OpResult {
    const key = normaliseKey(path);
    if (!key) return { ok: false, message: 'A file needs a name.' };
    if (this.isDirectory(key)) return { ok: false, message: `${key} is a folder.` };
    if (this.read(key) === content) return { ok: true };
    this.cli.writeFile(key, content);
    this.emit({ origin, files: [key] });
    return { ok: true };
  }

  create(path: string, content = '', origin: ChangeOrigin = 'files'): OpResult {
    const key = normaliseKey(path);
    if (!key) return { ok: false, message: 'Give the new file a name, e.g. app.py or src/app.py.' };
    if (this.has(key)) return { ok: false, message: `${key} already exists.` };
    if (this.isDirectory(key)) return { ok: false, message: `${key} is a folder.` };
    const parentFile = this.ancestorFile(key);
    if (parentFile) return { ok: false, message: `${parentFile} is a file, so it cannot hold ${key}.` };
    this.cli.writeFile(key, content);
    this.emit({ origin, files: [key] });
    return { ok: true };
  }

  delete(path: string, origin: ChangeOrigin = 'files'): OpResult {
    const key = normaliseKey(path);
    if (!this.has(key)) return { ok: false, message: `${key} does not exist.` };
    this.cli.deleteFile(key);
    const open = this.open === key;
    if (open) this.open = this.defaultOpenFile();
    this.emit({ origin, files: [key], open });
    return { ok: true };
  }

  /** Renames a file, keeping its content and mode; the editor follows it if it was open. */
  rename(from: string, to: string, origin: ChangeOrigin = 'files'): OpResult {
    const source = normaliseKey(from);
    const target = normaliseKey(to);
    const content = this.read(source);
    if (content === undefined) return { ok: false, message: `${source} does not exist.` };
    if (!target) return { ok: false, message: 'Give the file a new name.' };
    if (target === source) return { ok: true };
    if (this.has(target) || this.isDirectory(target)) return { ok: false, message: `${target} already exists.` };
    const parentFile = this.ancestorFile(target);
    if (parentFile) return { ok: false, message: `${parentFile} is a file, so it cannot hold ${target}.` };
    const mode = this.modeOf(source);
    this.cli.writeFile(target, content, mode);
    this.cli.deleteFile(source);
    const open = this.open === source;
    if (open) this.open = target;
    this.emit({ origin, files: [source, target], open });
    return { ok: true };
  }

  /** New modification time only: a real touch never changes a build cache key. */
  touch(path: string, origin: ChangeOrigin = 'files'): OpResult {
    const key = normaliseKey(path);
    if (!key) return { ok: false, message: 'A file needs a name.' };
    const created = !this.has(key);
    this.cli.touch(key);
    this.emit({ origin, files: created ? [key] : [] });
    return { ok: true };
  }

  /** "0755", "+x", "-x": a mode change is part of BuildKit's file checksum, so COPY re-runs. */
  chmod(path: string, mode: string, origin: ChangeOrigin = 'files'): OpResult {
    const key = normaliseKey(path);
    if (!this.has(key)) return { ok: false, message: `${key} does not exist.` };
    const before = this.modeOf(key);
    this.cli.chmod(key, mode);
    if (this.modeOf(key) === before && !/^[+-]/.test(mode) && !/^[0-7]{3,4}$/.test(mode)) return { ok: false, message: `chmod: invalid mode: '${mode}'` };
    this.emit({ origin, files: [key] });
    return { ok: true };
  }

  openInEditor(path: string | null): OpResult {
    const key = path === null ? null : normaliseKey(path);
    if (key !== null && !this.has(key)) return { ok: false, message: `${key} does not exist.` };
    if (key === this.open) return { ok: true };
    this.open = key;
    this.emit({ origin: 'files', open: true });
    return { ok: true };
  }

  setCommand(command: string | null): void {
    this.suggested = command;
    this.emit({ origin: 'load' });
  }

  /**
   * Runs a command line in the simulated terminal. The files it changes (`echo > f`, `rm`,
   * `touch`) and the build it runs are announced like any other change.
   */
  run(commandLine: string): CommandResult {
    const before = this.fingerprint();
    const cwdBefore = this.cli.cwd;
    const result = this.cli.run(commandLine);
    const after = this.fingerprint();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
    let open = false;
    if (this.open !== null && !this.has(this.open)) {
      this.open = this.defaultOpenFile();
      open = true;
    }
    if (result.build) {
      const { result: full, dockerfile, context } = result.build;
      const { cache: _cache, ...rest } = full;
      void _cache;
      this.last = { command: commandLine, dockerfile, context, dockerfileText: this.read(dockerfile) ?? '', result: rest };
    }
    this.emit({ origin: 'terminal', files: changed, open, cwd: this.cli.cwd !== cwdBefore, build: Boolean(result.build) });
    return result;
  }

  // --- Helpers -------------------------------------------------------------------------------

  private fingerprint(): Map<string, string> {
    const out = new Map<string, string>();
    for (const entry of this.list()) if (entry.type === 'file') out.set(entry.path, `${entry.mode}:${entry.size}:${this.cli.readFile(entry.path)}`);
    return out;
  }

  private isDirectory(key: string): boolean {
    return this.list().some((e) => e.type === 'dir' && e.path === key);
  }

  private ancestorFile(key: string): string | null {
    const parts = key.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (this.has(prefix)) return prefix;
    }
    return null;
  }

  private defaultOpenFile(): string | null {
    return this.mainDockerfile() ?? this.filePaths()[0] ?? null;
  }
}
