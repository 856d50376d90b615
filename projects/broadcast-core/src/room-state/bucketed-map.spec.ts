import fc from 'fast-check';

import { BUCKETS, bucketEntries, bucketGet, bucketOf, bucketSet, type BucketedMap } from './bucketed-map';

describe('bucketed map', () => {
  it('puts a key in the same bucket everywhere, one of BUCKETS', () => {
    expect(bucketOf('u:anna')).toBe(bucketOf('u:anna'));
    fc.assert(fc.property(fc.string(), (key) => Number(bucketOf(key)) >= 0 && Number(bucketOf(key)) < BUCKETS));
  });

  it('behaves as a map whose undefined means absent, for any sequence of changes, and copies only what changed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.constantFrom('u:a', 'u:b', 'u:__proto__', 'u:constructor', 'u:x1', 'u:x2'), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })), { maxLength: 6 })), (batches) => {
        let map: BucketedMap<number> = {};
        const model = new Map<string, number>();
        for (const changes of batches) {
          const before = map;
          map = bucketSet(map, changes);
          const modelBefore = new Map(model);
          for (const [k, v] of changes) {
            if (v === undefined) model.delete(k);
            else model.set(k, v);
          }
          // Changes that set every key to what it already was give back the same map.
          if (changes.every(([k, v]) => modelBefore.get(k) === v)) expect(map).toBe(before);
          for (const key of ['u:a', 'u:b', 'u:__proto__', 'u:constructor', 'u:x1', 'u:x2']) expect(bucketGet(map, key)).toBe(model.get(key));
          expect(new Map(bucketEntries(map))).toEqual(model);
          expect(JSON.parse(JSON.stringify(map))).toEqual(map);
        }
      }),
    );
  });

  it('keeps untouched buckets as the same objects', () => {
    const keys = Array.from({ length: 64 }, (_, i) => `u:user${i}`);
    const full = bucketSet<number>({}, keys.map((k) => [k, 10] as const));
    const next = bucketSet(full, [[keys[0], 20]]);
    const touched = bucketOf(keys[0]);
    for (const bucket of Object.keys(full)) {
      if (bucket === touched) expect(next[bucket]).not.toBe(full[bucket]);
      else expect(next[bucket]).toBe(full[bucket]);
    }
  });
});
