/**
 * The build context as BuildKit receives it: files after .dockerignore, with a checksum per
 * file over name, content and mode but not mtime (moby/buildkit cache/contenthash/tarsum.go),
 * and COPY/ADD source selection relative to the context root
 * (https://docs.docker.com/reference/dockerfile/#copying-from-the-build-context).
 */
import ignore from '@balena/dockerignore';
import { basename, cleanPath, contextSourcePath, dirname } from './paths';
import { sha256Hex } from './sha256';
import type { VirtualFile, VirtualFiles } from './types';

export const DEFAULT_MODE = '0644';

export interface ContextFile {
  path: string;
  content: string;
  mode: string;
  size: number;
  /** `<mode>:<content sha256>`: what BuildKit's tarsum-like hash covers besides the name (never mtime). */
  checksum: string;
}

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

export function fileContent(file: VirtualFile): string {
  return typeof file === 'string' ? file : file.content;
}

export function fileMode(file: VirtualFile): string {
  return typeof file === 'string' ? DEFAULT_MODE : normaliseMode(file.mode ?? DEFAULT_MODE);
}

/** "755" -> "0755"; anything unparsable falls back to 0644. */
export function normaliseMode(mode: string): string {
  const digits = mode.replace(/^0+(?=\d{3,})/, '');
  return /^[0-7]{3,4}$/.test(digits) ? digits.padStart(4, '0') : DEFAULT_MODE;
}

export function isExecutable(mode: string): boolean {
  return (parseInt(mode, 8) & 0o111) !== 0;
}

/** Project-relative key of a path as users may write it ("./src/a.py", "/src/a.py" -> "src/a.py"). */
export function normaliseKey(path: string): string {
  return contextSourcePath(path);
}

export function toContextFile(path: string, file: VirtualFile): ContextFile {
  const content = fileContent(file);
  const mode = fileMode(file);
  return { path, content, mode, size: byteLength(content), checksum: `${mode}:${sha256Hex(content)}` };
}

export function contextFiles(files: VirtualFiles): Map<string, ContextFile> {
  const out = new Map<string, ContextFile>();
  for (const [rawPath, file] of Object.entries(files)) {
    const path = normaliseKey(rawPath);
    if (path !== '') out.set(path, toContextFile(path, file));
  }
  return out;
}

/**
 * Escapes characters that are literal in Docker's patterns but special in the regular
 * expressions @balena/dockerignore builds (it passes `(`, `+`, `|`... through unescaped).
 */
function escapeLiterals(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += '()+|{}^$'.includes(c) ? '\\' + c : c;
  }
  return out;
}

/**
 * A `.dockerignore` matcher (Docker's syntax, via @balena/dockerignore), case-sensitive as on
 * Linux. A pattern that cannot be compiled matches nothing.
 */
export function ignoreMatcher(content: string | null | undefined): (path: string) => boolean {
  if (!content) return () => false;
  const patterns = content
    .split(/\r?\n/)
    .map(escapeLiterals)
    .filter((p) => {
      try {
        ignore({ ignorecase: false }).add(p).ignores('probe');
        return true;
      } catch {
        return false;
      }
    });
  const matcher = ignore({ ignorecase: false }).add(patterns);
  return (path: string) => {
    try {
      return matcher.ignores(path);
    } catch {
      return false;
    }
  };
}

/** The files that reach the builder: everything not matched by the ignore file. */
export function selectContext(files: Map<string, ContextFile>, dockerignore: string | null | undefined): Map<string, ContextFile> {
  const ignored = ignoreMatcher(dockerignore);
  const out = new Map<string, ContextFile>();
  for (const [path, file] of files) if (!ignored(path)) out.set(path, file);
  return out;
}

export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}

/** Go filepath.Match for one whole "/"-separated path: `*` and `?` never match "/". */
export function wildcardRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) out += escapeRegExp(pattern[++i]);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) return /(?!)/; // Go: ErrBadPattern, nothing matches
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
      else cls = cls.replace(/\\/g, '\\\\');
      out += `[${cls}]`;
      i = end;
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^${out}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every directory implied by the file paths ("a/b/c.txt" -> "a", "a/b"). */
export function directoriesOf(paths: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const path of paths) {
    let dir = dirname(path);
    while (dir !== '.' && !dirs.has(dir)) {
      dirs.add(dir);
      dir = dirname(dir);
    }
  }
  return dirs;
}

export interface SourceMatch {
  /** The matched path relative to the context root ("" = the root). */
  root: string;
  isDir: boolean;
  /** Files copied, with their path relative to `root` (a file source: its base name). */
  files: Array<{ relative: string; file: ContextFile }>;
}

/**
 * Resolves one COPY/ADD source in the context. `null` means "not found" (BuildKit's
 * `"/<path>": not found`); a wildcard that matches nothing gives an empty list, which is not
 * an error under BuildKit.
 */
export function matchSource(context: Map<string, ContextFile>, source: string): SourceMatch[] | null {
  const path = contextSourcePath(source);
  const dirs = directoriesOf(context.keys());
  if (hasWildcard(path)) {
    const re = wildcardRegExp(path);
    const roots = [...context.keys(), ...dirs].filter((p) => re.test(p)).sort();
    return roots.map((root) => collect(context, root, context.has(root) ? false : true));
  }
  if (path === '') return [collect(context, '', true)];
  if (context.has(path)) return [collect(context, path, false)];
  if (dirs.has(path)) return [collect(context, path, true)];
  return null;
}

function collect(context: Map<string, ContextFile>, root: string, isDir: boolean): SourceMatch {
  if (!isDir) return { root, isDir, files: [{ relative: basename(root), file: context.get(root)! }] };
  const prefix = root === '' ? '' : root + '/';
  const files = [...context.values()]
    .filter((f) => f.path.startsWith(prefix))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => ({ relative: file.path.slice(prefix.length), file }));
  return { root, isDir, files };
}

/** Checksum of what one COPY source selects: names relative to the source, content and mode. */
export function sourceChecksum(match: SourceMatch[]): string {
  return sha256Hex(JSON.stringify(match.map((m) => [m.root, m.isDir, m.files.map((f) => [f.relative, f.file.checksum])])));
}

/** The "/path" BuildKit quotes in `"/src": not found`. */
export function notFoundPath(source: string): string {
  return cleanPath('/' + contextSourcePath(source));
}
