// Aliased once: hot loops then skip a global lookup, which is slow inside vm contexts such as Jest's.
const imul = Math.imul;

/** FNV-1a 32-bit hash of a string: stable across runs, processes and platforms. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Scrambles up to three 32-bit integers into one unsigned 32-bit value (murmur3 finalizer per step). */
export function hashInts(a: number, b: number, c = 0): number {
  let h = finalize(a ^ 0x9e3779b9);
  h = finalize((h ^ b) + 0x7f4a7c15);
  return finalize((h ^ c) + 0x165667b1);
}

/** A cheap one-round hash of pixel coordinates (x, y < 2^16), for textures: about a third of hashInts' cost. */
export function hashPixel(x: number, y: number): number {
  let h = imul((y << 16) ^ x, 0x9e3779b1);
  h = imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/** Maps a 32-bit hash to [0, 1). */
export function unitInterval(hash: number): number {
  return (hash >>> 0) / 4294967296;
}

/** Splits a whole number beyond 32 bits (such as epoch milliseconds / 100) into low and high words, for hashInts. */
export function lowWord(n: number): number {
  return n >>> 0; // ToUint32 is n modulo 2^32, also for large and negative numbers
}

/** The high word matching lowWord. */
export function highWord(n: number): number {
  return Math.floor(n / 4294967296) | 0;
}

function finalize(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
