/** `docker pull`, `docker images`, `docker history`, `docker rmi`, `docker tag` against the simulated store. */
import { ago, ellipsis, humanSize, tabulate } from '../format';
import { parseNormalizedNamed, type NormalizedReference } from '@/lib/docker/reference';
import { lookupRegistry } from '../registry';
import { findImage, storeImage } from '../store';
import type { BuildCache, StoredImage } from '../types';
import { pullCost } from '../costs';
import { compressedSize } from '../build/pull';
import { containersUsingImage } from '../containers';
import {
  containerUsesImage,
  daemonError,
  deleted,
  IMAGE_IN_MULTIPLE_REPOSITORIES,
  imageDeleteConflict,
  imageUsedByRunning,
  imageUsedByStopped,
  invalidReference,
  manifestUnknown,
  noSuchImage,
  pullAccessDenied,
  TREE_TEXT,
  untagged,
} from './texts';

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

function familiarOf(fullRef: string): { repository: string; tag: string } {
  const colon = fullRef.lastIndexOf(':');
  const slash = fullRef.lastIndexOf('/');
  const name = colon > slash ? fullRef.slice(0, colon) : fullRef;
  const tag = colon > slash ? fullRef.slice(colon + 1) : 'latest';
  return { repository: name.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, ''), tag };
}

export function familiarName(fullRef: string): string {
  const { repository, tag } = familiarOf(fullRef);
  return `${repository}:${tag}`;
}

export type PullOutcome =
  | { ok: true; lines: string[]; image: StoredImage; seconds: number; downloaded: boolean }
  | { ok: false; error: string };

/** Pulls `ref` from the simulated registry into `cache` (the daemon's view of `docker pull`). */
export function pullImage(cache: BuildCache, ref: NormalizedReference): PullOutcome {
  const found = lookupRegistry(ref.repository, ref.tag);
  const familiarRepo = ref.familiarRepository;
  if (!found) {
    return { ok: false, error: daemonError(pullAccessDenied(familiarRepo)) };
  }
  if ('missingTag' in found) {
    return { ok: false, error: daemonError(manifestUnknown(ref.familiar)) };
  }
  const path = ref.repository.replace(/^docker\.io\//, '');
  const lines = [`${ref.tag}: Pulling from ${path}`];
  const local = cache.images[found.image.id];
  const upToDate = local !== undefined && local.tags.includes(ref.full);
  let seconds = 0.8;
  if (!upToDate) {
    const known = new Set(Object.values(cache.images).flatMap((image) => image.layers.map((l) => l.digest)));
    let bytes = 0;
    for (const layer of found.image.layers) {
      if (known.has(layer.digest)) lines.push(`${shortId(layer.digest)}: Already exists`);
      else {
        lines.push(`${shortId(layer.digest)}: Pull complete`);
        bytes += layer.size;
      }
    }
    seconds = pullCost(bytes);
  }
  lines.push(`Digest: ${found.repoDigest}`);
  lines.push(upToDate ? `Status: Image is up to date for ${ref.familiar}` : `Status: Downloaded newer image for ${ref.familiar}`);
  storeImage(cache, { ...found.image, tags: [ref.full] });
  return { ok: true, lines, image: cache.images[found.image.id], seconds, downloaded: !upToDate };
}

/**
 * The sizes the containerd image store reports for an image (moby/moby daemon/containerd/image_list.go
 * multiPlatformSummary): content = the blobs in the content store (the compressed layers; the
 * simulator leaves out the few kB of manifest and config), disk usage = content + the unpacked
 * snapshots (the layers' own sizes). `docker images` SIZE and DISK USAGE show the disk usage,
 * `docker inspect` Size the content (image_inspect.go size()).
 */
export function contentSize(image: StoredImage): number {
  return image.layers.reduce((sum, layer) => sum + compressedSize(layer.size), 0);
}

export function diskUsage(image: StoredImage): number {
  return contentSize(image) + image.size;
}

/** One row of the classic list: docker/cli cli/command/formatter/image.go imageFormat (a row per tag; <none> for a dangling image). */
interface ClassicRow {
  repository: string;
  tag: string;
  digest: string;
  image: StoredImage;
}

function classicRows(images: StoredImage[]): ClassicRow[] {
  const rows: ClassicRow[] = [];
  for (const image of images) {
    if (image.tags.length === 0) {
      rows.push({ repository: '<none>', tag: '<none>', digest: '<none>', image });
      continue;
    }
    for (const tag of [...image.tags].sort()) {
      const { repository, tag: t } = familiarOf(tag);
      // With the containerd store every tagged image has a RepoDigest name@<target digest> (image_list.go singlePlatformImage).
      rows.push({ repository, tag: t, digest: image.id, image });
    }
  }
  return rows;
}

export interface ClassicListOptions {
  now: number;
  quiet?: boolean;
  noTrunc?: boolean;
  digests?: boolean;
  /** The --format value: "table" (the default), "table TEMPLATE" or "TEMPLATE". */
  format?: string;
}

/** The template fields of docker/cli formatter/image.go imageContext that the simulator fills, with their headers. */
const IMAGE_FIELDS: Record<string, { header: string; value: (row: ClassicRow, o: ClassicListOptions) => string }> = {
  ID: { header: 'IMAGE ID', value: (r, o) => (o.noTrunc ? r.image.id : shortId(r.image.id)) },
  Repository: { header: 'REPOSITORY', value: (r) => r.repository },
  Tag: { header: 'TAG', value: (r) => r.tag },
  Digest: { header: 'DIGEST', value: (r) => r.digest },
  CreatedSince: { header: 'CREATED', value: (r, o) => ago(Math.max(0, o.now - r.image.created)) },
  Size: { header: 'SIZE', value: (r) => humanSize(diskUsage(r.image), 3) },
};

/**
 * The classic `docker images` list (docker/cli cli/command/formatter/image.go NewImageFormat and
 * ImageWrite): `--format table`, `-q` (one ID per row, so an image with two tags prints its ID
 * twice), `--no-trunc`, `--digests`, or a template of {{.Field}} cells. Returns null for a
 * template the simulator cannot fill.
 */
export function formatImages(images: StoredImage[], options: ClassicListOptions): string | null {
  const source = options.format ?? 'table';
  let format: string;
  if (source === 'table') {
    if (options.quiet) format = '{{.ID}}';
    else if (options.digests) format = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
    else format = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
  } else {
    format = source;
    if (format.startsWith('table') && options.digests && !format.includes('{{.Digest}}')) format += '\t{{.Digest}}';
  }
  // formatter.Format.IsJSON: "json" marshals every field of the row; not modelled.
  if (format.trim() === 'json') return null;
  const table = format.startsWith('table');
  // formatter.Context.preFormat: drop "table", trim spaces, turn the escapes \t and \n into characters.
  const body = (table ? format.slice('table'.length) : format).trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const parts = body.split(/(\{\{\s*\.[A-Za-z]+\s*\}\})/);
  const fields = parts.map((part) => /^\{\{\s*\.([A-Za-z]+)\s*\}\}$/.exec(part)?.[1]);
  if (parts.some((part, i) => fields[i] === undefined && (part.includes('{{') || part.includes('}}'))) || fields.some((f) => f !== undefined && !(f in IMAGE_FIELDS))) return null;
  const render = (cell: (field: string) => string) => parts.map((part, i) => (fields[i] === undefined ? part : cell(fields[i]!))).join('');
  const lines = classicRows(images).map((row) => render((field) => IMAGE_FIELDS[field].value(row, options)));
  if (!table) return lines.join('\n');
  const header = render((field) => IMAGE_FIELDS[field].header);
  return tabulate([header, ...lines].map((line) => line.split('\t')));
}

// --- The tree view: docker/cli cli/command/image/tree.go (the default since CLI 29.0) ---------

/**
 * The width the tree view is laid out for on a terminal: the simulated terminal has no size, so
 * the simulator takes the common 80 columns (tree.go reads it with GetTtySize; it only decides
 * where the right-aligned legend starts and when a long name gets a line of its own).
 */
export const TREE_TERMINAL_WIDTH = 80;

interface TreeRow {
  names: string[];
  id: string;
  diskUsage: string;
  contentSize: string;
  inUse: boolean;
}

/**
 * `docker images` as CLI 29 prints it by default (tree.go printImageTree, not expanded: one row
 * per tag, `<untagged>` rows last). On a terminal it starts with a legend right-aligned to the
 * terminal width and draws the "U" chip as " U " on a coloured background; the simulated
 * terminal shows no colours, so the chip is " U " here. To a file (not a terminal) there is no
 * legend and the chip is a plain "U" (internal/tui/output.go, str.go).
 */
export function formatImageTree(cache: BuildCache, images: StoredImage[], isTerminal: boolean): string {
  const rows: TreeRow[] = [];
  for (const image of images) {
    const details = {
      id: image.id,
      diskUsage: humanSize(diskUsage(image), 3),
      contentSize: humanSize(contentSize(image), 3),
      inUse: containersUsingImage(cache, image.id).length > 0,
    };
    const names = image.tags.map((t) => familiarName(t)).sort();
    if (names.length === 0) rows.push({ names: [], ...details });
    for (const name of names) rows.push({ names: [name], ...details });
  }
  // slices.SortFunc by the first name, empty names last.
  rows.sort((a, b) => {
    const na = a.names[0] ?? '';
    const nb = b.names[0] ?? '';
    if ((na === '') !== (nb === '')) return nb === '' ? -1 : 1;
    return na < nb ? -1 : na > nb ? 1 : 0;
  });

  const width = isTerminal ? TREE_TERMINAL_WIDTH : 0;
  const anyInUse = rows.some((r) => r.inUse);
  const chip = isTerminal ? TREE_TEXT.chipFancy : TREE_TEXT.chipPlain;
  const placeholder = isTerminal ? '   ' : ' ';
  const extraWidth = Math.max('Extra'.length, anyInUse ? chip.length : 0);
  type Column = { title: string; width: number; right: boolean; value?: (r: TreeRow) => string };
  let columns: Column[] = [
    { title: 'Image', width: 0, right: false },
    { title: 'ID', width: 12, right: false, value: (r) => shortId(r.id) },
    { title: 'Disk usage', width: 10, right: true, value: (r) => r.diskUsage },
    { title: 'Content size', width: 12, right: true, value: (r) => r.contentSize },
    { title: 'Extra', width: extraWidth, right: false, value: (r) => (anyInUse ? (r.inUse ? chip : placeholder) : '') },
  ];
  // adjustColumns
  let nameWidth = width;
  if (nameWidth > 0) {
    for (let i = 1; i < columns.length; i++) {
      const d = columns[i].width + 3;
      if (nameWidth - d < 12) {
        columns = columns.slice(0, i);
        break;
      }
      nameWidth -= d;
    }
  }
  const widest = Math.max('Image'.length, ...rows.map((r) => (r.names[0] ?? TREE_TEXT.untagged).length));
  if (width === 0 || nameWidth > widest) nameWidth = widest;
  columns[0].width = nameWidth;

  const cell = (c: Column, text: string) => {
    const fill = c.width - text.length;
    if (fill < 0) return c === columns[0] ? text : text.slice(0, c.width - 1) + '…';
    return c.right ? ' '.repeat(fill) + text : text + ' '.repeat(fill);
  };
  const lines: string[] = [];
  if (width > 0) lines.push(' '.repeat(Math.max(width - TREE_TEXT.legend.length, 0)) + TREE_TEXT.legend);
  lines.push(columns.map((c) => cell(c, c.title.toUpperCase())).join('   '));
  for (const row of rows) {
    let line = '';
    const name = row.names[0];
    if (name === undefined) line += cell(columns[0], TREE_TEXT.untagged);
    else if (name.length > columns[0].width) {
      // printNames: a name wider than the column gets its own line.
      lines.push(name);
      line += ' '.repeat(columns[0].width);
    } else line += cell(columns[0], name);
    for (const c of columns.slice(1)) line += '   ' + cell(c, c.value!(row));
    lines.push(line);
  }
  return lines.join('\n');
}

/** `docker history` table (newest first; only the top row has an id for BuildKit images). */
export function formatHistory(image: StoredImage, now: number, noTrunc = false): string {
  const rows = [['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT']];
  const entries = [...image.history].reverse();
  entries.forEach((entry, i) => {
    const createdBy = entry.createdBy.replace(/\t/g, ' ');
    rows.push([
      i === 0 ? (noTrunc ? image.id : shortId(image.id)) : '<missing>',
      ago(Math.max(0, now - entry.created)),
      noTrunc ? createdBy : ellipsis(createdBy, 45),
      humanSize(entry.size, 3),
      entry.comment,
    ]);
  });
  return tabulate(rows);
}

export type CliOutcome = { exitCode: number; output: string };

/**
 * `docker rmi` for one argument, as the containerd image store answers it (moby/moby
 * daemon/containerd/image_delete.go ImageDelete): a tag of an image with other tags is only
 * untagged; a tag whose image a container uses needs --force (then it is only untagged); removing
 * by id checks running containers (never forced) and stopped ones and other tags (forced).
 * The store deletes the image record; it prints no layer lines.
 */
export function removeImage(cache: BuildCache, text: string, force: boolean): CliOutcome {
  const image = findImage(cache, text);
  const parsed = parseNormalizedNamed(text);
  if (!image) return { exitCode: 1, output: daemonError(noSuchImage(parsed.ok ? parsed.ref.familiar : text)) };
  const byTag = parsed.ok && image.tags.includes(parsed.ref.full);
  const users = containersUsingImage(cache, image.id);
  const id12 = shortId(image.id);
  if (byTag) {
    if (image.tags.length > 1) {
      image.tags = image.tags.filter((t) => t !== parsed.ref.full);
      return { exitCode: 0, output: untagged(parsed.ref.familiar) };
    }
    if (users.length > 0) {
      if (!force) return { exitCode: 1, output: daemonError(imageDeleteConflict(parsed.ref.familiar, false, containerUsesImage(users[0].id.slice(0, 12), id12))) };
      image.tags = [];
      return { exitCode: 0, output: untagged(parsed.ref.familiar) };
    }
  } else {
    const running = users.find((c) => c.running);
    if (running) return { exitCode: 1, output: daemonError(imageDeleteConflict(id12, true, imageUsedByRunning(running.id.slice(0, 12)))) };
    if (!force && users.length > 0) return { exitCode: 1, output: daemonError(imageDeleteConflict(id12, false, imageUsedByStopped(users[0].id.slice(0, 12)))) };
    if (!force && image.tags.length > 1) return { exitCode: 1, output: daemonError(imageDeleteConflict(id12, false, IMAGE_IN_MULTIPLE_REPOSITORIES)) };
  }
  const lines = [...image.tags].sort().map((tag) => untagged(familiarName(tag)));
  lines.push(deleted(image.id));
  delete cache.images[image.id];
  return { exitCode: 0, output: lines.join('\n') };
}

/** `docker tag`: the client parses both references before it asks the daemon (moby/moby client/image_tag.go). */
export function tagImage(cache: BuildCache, source: string, target: string): CliOutcome {
  const sourceRef = parseNormalizedNamed(source);
  if (!sourceRef.ok && !/^(sha256:)?[0-9a-f]{4,64}$/.test(source)) return { exitCode: 1, output: invalidReference(source, sourceRef.error) };
  const parsed = parseNormalizedNamed(target);
  if (!parsed.ok) return { exitCode: 1, output: invalidReference(target, parsed.error) };
  const image = findImage(cache, source);
  if (!image) return { exitCode: 1, output: daemonError(noSuchImage(sourceRef.ok ? sourceRef.ref.familiar : source)) };
  storeImage(cache, { ...image, tags: [parsed.ref.full] });
  return { exitCode: 0, output: '' };
}
