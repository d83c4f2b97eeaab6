/** `docker pull`, `docker images`, `docker history`, `docker rmi`, `docker tag` against the simulated store. */
import { ago, ellipsis, humanSize, tabulate } from '../format';
import { parseNormalizedNamed, type NormalizedReference } from '../reference';
import { lookupRegistry } from '../registry';
import { findImage, listImages, storeImage } from '../store';
import type { BuildCache, StoredImage } from '../types';
import { pullCost } from '../costs';

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
    return {
      ok: false,
      error: `Error response from daemon: pull access denied for ${familiarRepo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    };
  }
  if ('missingTag' in found) {
    return { ok: false, error: `Error response from daemon: manifest for ${ref.familiar} not found: manifest unknown: manifest unknown` };
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

/** `docker images` table. */
export function formatImages(cache: BuildCache, now: number): string {
  const rows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']];
  for (const image of listImages(cache)) {
    const size = humanSize(image.size, 3);
    const created = ago(Math.max(0, now - image.created));
    if (image.tags.length === 0) rows.push(['<none>', '<none>', shortId(image.id), created, size]);
    for (const tag of [...image.tags].sort()) {
      const { repository, tag: t } = familiarOf(tag);
      rows.push([repository, t, shortId(image.id), created, size]);
    }
  }
  return tabulate(rows);
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

/** `docker rmi` for one argument. */
export function removeImage(cache: BuildCache, text: string, force: boolean): CliOutcome {
  const image = findImage(cache, text);
  if (!image) {
    const parsed = parseNormalizedNamed(text);
    return { exitCode: 1, output: `Error response from daemon: No such image: ${parsed.ok ? parsed.ref.familiar : text}` };
  }
  const parsed = parseNormalizedNamed(text);
  const byTag = parsed.ok && image.tags.includes(parsed.ref.full);
  const lines: string[] = [];
  if (byTag && image.tags.length > 1) {
    image.tags = image.tags.filter((t) => t !== parsed.ref.full);
    return { exitCode: 0, output: `Untagged: ${parsed.ref.familiar}` };
  }
  if (!byTag && image.tags.length > 1 && !force) {
    return {
      exitCode: 1,
      output: `Error response from daemon: conflict: unable to delete ${shortId(image.id)} (must be forced) - image is referenced in multiple repositories`,
    };
  }
  for (const tag of image.tags) lines.push(`Untagged: ${familiarName(tag)}`);
  if (image.repoDigest) lines.push(`Untagged: ${familiarOf(image.tags[0] ?? '').repository}@${image.repoDigest}`);
  // Layers still used by another image stay on disk.
  const others = Object.values(cache.images).filter((other) => other.id !== image.id);
  const shared = new Set(others.flatMap((other) => other.layers.map((l) => l.digest)));
  lines.push(`Deleted: ${image.id}`);
  for (const layer of [...image.layers].reverse()) if (!shared.has(layer.digest)) lines.push(`Deleted: ${layer.digest}`);
  delete cache.images[image.id];
  return { exitCode: 0, output: lines.join('\n') };
}

export function tagImage(cache: BuildCache, source: string, target: string): CliOutcome {
  const image = findImage(cache, source);
  if (!image) {
    const parsed = parseNormalizedNamed(source);
    return { exitCode: 1, output: `Error response from daemon: No such image: ${parsed.ok ? parsed.ref.familiar : source}` };
  }
  const parsed = parseNormalizedNamed(target);
  if (!parsed.ok) return { exitCode: 1, output: `Error parsing reference: "${target}" is not a valid repository/tag: ${parsed.error}` };
  storeImage(cache, { ...image, tags: [parsed.ref.full] });
  return { exitCode: 0, output: '' };
}
