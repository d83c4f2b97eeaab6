/** The simulated local image store (what `docker images` lists) inside a BuildCache. */
import { parseNormalizedNamed } from '@/lib/docker/reference';
import { SIM_EPOCH } from './registry';
import type { BuildCache, StoredImage } from './types';

export function emptyCache(): BuildCache {
  return { entries: {}, images: {}, clock: SIM_EPOCH, containers: {}, containerSeq: 0 };
}

/** A deep-enough copy so callers can keep an old cache while a build returns a new one. */
export function cloneCache(cache: BuildCache): BuildCache {
  const images: Record<string, StoredImage> = {};
  for (const [id, image] of Object.entries(cache.images)) images[id] = { ...image, tags: [...image.tags] };
  const out: BuildCache = { entries: { ...cache.entries }, images, clock: cache.clock };
  // Containers are daemon state the build never changes: they travel along unchanged.
  if (cache.containers !== undefined) out.containers = cache.containers;
  if (cache.containerSeq !== undefined) out.containerSeq = cache.containerSeq;
  if (cache.builds !== undefined) out.builds = cache.builds;
  return out;
}

export function imageByTag(cache: BuildCache, fullRef: string): StoredImage | undefined {
  return Object.values(cache.images).find((image) => image.tags.includes(fullRef));
}

/**
 * Finds an image the way the CLI does: by name[:tag] (normalised) or by an id prefix
 * ("7768b73f420a", "sha256:7768...").
 */
export function findImage(cache: BuildCache, text: string): StoredImage | undefined {
  const hex = text.replace(/^sha256:/, '');
  if (/^[0-9a-f]{4,64}$/.test(hex)) {
    const byId = Object.values(cache.images).filter((image) => image.id.slice(7).startsWith(hex));
    if (byId.length === 1) return byId[0];
  }
  const parsed = parseNormalizedNamed(text);
  if (!parsed.ok) return undefined;
  return imageByTag(cache, parsed.ref.full);
}

/** Stores `image` and moves each of its tags to it (older images lose them, as with docker). */
export function storeImage(cache: BuildCache, image: StoredImage): void {
  for (const other of Object.values(cache.images)) {
    if (other.id !== image.id) other.tags = other.tags.filter((t) => !image.tags.includes(t));
  }
  const existing = cache.images[image.id];
  if (existing) {
    existing.tags = [...new Set([...existing.tags, ...image.tags])];
  } else cache.images[image.id] = { ...image, tags: [...image.tags] };
}

/** All images, newest first (the order of `docker images`). */
export function listImages(cache: BuildCache): StoredImage[] {
  return Object.values(cache.images).sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
}
