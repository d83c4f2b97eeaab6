/**
 * Deterministic simulated durations and layer sizes. Real builds vary; the simulator picks a
 * value inside a plausible range from a hash of the instruction, so the same step always
 * costs the same and a cached rebuild is visibly faster.
 */
import { unitFraction } from './sha256';

interface Profile {
  pattern: RegExp;
  /** seconds [min, max] */
  time: [number, number];
  /** bytes [min, max] */
  size: [number, number];
}

const MB = 1_000_000;

// Ordered from the most specific; every matching profile adds to the step's cost.
const RUN_PROFILES: Profile[] = [
  { pattern: /\b(pip3?|python3? -m pip) install\b|\bpoetry install\b|\buv (pip install|sync)\b|\bpipenv install\b/, time: [6, 16], size: [8 * MB, 60 * MB] },
  { pattern: /\bapt(-get)? (-\S+ )*install\b/, time: [10, 25], size: [30 * MB, 150 * MB] },
  { pattern: /\bapt(-get)? (-\S+ )*update\b/, time: [3, 7], size: [18 * MB, 24 * MB] },
  { pattern: /\bapk (-\S+ )*add\b/, time: [1.5, 4], size: [2 * MB, 15 * MB] },
  { pattern: /\b(npm (ci|install|i)|yarn( install)?|pnpm (install|i))(\s|$|;|&)/, time: [8, 25], size: [20 * MB, 180 * MB] },
  { pattern: /\b(npm run build|yarn build|pnpm build|npx \S+ build)\b/, time: [5, 15], size: [1 * MB, 10 * MB] },
  { pattern: /\bgo mod download\b/, time: [3, 8], size: [20 * MB, 80 * MB] },
  { pattern: /\bgo build\b/, time: [6, 15], size: [5 * MB, 20 * MB] },
  { pattern: /\b(mvn|gradle|\.\/gradlew)\b/, time: [20, 45], size: [50 * MB, 150 * MB] },
  { pattern: /\bcargo (build|install)\b/, time: [30, 70], size: [100 * MB, 400 * MB] },
  { pattern: /\b(curl|wget)\b/, time: [1, 4], size: [1 * MB, 20 * MB] },
  { pattern: /\bmake\b/, time: [5, 15], size: [1 * MB, 20 * MB] },
];

function within([min, max]: [number, number], seed: string): number {
  return min + (max - min) * unitFraction(seed);
}

/** Tenths of a second, as BuildKit prints them. */
function tenths(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}

export function runCost(command: string): { duration: number; size: number } {
  let duration = 0;
  let size = 0;
  let matched = false;
  for (const profile of RUN_PROFILES) {
    if (!profile.pattern.test(command)) continue;
    matched = true;
    duration += within(profile.time, `${command}|t|${profile.pattern.source}`);
    size += Math.round(within(profile.size, `${command}|s|${profile.pattern.source}`));
  }
  if (!matched) {
    duration = within([0.2, 1.2], `${command}|t`);
    size = Math.round(within([0, 12_000], `${command}|s`));
  }
  return { duration: tenths(duration), size };
}

export function copyCost(bytes: number, fileCount: number): number {
  return tenths(0.1 + bytes / (50 * MB) + fileCount * 0.002);
}

export const WORKDIR_COST = 0.1;

/** Downloading and extracting layers of a base image. */
export function pullCost(bytes: number): number {
  return tenths(1 + bytes / (40 * MB));
}

/** `[internal] load metadata for ...`: a registry round trip. */
export function metadataCost(reference: string): number {
  return tenths(within([0.4, 1.4], `metadata|${reference}`));
}

export function exportCost(newBytes: number): number {
  return tenths(0.1 + newBytes / (200 * MB));
}
