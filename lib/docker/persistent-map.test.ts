import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppendList, PersistentMap } from './persistent-map';

describe('PersistentMap', () => {
  it('behaves like a Map kept in insertion order, and every older version stays as it was', () => {
    // Short keys from a small alphabet: many repeats and replacements; 300 sets fill several trie levels.
    const op = fc.tuple(fc.string({ unit: fc.constantFrom('A', 'b', '_', '1', 'é'), maxLength: 3 }), fc.integer());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const versions: PersistentMap<number>[] = [PersistentMap.empty()];
        const models: Map<string, number>[] = [new Map()];
        for (const [key, value] of ops) {
          versions.push(versions[versions.length - 1].set(key, value));
          models.push(new Map(models[models.length - 1]).set(key, value));
        }
        versions.forEach((version, i) => {
          expect(version.entries()).toEqual([...models[i].entries()]);
          expect(version.size).toBe(models[i].size);
          for (const [key] of ops) {
            expect(version.get(key)).toBe(models[i].get(key));
            expect(version.has(key)).toBe(models[i].has(key));
          }
        });
      }),
    );
  });

  it('keeps every version right when sets branch from older versions (layers and flattening)', () => {
    // Each op sets a key on any earlier version, as a second stage FROM the same parent does.
    const op = fc.tuple(fc.nat(), fc.constantFrom('A', 'B', 'C', 'PATH', 'x'), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const versions: PersistentMap<number>[] = [PersistentMap.empty()];
        const models: Map<string, number>[] = [new Map()];
        for (const [pick, key, value] of ops) {
          const from = pick % versions.length;
          versions.push(versions[from].set(key, value));
          models.push(new Map(models[from]).set(key, value));
        }
        versions.forEach((version, i) => {
          expect(version.entries()).toEqual([...models[i].entries()]);
          expect(version.size).toBe(models[i].size);
          for (const key of ['A', 'B', 'C', 'PATH', 'x', 'y']) {
            expect(version.get(key)).toBe(models[i].get(key));
            expect(version.has(key)).toBe(models[i].has(key));
          }
        });
      }),
    );
  });

  it('handles thousands of keys (several trie levels) and replaces a key in place', () => {
    let map = PersistentMap.empty<string>();
    for (let i = 0; i < 5000; i++) map = map.set(`V${i}`, 'x');
    const replaced = map.set('V10', 'y');
    expect(replaced.get('V10')).toBe('y');
    expect(map.get('V10')).toBe('x');
    expect(replaced.keys().slice(9, 12)).toEqual(['V9', 'V10', 'V11']);
    expect(replaced.size).toBe(5000);
  });

  it('keeps keys apart and in first-insertion order when values are replaced', () => {
    let map = PersistentMap.empty<number>().set('costarring', 1).set('liquid', 2).set('declinate', 3);
    map = map.set('costarring', 4).set('macallums', 5);
    expect(map.entries()).toEqual([['costarring', 4], ['liquid', 2], ['declinate', 3], ['macallums', 5]]);
    expect(map.get('liquid')).toBe(2);
    expect(map.has('altarage')).toBe(false);
  });

  it('setAll equals the same sets one after another, from any earlier version, and changes nothing when they would not', () => {
    const entry = fc.record({ key: fc.constantFrom('A', 'B', 'C', 'PATH', 'x'), value: fc.integer({ min: 0, max: 2 }) });
    const op = fc.tuple(fc.nat(), fc.array(entry, { maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const batched: PersistentMap<number>[] = [PersistentMap.empty()];
        const oneByOne: PersistentMap<number>[] = [PersistentMap.empty()];
        for (const [pick, entries] of ops) {
          const from = pick % batched.length;
          const next = batched[from].setAll(entries);
          const sequential = entries.reduce((map, e) => map.set(e.key, e.value), oneByOne[from]);
          batched.push(next);
          oneByOne.push(sequential);
          // Same version exactly when the sets one by one would have changed nothing.
          expect(next === batched[from]).toBe(sequential === oneByOne[from]);
        }
        batched.forEach((version, i) => {
          expect(version.entries()).toEqual(oneByOne[i].entries());
          expect(version.size).toBe(oneByOne[i].size);
          for (const key of ['A', 'B', 'C', 'PATH', 'x', 'y']) expect(version.get(key)).toBe(oneByOne[i].get(key));
        });
      }),
    );
  });

  it('returns the same version, and the same record, when a set changes nothing', () => {
    const map = PersistentMap.fromRecord({ PATH: '/bin', HOME: '/root' });
    expect(map.set('PATH', '/bin')).toBe(map);
    expect(map.toRecord()).toBe(map.toRecord());
    expect(map.toRecord()).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});

describe('AppendList', () => {
  it('lists its items in order and leaves older versions unchanged', () => {
    const one = AppendList.from(['a']);
    const two = one.append('b');
    expect(two.toArray()).toEqual(['a', 'b']);
    expect(one.toArray()).toEqual(['a']);
    expect(AppendList.empty<string>().toArray()).toEqual([]);
  });
});
