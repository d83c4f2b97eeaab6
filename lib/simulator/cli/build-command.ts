/**
 * `docker build` as the CLI hands it to buildx: context and Dockerfile resolution
 * (docker/buildx build/opt.go; the Dockerfile-specific .dockerignore from moby/buildkit
 * frontend/dockerui/config.go), then the simulated build.
 */
import { build } from '../build';
import {
  buildxError,
  contextNotFound,
  DOCKERFILE_DIR_NOT_DIR_INSIDE,
  dockerfileDirIsFile,
  dockerfileDirNotFound,
  dockerfileIsDirectory,
  dockerfileNotFound,
  invalidTag,
} from '../errors';
import { normalizeTag } from '@/lib/docker/reference';
import { basename, cleanPath, dirname, relativePath, resolvePath } from '../paths';
import { renderPlain } from '../build/progress';
import { parseFlags, type FlagSpec } from './flags';
import { PROJECT_ROOT } from './project-fs';
import type { Outcome, Session } from './session';
import { buildxPrinted, exactArgsText, flagErrorText, NOTE } from './texts';
import { BUILD_HELP, BUILDX_BUILD_USE_LINE } from './usage';

export const BUILD_FLAGS: FlagSpec[] = [
  { long: 'tag', short: 't', kind: 'array' },
  { long: 'file', short: 'f', kind: 'string' },
  { long: 'build-arg', kind: 'array' },
  { long: 'no-cache', kind: 'bool' },
  { long: 'target', kind: 'string' },
  { long: 'progress', kind: 'string' },
  { long: 'pull', kind: 'bool' },
  { long: 'quiet', short: 'q', kind: 'bool' },
  { long: 'platform', kind: 'array' },
  { long: 'load', kind: 'bool' },
  { long: 'label', kind: 'array' },
  { long: 'network', kind: 'string' },
];

const PROGRESS_MODES = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];

/** buildx urlutil.IsRemoteURL: a Git URL (git@, git://, github.com/, ...) or an http(s) URL. */
const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|github\.com\/)/;

/**
 * Why fsutil.NewFS cannot open `dir` (a path as the learner wrote it, relative to the current
 * directory), or null: Go's filepath.EvalSymlinks walks it one component at a time.
 */
function openDirError(session: Session, dir: string): string | null {
  const parts = dir.split('/');
  let dest = dir.startsWith('/') ? '/' : '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '' || part === '.') continue;
    if (part === '..') {
      const r = dest.lastIndexOf('/');
      if (r < (dest.startsWith('/') ? 1 : 0) || dest.slice(r + 1) === '..') dest = dest === '' || dest === '/' ? `${dest}..` : `${dest}/..`;
      else dest = dest.slice(0, r) || '/';
      continue;
    }
    dest = dest === '' || dest.endsWith('/') ? dest + part : `${dest}/${part}`;
    const abs = resolvePath(session.cwd, dest);
    if (!session.fs.exists(abs)) return dockerfileDirNotFound(dest);
    const last = parts.slice(i + 1).every((p) => p === '' || p === '.');
    if (!session.fs.isDir(abs) && !last) return DOCKERFILE_DIR_NOT_DIR_INSIDE;
  }
  if (!session.fs.isDir(resolvePath(session.cwd, dir))) return dockerfileDirIsFile(cleanPath(dir));
  return null;
}

function projectRelative(absolute: string): string {
  return relativePath(PROJECT_ROOT, absolute);
}

/** The one-line summary the simulator adds after a build (not part of Docker's output). */
function simulatedSummary(cached: number, total: number, time: number, saved: number): string {
  return `[simulated] build time ${time.toFixed(1)}s; the cache saved ${saved.toFixed(1)}s (${cached} of ${total} steps CACHED)`;
}

export function dockerBuild(session: Session, argv: string[]): Outcome {
  const parsed = parseFlags(argv, BUILD_FLAGS);
  // `docker build` runs buildx, so cobra's texts name `docker buildx build` whatever the alias
  // (docker/buildx cmd/buildx/main.go prints a StatusError's text as is, other errors after "ERROR: ").
  if (!parsed.ok) return { exitCode: 125, output: flagErrorText(parsed.error, BUILDX_BUILD_USE_LINE, 'docker buildx build') };
  if (parsed.help) return { exitCode: 0, output: BUILD_HELP };
  if (parsed.args.length !== 1) return { exitCode: 1, output: buildxPrinted(exactArgsText('docker buildx build', 1, BUILDX_BUILD_USE_LINE)) };
  const flags = parsed.flags;
  const progress = (flags.progress as string | undefined) ?? 'auto';
  if (!PROGRESS_MODES.includes(progress)) return { exitCode: 1, output: `ERROR: invalid progress mode "${progress}"` };
  const quiet = flags.quiet === true || progress === 'quiet';

  // buildx checks the tags before it looks at the context or the Dockerfile.
  const tags = (flags.tag as string[] | undefined) ?? [];
  for (const tag of tags) {
    const checked = normalizeTag(tag);
    if (!checked.ok) return { exitCode: 1, output: buildxError(invalidTag(tag, checked.error)) };
  }

  const contextArg = parsed.args[0];
  // buildx build/opt.go loadInputs: "-" is stdin, a Git or http(s) URL is a remote context.
  if (contextArg === '-') return { exitCode: 1, output: NOTE.stdinContext };
  if (REMOTE_CONTEXT.test(contextArg)) return { exitCode: 1, output: NOTE.remoteContext(contextArg) };
  const contextAbs = resolvePath(session.cwd, contextArg);
  // osutil.IsLocalDir, else "unable to prepare context" (a file is no context either).
  if (!session.fs.isDir(contextAbs)) return { exitCode: 1, output: buildxError(contextNotFound(contextArg)) };

  const fileArg = flags.file as string | undefined;
  if (fileArg === '-') return { exitCode: 1, output: NOTE.stdinDockerfile };
  if (fileArg !== undefined && /^https?:\/\//.test(fileArg)) return { exitCode: 1, output: NOTE.remoteDockerfile(fileArg) };
  let dockerfileAbs: string;
  if (fileArg !== undefined) {
    // A relative -f is resolved from the current directory, not from the context (buildx loadInputs):
    // dockerfileDir = filepath.Dir(-f), opened with fsutil.NewFS.
    const dirError = openDirError(session, dirname(cleanPath(fileArg)));
    if (dirError !== null) return { exitCode: 1, output: buildxError(dirError) };
    dockerfileAbs = resolvePath(session.cwd, fileArg);
  } else dockerfileAbs = cleanPath(`${contextAbs}/Dockerfile`);
  // buildx handleLowercaseDockerfile: a file named "Dockerfile" that is missing falls back to
  // "dockerfile" in the same directory (with -f too).
  if (basename(dockerfileAbs) === 'Dockerfile' && !session.fs.exists(dockerfileAbs) && session.fs.isFile(`${dirname(dockerfileAbs)}/dockerfile`)) {
    dockerfileAbs = cleanPath(`${dirname(dockerfileAbs)}/dockerfile`);
  }

  const name = basename(dockerfileAbs);
  const file = session.fs.read(dockerfileAbs);
  if (!file) {
    const head = renderPlain([
      { index: 1, name: `[internal] load build definition from ${name}`, cached: false, statuses: [{ text: 'transferring dockerfile: 2B' }], logs: [], warnings: [], duration: 0 },
    ]);
    const error = buildxError(session.fs.isDir(dockerfileAbs) ? dockerfileIsDirectory(name) : dockerfileNotFound(name));
    return { exitCode: 1, output: quiet ? error : `${head}\n${error}` };
  }

  const buildArgs: Record<string, string> = {};
  for (const pair of (flags['build-arg'] as string[] | undefined) ?? []) {
    const eq = pair.indexOf('=');
    if (eq === -1) {
      if (session.env[pair] !== undefined) buildArgs[pair] = session.env[pair];
    } else buildArgs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }

  // `<Dockerfile>.dockerignore` next to the Dockerfile replaces the context's .dockerignore
  // (https://docs.docker.com/build/concepts/context/#filename-and-location).
  const specific = session.fs.read(`${dockerfileAbs}.dockerignore`);
  const rootIgnore = session.fs.read(cleanPath(`${contextAbs}/.dockerignore`));
  const result = build(
    {
      dockerfile: file.content,
      dockerfilePath: relativePath(contextAbs, dockerfileAbs),
      context: session.fs.filesUnder(contextAbs),
      dockerignore: specific?.content ?? rootIgnore?.content ?? null,
      buildArgs,
      noCache: flags['no-cache'] === true,
      target: flags.target as string | undefined,
      tags,
      now: session.cache.clock,
    },
    session.cache,
    { progress: progress === 'plain' || progress === 'rawjson' ? 'plain' : 'tty' },
  );
  session.cache = result.cache;

  let output: string;
  if (quiet) output = result.ok ? (result.image?.id ?? '') : (result.error ?? '');
  else {
    output = result.log;
    if (result.ok) {
      const layerSteps = result.steps.filter((s) => s.status !== 'BASE');
      output += `\n${simulatedSummary(layerSteps.filter((s) => s.status === 'CACHED').length, layerSteps.length, result.totalTime, result.savedTime)}`;
    }
  }
  return {
    exitCode: result.ok ? 0 : 1,
    output,
    build: { dockerfile: projectRelative(dockerfileAbs), context: projectRelative(contextAbs), tags, result },
  };
}
