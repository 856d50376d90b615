import fc from 'fast-check';

import { BUCKETS, bucketOf, bucketedEntries, bucketedGet, bucketedSet } from './bucketed-map';

describe('bucketed map', () => {
  it('puts a key in the same bucket everywhere, one of BUCKETS', () => {
    expect(bucketOf('u:anna')).toBe(bucketOf('u:anna'));
    fc.assert(fc.property(fc.string(), (key) => Number(bucketOf(key)) >= 0 && Number(bucketOf(key)) < BUCKETS));
  });

  it('behaves as a map whose 0 means absent, for any sequence of changes, and copies only what changed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.constantFrom('u:a', 'u:b', 'u:__proto__', 'u:constructor', 'u:x1', 'u:x2'), fc.integer({ min: 0, max: 3 })), { maxLength: 6 })), (batches) => {
        let map = {};
        const model = new Map<string, number>();
        for (const changes of batches) {
          const before = map;
          map = bucketedSet(map, changes);
          const modelBefore = new Map(model);
          for (const [k, v] of changes) {
            if (v === 0) model.delete(k);
            else model.set(k, v);
          }
          // Changes that set every key to what it already was give back the same map.
          if (changes.every(([k, v]) => (modelBefore.get(k) ?? 0) === v)) expect(map).toBe(before);
          for (const key of ['u:a', 'u:b', 'u:__proto__', 'u:constructor', 'u:x1', 'u:x2']) expect(bucketedGet(map, key)).toBe(model.get(key) ?? 0);
          expect(new Map(bucketedEntries(map))).toEqual(model);
          expect(JSON.parse(JSON.stringify(map))).toEqual(map);
        }
      }),
    );
  });

  it('keeps untouched buckets as the same objects', () => {
    const keys = Array.from({ length: 64 }, (_, i) => `u:user${i}`);
    const full = bucketedSet({}, keys.map((k) => [k, 10] as const));
    const next = bucketedSet(full, [[keys[0], 20]]);
    const touched = bucketOf(keys[0]);
    for (const bucket of Object.keys(full)) {
      if (bucket === touched) expect(next[bucket]).not.toBe(full[bucket]);
      else expect(next[bucket]).toBe(full[bucket]);
    }
  });
});
