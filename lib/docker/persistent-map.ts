/**
 * Immutable maps and lists that share structure between versions, so that each step of a
 * Dockerfile can keep "the environment after this step" without copying the environment:
 * `set` returns a new version in O(log32 n) (a hash array mapped trie, Bagwell's "Ideal Hash
 * Trees", https://infoscience.epfl.ch/record/64398, as in Clojure's PersistentHashMap), and every
 * older version stays valid and unchanged.
 *
 * Keys keep the order of their first insertion, like Docker's `Env` list, where BuildKit's
 * addEnv replaces a variable in place and appends a new one
 * (moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go, addEnv).
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** One key, its value, and when the key was first inserted (for insertion order). */
interface Leaf<V> {
  readonly kind: 0;
  readonly hash: number;
  readonly key: string;
  readonly value: V;
  readonly order: number;
}

/** Keys whose 32-bit hashes are equal. */
interface Collision<V> {
  readonly kind: 1;
  readonly hash: number;
  readonly leaves: readonly Leaf<V>[];
}

/** A trie level: `bitmap` says which of the 32 slots are present, `slots` holds them in order. */
interface Branch<V> {
  readonly kind: 2;
  readonly bitmap: number;
  readonly slots: readonly TrieNode<V>[];
}

type TrieNode<V> = Leaf<V> | Collision<V> | Branch<V>;

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function slotIndex(bitmap: number, bit: number): number {
  return popcount(bitmap & (bit - 1));
}

/** Orders first insertions across all maps, so a key added to a derived map sorts after its parent's keys. */
let insertions = 0;

function find<V>(node: TrieNode<V> | null, hash: number, key: string): Leaf<V> | undefined {
  let shift = 0;
  while (node) {
    if (node.kind === 0) return node.key === key ? node : undefined;
    if (node.kind === 1) return node.hash === hash ? node.leaves.find((l) => l.key === key) : undefined;
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) return undefined;
    node = node.slots[slotIndex(node.bitmap, bit)];
    shift += BITS;
  }
  return undefined;
}

/** A branch holding two nodes whose hashes differ at or after `shift`. */
function pair<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number): TrieNode<V> {
  if (a.hash === b.hash) {
    const leaves = a.kind === 0 ? [a, b] : [...a.leaves, b];
    return { kind: 1, hash: b.hash, leaves };
  }
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return { kind: 2, bitmap: 1 << ia, slots: [pair(a, b, shift + BITS)] };
  return { kind: 2, bitmap: (1 << ia) | (1 << ib), slots: ia < ib ? [a, b] : [b, a] };
}

/** Inserts `leaf`, replacing the leaf of the same key (the caller keeps that leaf's order). */
function insert<V>(node: TrieNode<V> | null, leaf: Leaf<V>, shift: number): TrieNode<V> {
  if (node === null) return leaf;
  if (node.kind === 0) {
    if (node.key === leaf.key) return leaf;
    return pair(node, leaf, shift);
  }
  if (node.kind === 1) {
    if (node.hash !== leaf.hash) {
      const bit = 1 << ((node.hash >>> shift) & MASK);
      return insert({ kind: 2, bitmap: bit, slots: [node] }, leaf, shift);
    }
    const at = node.leaves.findIndex((l) => l.key === leaf.key);
    const leaves = [...node.leaves];
    if (at >= 0) leaves[at] = leaf;
    else leaves.push(leaf);
    return { kind: 1, hash: node.hash, leaves };
  }
  const bit = 1 << ((leaf.hash >>> shift) & MASK);
  const index = slotIndex(node.bitmap, bit);
  const old = node.slots;
  // Copies of exactly the new length, slot by slot: a spread then splice allocates twice and
  // leaves spare capacity, and every ENV or LABEL pair copies one array per trie level.
  if ((node.bitmap & bit) === 0) {
    const slots = new Array<TrieNode<V>>(old.length + 1);
    for (let i = 0; i < index; i++) slots[i] = old[i];
    slots[index] = leaf;
    for (let i = index; i < old.length; i++) slots[i + 1] = old[i];
    return { kind: 2, bitmap: node.bitmap | bit, slots };
  }
  const slots = new Array<TrieNode<V>>(old.length);
  for (let i = 0; i < old.length; i++) slots[i] = old[i];
  slots[index] = insert(old[index], leaf, shift + BITS);
  return { kind: 2, bitmap: node.bitmap, slots };
}

function collect<V>(node: TrieNode<V> | null, out: Leaf<V>[]): void {
  if (node === null) return;
  if (node.kind === 0) out.push(node);
  else if (node.kind === 1) out.push(...node.leaves);
  else for (const slot of node.slots) collect(slot, out);
}

/** An immutable string-keyed map; every `set` returns a new version and leaves this one as it is. */
export class PersistentMap<V> {
  private static readonly EMPTY = new PersistentMap<never>(null, 0);
  private sorted: Leaf<V>[] | null = null;
  private keyList: string[] | null = null;
  private record: Record<string, V> | null = null;

  private constructor(
    private readonly root: TrieNode<V> | null,
    readonly size: number,
  ) {}

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY as PersistentMap<V>;
  }

  /** A map of the record's own entries, in the record's key order. */
  static fromRecord<V>(record: Readonly<Record<string, V>>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const key of Object.keys(record)) map = map.set(key, record[key]);
    return map;
  }

  get(key: string): V | undefined {
    return find(this.root, hashOf(key), key)?.value;
  }

  has(key: string): boolean {
    return find(this.root, hashOf(key), key) !== undefined;
  }

  /** This map with `key` set to `value`; a key already present keeps its place in the order. */
  set(key: string, value: V): PersistentMap<V> {
    const hash = hashOf(key);
    const existing = find(this.root, hash, key);
    if (existing && Object.is(existing.value, value)) return this;
    const leaf: Leaf<V> = { kind: 0, hash, key, value, order: existing ? existing.order : insertions++ };
    return new PersistentMap(insert(this.root, leaf, 0), existing ? this.size : this.size + 1);
  }

  private leaves(): Leaf<V>[] {
    if (this.sorted === null) {
      const out: Leaf<V>[] = [];
      collect(this.root, out);
      this.sorted = out.sort((a, b) => a.order - b.order);
    }
    return this.sorted;
  }

  /** Keys in insertion order, built once per version and shared: treat the array as read-only. */
  keys(): string[] {
    this.keyList ??= this.leaves().map((l) => l.key);
    return this.keyList;
  }

  /** Entries in insertion order. */
  entries(): Array<[string, V]> {
    return this.leaves().map((l) => [l.key, l.value]);
  }

  /**
   * The map as a plain object, built once per version and shared by every caller:
   * treat it as read-only.
   */
  toRecord(): Record<string, V> {
    if (this.record === null) {
      const out: Record<string, V> = {};
      for (const leaf of this.leaves()) out[leaf.key] = leaf.value;
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
