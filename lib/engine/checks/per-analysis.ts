/**
 * Work the rules share. analyze() builds one CheckContext per analysis and hands the
 * same object to every check, so a value derived from it (the logical lines, where
 * BuildKit's parse stops, the stage simulation, the instruction stream...) can be
 * computed by the first rule that needs it and reused by all the others.
 *
 * Values are keyed by the context object and computed lazily: an analysis whose rules
 * never ask for a value never pays for it, and nothing outlives the analysis.
 */
import type { CheckContext } from '../types';

/** Wraps `compute` so it runs at most once per analysis (per CheckContext object). */
export function perAnalysis<T>(compute: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  const cache = new WeakMap<CheckContext, T>();
  return (ctx) => {
    if (cache.has(ctx)) return cache.get(ctx) as T;
    const value = compute(ctx);
    cache.set(ctx, value);
    return value;
  };
}

/** Like perAnalysis, for a value derived from one object of the analysis (an instruction, a line). */
export function perObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
