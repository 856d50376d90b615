import { hashInts, hashPixel, hashString, highWord, lowWord, unitInterval } from './stable-hash';

describe('stable hash', () => {
  it('hashes strings with FNV-1a (known vectors), so pictures are the same on every machine', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('scrambles integers into distinct, unsigned values', () => {
    const seen = new Set<number>();
    for (let x = 0; x < 100; x++) for (let y = 0; y < 100; y++) seen.add(hashInts(x, y));
    expect(seen.size).toBe(10_000);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(unitInterval(0xffffffff)).toBeLessThan(1);
  });

  it('hashes pixel coordinates into distinct values with evenly spread high bits (the skin texture uses them)', () => {
    const seen = new Set<number>();
    let sum = 0;
    for (let x = 0; x < 256; x++) {
      for (let y = 0; y < 256; y++) {
        const h = hashPixel(x, y);
        seen.add(h);
        sum += h >>> 16;
      }
    }
    expect(seen.size).toBe(65_536);
    expect(sum / 65_536 / 65_536).toBeCloseTo(0.5, 2);
  });

  it('splits numbers beyond 32 bits into words', () => {
    const n = 5 * 4294967296 + 7;
    expect([lowWord(n), highWord(n)]).toEqual([7, 5]);
  });
});
