/**
 * Resolving base images (FROM and COPY --from=<image>) the way the docker driver does:
 * the local image store first, then the (simulated) registry.
 */
import { parseNormalizedNamed, type NormalizedReference } from '@/lib/docker/reference';
import { lookupRegistry } from '../registry';
import { digestOf } from '../sha256';
import { imageByTag } from '../store';
import type { BuildCache, StoredImage } from '../types';

export interface ResolvedImage {
  ref: NormalizedReference;
  /** As written in the Dockerfile (after ARG expansion). */
  written: string;
  image: StoredImage;
  /** The digest BuildKit pins in the FROM label. */
  pinned: string;
  /** Not in the image store nor in the build cache yet: this build pulls it. */
  pull: boolean;
  /** The cache key a stage starts from. */
  key: string;
}

export type Resolution =
  | { ok: true; resolved: ResolvedImage }
  | { ok: false; error: string; vertexError: string };

export function fromKey(image: StoredImage): string {
  // BuildKit keys an image source by the chain ID of its layers, or by its config when it has none
  // (moby/buildkit source/containerimage/pull.go cacheKeyFromConfig), not by the image ID: a
  // rebuilt parent with the same layers keeps the cache of the stages built on it.
  return image.layers.length ? digestOf('from', ...image.layers.map((l) => l.digest)) : digestOf('from-config', JSON.stringify(image.config));
}

export function parseBase(written: string): { ok: true; ref: NormalizedReference } | { ok: false; error: string } {
  const parsed = parseNormalizedNamed(written);
  if (!parsed.ok) return { ok: false, error: `failed to parse stage name "${written}": ${parsed.error}` };
  return parsed;
}

export function resolveImage(cache: BuildCache, written: string, ref: NormalizedReference): Resolution {
  const local = imageByTag(cache, ref.full);
  if (local) {
    return { ok: true, resolved: { ref, written, image: local, pinned: local.repoDigest ?? local.id, pull: false, key: fromKey(local) } };
  }
  const remote = lookupRegistry(ref.repository, ref.tag);
  if (!remote) {
    return {
      ok: false,
      error: `failed to solve: ${written}: failed to resolve source metadata for ${ref.full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      vertexError: 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    };
  }
  if ('missingTag' in remote) {
    return {
      ok: false,
      error: `failed to solve: ${written}: failed to resolve source metadata for ${ref.full}: ${ref.full}: not found`,
      vertexError: `${ref.full}: not found`,
    };
  }
  const key = fromKey(remote.image);
  return {
    ok: true,
    resolved: { ref, written, image: { ...remote.image, tags: [] }, pinned: remote.repoDigest, pull: !(key in cache.entries), key },
  };
}
