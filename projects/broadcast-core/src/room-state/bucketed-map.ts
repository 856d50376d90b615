/**
 * A map split into a few small buckets by a hash of the key. Changing some entries copies the bucket list
 * and the buckets they fall in, never the whole map: a 200-user voice report where 40 levels changed, or
 * one user's camera going on, costs a few microseconds instead of copying 200 entries (objects that
 * large, with keys removed, also fall out of V8's fast mode). Plain objects, so the state stays JSON.
 */
export type BucketedMap<T> = Readonly<Record<string, Readonly<Record<string, T>>>>;

/** How many buckets: enough to keep each small in a room of hundreds. */
export const BUCKETS = 16;

/** The bucket of a key (the djb2 string hash): deterministic, so the broker and every window agree. */
export function bucketOf(key: string): string {
  let hash = 5381;
  for (let i = 0; i < key.length; i++) hash = ((hash << 5) + hash + key.charCodeAt(i)) | 0;
  return String((hash >>> 0) % BUCKETS);
}

/** The value of a key, if present. Keys must not collide with Object.prototype's (callers prefix them). */
export function bucketGet<T>(map: BucketedMap<T>, key: string): T | undefined {
  return map[bucketOf(key)]?.[key];
}

/** The map with each change applied (undefined removes the key); the same object when nothing changed. */
export function bucketSet<T>(map: BucketedMap<T>, changes: Iterable<readonly [string, T | undefined]>): BucketedMap<T> {
  let next: Record<string, Record<string, T>> | null = null;
  const copied = new Set<string>();
  for (const [key, value] of changes) {
    const bucket = bucketOf(key);
    if ((next ?? map)[bucket]?.[key] === value) continue;
    next ??= { ...map } as Record<string, Record<string, T>>;
    if (!copied.has(bucket)) {
      next[bucket] = { ...next[bucket] };
      copied.add(bucket);
    }
    if (value === undefined) delete next[bucket][key];
    else next[bucket][key] = value;
  }
  // Empty buckets go only at the end: a bucket emptied and refilled in one batch must still be there.
  if (next) for (const bucket of copied) if (Object.keys(next[bucket]).length === 0) delete next[bucket];
  return next ?? map;
}

/** Every entry, in no particular order, for checks and selectors that need them all. */
export function bucketEntries<T>(map: BucketedMap<T>): [string, T][] {
  return Object.values(map).flatMap((bucket) => Object.entries(bucket));
}
