/** A base image pulled during a build: the FROM vertex's download lines and the time it takes. */
import { humanSize } from '../format';
import type { BuildCache } from '../types';
import type { Vertex } from './progress';
import type { ResolvedImage } from './resolve';
import { tenths } from './util';

/** Registries send gzip layers: roughly 38% of the unpacked size for these images. */
export function compressedSize(size: number): number {
  return Math.round(size * 0.38);
}

export function downloadSeconds(size: number): number {
  return Math.max(0.1, tenths(compressedSize(size) / 40_000_000));
}

export function extractSeconds(size: number): number {
  return Math.max(0.1, tenths(size / 150_000_000));
}

/** A pull: resolve, then download and extract every layer. */
export function pullSeconds(base: ResolvedImage): number {
  const layers = base.image.layers;
  return tenths(0.5 + layers.reduce((sum, l) => sum + downloadSeconds(l.size) + extractSeconds(l.size), 0));
}

/**
 * Fills the FROM vertex: CACHED when the image is already local or in the build cache,
 * else resolve + one download and one extract line per layer. Records the pull in the cache.
 */
export function pullBase(vertex: Vertex, base: ResolvedImage, state: BuildCache, now: number): number {
  if (!base.pull) {
    vertex.cached = true;
    return 0;
  }
  vertex.statuses.push({ text: `resolve ${base.ref.full}@${base.pinned}` });
  for (const layer of base.image.layers) {
    const compressed = compressedSize(layer.size);
    vertex.statuses.push({ text: `${layer.digest} ${humanSize(compressed)} / ${humanSize(compressed)}`, time: downloadSeconds(layer.size) });
  }
  for (const layer of base.image.layers) vertex.statuses.push({ text: `extracting ${layer.digest}`, time: extractSeconds(layer.size) });
  vertex.duration = pullSeconds(base);
  state.entries[base.key] = {
    key: base.key,
    parent: '',
    keyword: 'FROM',
    inputs: { op: base.ref.full, line: 0 },
    layerSize: 0,
    executeDuration: vertex.duration,
    created: now,
    lastUsed: now,
  };
  return vertex.duration;
}
