/** `docker pull`, `docker images`, `docker history`, `docker rmi`, `docker tag` against the simulated store. */
import { ago, ellipsis, humanSize, tabulate } from '../format';
import { parseNormalizedNamed, type NormalizedReference } from '../reference';
import { lookupRegistry } from '../registry';
import { findImage, listImages, storeImage } from '../store';
import type { BuildCache, StoredImage } from '../types';
import { pullCost } from '../costs';
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
