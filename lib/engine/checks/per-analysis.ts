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

/**
 * The values of one analysis, kept on its context under a symbol: they die with it, and a
 * lookup is a property read plus a Map lookup by identity (a WeakMap per value cost two
 * WeakMap operations on each of the many calls the rules make per analysis).
 */
const VALUES = Symbol('layerwise.perAnalysis');
type WithValues = CheckContext & { [VALUES]?: Map<unknown, unknown> };

/** Wraps `compute` so it runs at most once per analysis (per CheckContext object). */
export function perAnalysis<T>(compute: (ctx: CheckContext) => T): (ctx: CheckContext) => T {
  return (ctx) => {
    const c = ctx as WithValues;
    let values = c[VALUES];
    if (values === undefined) {
      values = new Map();
      c[VALUES] = values;
    } else if (values.has(compute)) {
      return values.get(compute) as T;
    }
    const value = compute(ctx);
    values.set(compute, value);
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
