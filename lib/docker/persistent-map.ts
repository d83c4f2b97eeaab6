/**
 * Immutable maps and lists that share structure between versions, so that each step of a
 * Dockerfile can keep "the environment after this step" without copying the environment.
 *
 * Keys keep the order of their first insertion, like Docker's `Env` list, where BuildKit's
 * addEnv replaces a variable in place and appends a new one
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go, addEnv).
 *
 * How (issue 12): the engine builds versions one after another, each from the latest one
 * (step after step of a stage), and only sometimes from an older one (a second stage FROM
 * the same parent). So the versions of a lineage share one mutable log: per key, the
 * values it took and the version that set each (a "fat node" persistent structure,
 * Driscoll et al., "Making data structures persistent", 1989). A version is a small handle
 * (log, version number): `set` on the newest version appends to the log in O(1) and the
 * handles of older versions keep seeing what they saw, because a lookup ignores entries
 * newer than its version. `set` on an older version starts a new log layered over it
 * (lookups fall through to the older version), so every version stays valid and
 * unchanged. Lookups on the newest version cost one Map lookup; on an older one, a binary
 * search over that key's own history. The hash trie this replaces (O(log32 n) per set)
 * copied a path of 32-slot arrays per set, and the garbage collector's time for those
 * copies dominated ENV- and LABEL-heavy Dockerfiles.
 */

/**
 * One lineage of versions. `history` holds, per key, [version, value, version, value, ...]
 * in increasing versions; `order` lists keys in the order this log first set them.
 */
class Log<V> {
  readonly history = new Map<string, unknown[]>();
  readonly order: string[] = [];
  /** The newest version in this log; only a handle of this version may append. */
  head = 0;

  constructor(
    /** The version this log continues (its entries are visible unless this log overrides them). */
    readonly base: PersistentMap<V> | null,
    /** How many logs lookups may fall through (bounded, see MAX_DEPTH). */
    readonly depth: number,
    /** Never appended to: a constant shared by every analysis (see PersistentMap.seal). */
    public sealed = false,
  ) {}
}

/** Layers of logs a lookup may cross before `set` flattens a new version into a fresh log. */
const MAX_DEPTH = 8;

/** Index of the last entry of `entries` with a version <= `version`, or -1. */
function entryAt(entries: unknown[], version: number): number {
  const last = entries.length - 2;
  if ((entries[last] as number) <= version) return last; // the usual case: the newest entry
  if ((entries[0] as number) > version) return -1;
  let lo = 0;
  let hi = last >> 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((entries[2 * mid] as number) <= version) lo = mid;
    else hi = mid - 1;
  }
  return 2 * lo;
}

/** Records `key` = `value` at `version` in `log` (a key new to the log joins its order). */
function appendEntry<V>(log: Log<V>, version: number, key: string, value: V): void {
  const history = log.history.get(key);
  if (history === undefined) {
    log.history.set(key, [version, value]);
    log.order.push(key);
  } else {
    history.push(version, value);
  }
}

/** Undoes the newest appendEntry of `key` (setAll's entries, when they changed nothing). */
function removeLastEntry<V>(log: Log<V>, key: string): void {
  const history = log.history.get(key) as unknown[];
  history.length -= 2;
  if (history.length > 0) return;
  log.history.delete(key);
  // A key new to the log was pushed last among the keys still in the batch being undone.
  log.order.pop();
}

/** The answer of a lookup that found nothing (values may themselves be undefined). */
const MISSING: unique symbol = Symbol('missing');

/** An immutable string-keyed map; every `set` returns a new version and leaves this one as it is. */
export class PersistentMap<V> {
  private static readonly EMPTY = new PersistentMap<never>(new Log<never>(null, 0, true), 0, 0);
  private sorted: Array<[string, V]> | null = null;
  private keyList: string[] | null = null;
  private record: Record<string, V> | null = null;

  private constructor(
    private readonly log: Log<V>,
    private readonly version: number,
    readonly size: number,
  ) {}

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY as PersistentMap<V>;
  }

  /**
   * Marks this version's log as never appended to, for a map kept in a module constant:
   * otherwise the first analysis to extend it would append its own entries to the
   * constant's log (and keep them alive). Later sets on it start logs of their own.
   */
  seal(): this {
    this.log.sealed = true;
    return this;
  }

  /** A map of the record's own entries, in the record's key order. */
  static fromRecord<V>(record: Readonly<Record<string, V>>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const key of Object.keys(record)) map = map.set(key, record[key]);
    return map;
  }

  private lookup(key: string): V | typeof MISSING {
    // A loop over the layers rather than recursion: a deep layering costs no stack.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let map: PersistentMap<V> | null = this;
    while (map !== null) {
      const entries = map.log.history.get(key);
      if (entries !== undefined) {
        const at = entryAt(entries, map.version);
        if (at >= 0) return entries[at + 1] as V;
      }
      map = map.log.base;
    }
    return MISSING;
  }

  get(key: string): V | undefined {
    const value = this.lookup(key);
    return value === MISSING ? undefined : value;
  }

  has(key: string): boolean {
    return this.lookup(key) !== MISSING;
  }

  /** This map with `key` set to `value`; a key already present keeps its place in the order. */
  set(key: string, value: V): PersistentMap<V> {
    const existing = this.lookup(key);
    if (existing !== MISSING && Object.is(existing, value)) return this;
    const log = this.logForNewVersion();
    if (log === null) return PersistentMap.flat(this.entries()).set(key, value);
    const version = ++log.head;
    appendEntry(log, version, key, value);
    return new PersistentMap(log, version, existing === MISSING ? this.size + 1 : this.size);
  }

  /**
   * This map with every entry set in order, as one new version: the same map as
   * `set(k1, v1).set(k2, v2)...` (a later entry of a key wins, a new key takes its place at
   * its first entry, and when no set changes anything it is this map), without the versions in
   * between. An ENV or LABEL with many pairs makes one version, not one per pair.
   */
  setAll(entries: ReadonlyArray<{ readonly key: string; readonly value: V }>): PersistentMap<V> {
    if (entries.length <= 1) return entries.length === 0 ? this : this.set(entries[0].key, entries[0].value);
    const log = this.logForNewVersion();
    if (log === null) return PersistentMap.flat(this.entries()).setAll(entries);
    // The entries go into the log at the next version as they are read, so the log itself says
    // which keys the batch already set (their newest entry has that version) and the value the
    // sets in turn would see, without a Map per call (a long ENV line makes one). Nothing is
    // visible until the version is made; if nothing changed, the entries are taken out again.
    const version = log.head + 1;
    let size = this.size;
    let changes = false;
    for (const { key, value } of entries) {
      const history = log.history.get(key);
      let current: V | typeof MISSING;
      if (history !== undefined && history[history.length - 2] === version) current = history[history.length - 1] as V;
      else {
        current = this.lookup(key);
        if (current === MISSING) size++;
      }
      if (current === MISSING || !Object.is(current, value)) changes = true;
      appendEntry(log, version, key, value);
    }
    if (!changes) {
      for (let i = entries.length - 1; i >= 0; i--) removeLastEntry(log, entries[i].key);
      return this;
    }
    log.head = version;
    return new PersistentMap(log, version, size);
  }

  /**
   * The log a new version of this map goes into: this one's when this is its newest version;
   * for an older version (or a shared constant) a new log over this version; null when lookups
   * would then cross too many layers (the caller sets on a flat copy instead).
   */
  private logForNewVersion(): Log<V> | null {
    const log = this.log;
    if (!log.sealed && log.head === this.version) return log;
    if (this.size === 0) return new Log<V>(null, 0);
    if (log.depth + 1 < MAX_DEPTH || log.base === null) return new Log<V>(this, log.depth + 1);
    return null;
  }

  /** A version in a log of its own holding `entries` (no layers below). */
  private static flat<V>(entries: Array<[string, V]>): PersistentMap<V> {
    const log = new Log<V>(null, 0);
    for (const [key, value] of entries) {
      log.history.set(key, [1, value]);
      log.order.push(key);
    }
    log.head = 1;
    return new PersistentMap(log, 1, entries.length);
  }

  /** Entries in insertion order, built once per version: treat the array as read-only. */
  private leaves(): Array<[string, V]> {
    if (this.sorted === null) {
      const { log, version } = this;
      // Keys of the layer below keep their places; keys this log added follow in its order.
      const merged = new Map<string, V>(log.base ? log.base.leaves() : undefined);
      for (const key of log.order) {
        const entries = log.history.get(key) as unknown[];
        const at = entryAt(entries, version);
        if (at >= 0) merged.set(key, entries[at + 1] as V);
      }
      this.sorted = [...merged];
    }
    return this.sorted;
  }

  /** Keys in insertion order, built once per version and shared: treat the array as read-only. */
  keys(): string[] {
    this.keyList ??= this.leaves().map((l) => l[0]);
    return this.keyList;
  }

  /** Entries in insertion order. */
  entries(): Array<[string, V]> {
    return this.leaves().map(([k, v]) => [k, v]);
  }

  /**
   * The map as a plain object, built once per version and shared by every caller:
   * treat it as read-only.
   */
  toRecord(): Record<string, V> {
    if (this.record === null) {
      const out: Record<string, V> = {};
      for (const [key, value] of this.leaves()) out[key] = value;
      this.record = out;
    }
    return this.record;
  }
}

/** An immutable list that only grows at the end (ONBUILD triggers); `toArray` is built once per version. */
export class AppendList<T> {
  private static readonly EMPTY = new AppendList<never>(null, null, 0);
  private array: T[] | null = null;

  private constructor(
    private readonly previous: AppendList<T> | null,
    private readonly last: T | null,
    readonly length: number,
  ) {}

  static empty<T>(): AppendList<T> {
    return AppendList.EMPTY as AppendList<T>;
  }

  static from<T>(items: readonly T[]): AppendList<T> {
    let list = AppendList.empty<T>();
    for (const item of items) list = list.append(item);
    return list;
  }

  append(item: T): AppendList<T> {
    return new AppendList(this, item, this.length + 1);
  }

  /** The items in order, shared by every caller: treat it as read-only. */
  toArray(): T[] {
    if (this.array === null) {
      const out = new Array<T>(this.length);
      if (this.length > 0) out[this.length - 1] = this.last as T;
      let node = this.previous;
      for (let i = this.length - 2; i >= 0 && node; i--, node = node.previous) out[i] = node.last as T;
      this.array = out;
    }
    return this.array;
  }
}
