/**
 * "To real Docker": a workspace as a .zip the learner unpacks and builds with a real Docker.
 * Every file of the project keeps its path and its mode (the executable bit travels in the zip's
 * Unix external attributes, which `unzip` and most archive tools restore), and a short README
 * says which commands the lesson used and what will look different from the simulation.
 *
 * Pure: files in, bytes out (fflate's zipSync), so it runs the same in the browser and in tests.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildTargetOf } from '@/lib/simulator/cli/build-target';

/** What Workspace.files() returns: project-relative paths, text content and an octal mode. */
export type ZipFiles = Record<string, { content: string; mode?: string }>;

export interface WorkspaceZipOptions {
  /** The README's text; written as README.md (or LAYERWISE.md when the project has a README.md). */
  readme?: string;
  /** Put every entry under this folder (e.g. "layerwise-hello"), so unzipping makes one folder. */
  folder?: string;
  /** The entries' modification time (default: now). */
  mtime?: Date;
}

/** The README's name in the zip: README.md unless the project already has one. */
export function readmeName(files: ZipFiles): string {
  return Object.hasOwn(files, 'README.md') ? 'LAYERWISE.md' : 'README.md';
}

const S_IFREG = 0o100000;

/** "0755" -> 0o755; anything unreadable falls back to 0o644. */
export function parseMode(mode: string | undefined): number {
  if (mode && /^[0-7]{3,4}$/.test(mode)) return parseInt(mode, 8) & 0o7777;
  return 0o644;
}

function safePath(path: string): string | null {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  if (!clean || clean.split('/').some((part) => part === '..' || part === '.' || part === '')) return null;
  return clean;
}

/**
 * The workspace as zip bytes: one entry per file (sorted by path), regular-file Unix attributes
 * with the file's permission bits, plus the README when one is given.
 */
export function workspaceZip(files: ZipFiles, options: WorkspaceZipOptions = {}): Uint8Array<ArrayBuffer> {
  const prefix = options.folder ? `${safePath(options.folder) ?? 'workspace'}/` : '';
  const mtime = options.mtime ?? new Date();
  const entries: Zippable = {};
  const add = (path: string, content: string, mode: number) => {
    entries[prefix + path] = [strToU8(content), { os: 3, attrs: ((S_IFREG | mode) << 16) >>> 0, mtime, level: 6 }];
  };
  for (const path of Object.keys(files).sort()) {
    const clean = safePath(path);
    if (clean === null) continue;
    add(clean, files[path].content, parseMode(files[path].mode));
  }
  if (options.readme !== undefined) add(readmeName(files), options.readme, 0o644);
  return zipSync(entries);
}

export interface ReadmeInput {
  /** The workspace's title (the lesson's, or "Playground"). */
  title: string;
  files: ZipFiles;
  /** The command the lesson suggests, e.g. `docker build -t hello .` (null: none). */
  command?: string | null;
  /** The terminal's directory, relative to the project root ("." for the root). */
  cwd?: string;
}

/** A lowercase name that is valid as a Docker image name and as a file name. */
export function slugName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'workspace';
}

function exposedPort(dockerfile: string | undefined): string | null {
  if (!dockerfile) return null;
  const match = /^\s*EXPOSE\s+(\d{1,5})(?:\/tcp)?\b/im.exec(dockerfile);
  return match ? match[1] : null;
}

/**
 * The README that goes into the zip: how to build and run the project with a real Docker, from
 * the lesson's own command, and what will differ from Layerwise's simulation.
 */
export function workspaceReadme({ title, files, command, cwd = '.' }: ReadmeInput): string {
  const name = slugName(title);
  const target = command ? buildTargetOf(command, cwd) : null;
  const build = target ? command! : `docker build -t ${name} .`;
  const tag = target ? (target.tags[0] ?? null) : name;
  const dockerfile = target ? target.dockerfile : 'Dockerfile';
  const port = exposedPort(files[dockerfile]?.content);
  const lines: string[] = [];
  const cd = cwd && cwd !== '.' ? cwd : null;

  lines.push(`# ${title}`, '');
  lines.push('This folder is a Layerwise workspace: every file of the project, as you left it.', '');
  lines.push('## Build and run it with Docker', '');
  lines.push('With Docker installed (Docker Engine with BuildKit, the default since Docker 23), open a terminal in this folder and run:', '');
  lines.push('```sh');
  if (cd) lines.push(`cd ${cd}`);
  lines.push(build);
  const runs = !!command && /\bdocker\s+(container\s+)?run\b/.test(command);
  if (tag && !runs) lines.push(`docker run --rm${port ? ` -p ${port}:${port}` : ''} ${tag}`);
  lines.push('```', '');
  if (command && !target) lines.push(`The lesson's command was \`${command}\`.`, '');
  if (!tag) lines.push('The build command gives the image no tag: run it by the image ID that `docker build` prints (`docker run --rm <image id>`), or add `-t name` to the build.', '');
  if (port) lines.push(`The image exposes port ${port}; \`-p ${port}:${port}\` publishes it on http://localhost:${port}/. Stop the container with Ctrl+C (or \`docker stop\`).`, '');
  lines.push('## What will differ from Layerwise', '');
  lines.push(
    "Layerwise simulates Docker in the browser. A real build downloads the base images and really runs each `RUN` step, so build timings, image and layer digests, image IDs, sizes and creation times will differ from the simulation's. The steps, the order of the layers and which steps come from the cache (`CACHED`) should match.",
    '',
  );
  return lines.join('\n');
}
