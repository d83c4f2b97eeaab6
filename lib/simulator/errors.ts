/**
 * Error texts exactly as current buildx/BuildKit print them (docker/buildx commands/build.go;
 * moby/buildkit client/solve.go, frontend/dockerfile/instructions/parse.go and
 * frontend/dockerfile/dockerfile2llb/convert.go).
 * Build errors are printed as `ERROR: failed to build: <err>` since buildx v0.25.0, and errors
 * raised inside the build start with `failed to solve: `.
 */
import { sha256Hex } from './sha256';

export function buildxError(err: string): string {
  return `ERROR: failed to build: ${err}`;
}

export const solveError = (err: string) => `failed to solve: ${err}`;

export const copySourceNotFound = (refId: string, path: string) =>
  solveError(`failed to compute cache key: failed to calculate checksum of ref ${refId}: "${path}": not found`);

/** The line BuildKit prints under the failing COPY step itself (without the solve prefix). */
export const copySourceNotFoundStep = (refId: string, path: string) =>
  `failed to calculate checksum of ref ${refId}: "${path}": not found`;

export const dockerfileNotFound = (name: string) =>
  solveError(`failed to read dockerfile: open ${name}: no such file or directory`);

/**
 * The directory of `-f` cannot be opened (client side): buildx build/opt.go setLocalMount calls
 * tonistiigi/fsutil fs.go NewFS(dir), which wraps filepath.EvalSymlinks's error as
 * `&os.PathError{Op: "resolve", Path: root}` after `root, err :=` has emptied root, hence
 * "resolve : ". Go's path/filepath/symlink.go walkSymlinks returns os.Lstat's error for the first
 * missing component (`lstat <prefix>: no such file or directory`) and a bare syscall.ENOTDIR
 * ("not a directory") when a file stands where a directory is needed before the last component.
 */
export const dockerfileDirNotFound = (dir: string) => `resolve : lstat ${dir}: no such file or directory`;
export const DOCKERFILE_DIR_NOT_DIR_INSIDE = 'resolve : not a directory';
/** fsutil NewFS: the path resolves, but to a file (`&os.PathError{Op: "stat", Path: root, Err: syscall.ENOTDIR}`). */
export const dockerfileDirIsFile = (dir: string) => `stat ${dir}: not a directory`;

/**
 * The Dockerfile name is a directory: BuildKit frontend/dockerui/config.go wraps "failed to read
 * dockerfile" around cache/util/fsutil.go ReadFile's `%s is not a regular file` (moby/moby
 * docker-v29.7.2 vendor/github.com/moby/buildkit).
 */
export const dockerfileIsDirectory = (name: string) => solveError(`failed to read dockerfile: ${name} is not a regular file`);

export const contextNotFound = (path: string) => `unable to prepare context: path "${path}" not found`;

export const invalidTag = (tag: string, reason: string) => `invalid tag "${tag}": ${reason}`;

export const parseError = (line: number, message: string) =>
  solveError(`dockerfile parse error on line ${line}: ${message}`);

export const processFailed = (command: string, exitCode: number) =>
  `process "${command}" did not complete successfully: exit code: ${exitCode}`;

export const targetNotFound = (target: string, suggestion: string | null) =>
  solveError(`target stage "${target}" could not be found${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);

export const baseImageNotFound = (written: string, full: string) =>
  solveError(`${written}: failed to resolve source metadata for ${full}: ${full}: not found`);

export const baseImageAccessDenied = (written: string, full: string) =>
  solveError(
    `${written}: failed to resolve source metadata for ${full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
  );

/**
 * A deterministic stand-in for BuildKit's ref id (`<uuid>::<id>`), e.g.
 * `7ab2bb61-0c28-432e-abf5-a4c6440bc6cf::4lgfpdf54n5uqxnv9v6ymg7ih`.
 */
export function fakeRefId(seed: string): string {
  const hex = sha256Hex(`ref|${seed}`);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const more = sha256Hex(`id|${seed}`);
  let id = '';
  for (let i = 0; i < 25; i++) id += alphabet[parseInt(more.slice(i * 2, i * 2 + 2), 16) % 32];
  return `${uuid}::${id}`;
}

/**
 * The Dockerfile excerpt BuildKit prints before an error (solver/errdefs/source.go Print):
 * the failing lines marked `>>>`, with up to 2 lines of context each side for one line
 * (1 each side for a range), lines numbered with `%3d`.
 */
export function sourceSnippet(filename: string, source: string, startLine: number, endLine = startLine): string {
  const lines = source.split('\n');
  let start = startLine;
  let end = Math.max(endLine, startLine);
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const pad = end === start ? 4 : 2;
  let p = 0;
  while (p < pad) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  const out = [`${filename}:${startLine}`, '--------------------'];
  for (let i = start; i <= end; i++) {
    const marker = i >= startLine && i <= Math.max(endLine, startLine) ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]}`);
  }
  out.push('--------------------');
  return out.join('\n');
}

/** The box BuildKit prints for a failed step, with the step's last output lines. */
export function failedStepBox(label: string, output: string[]): string {
  return ['------', ` > ${label}:`, ...output, '------'].join('\n');
}
