import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('replays the same sequence for the same seed and differs for another seed', () => {
    const take = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays inside the requested ranges', () => {
    const random = new SeededRandom(7);
    const floats = Array.from({ length: 1000 }, () => random.between(80, 400));
    const ints = new Set(Array.from({ length: 1000 }, () => random.int(1, 3)));
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...floats)).toBeLessThan(400);
    expect([...ints].sort()).toEqual([1, 2, 3]);
  });

  it('picks every item in turn and says yes about as often as asked', () => {
    const random = new SeededRandom(3);
    const picked = new Set(Array.from({ length: 300 }, () => random.pick(['a', 'b', 'c'] as const)));
    expect([...picked].sort()).toEqual(['a', 'b', 'c']);
    const yes = Array.from({ length: 2000 }, () => random.chance(0.25)).filter(Boolean).length;
    expect(yes).toBeGreaterThan(400);
    expect(yes).toBeLessThan(600);
  });

  it('spreads values over the unit interval', () => {
    const random = new SeededRandom(1);
    const values = Array.from({ length: 2000 }, () => random.next());
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
