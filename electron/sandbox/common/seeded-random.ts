/**
 * A tiny deterministic pseudo-random generator (mulberry32). A seeded sandbox replays the
 * same latencies and statistics run after run, which keeps specs and demos reproducible.
 */
export class SeededRandom {
  private state: number;

  /** A generator whose sequence is fixed by `seed` (any 32-bit integer). */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1));
  }

  /** One of `items` (not empty). */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A float in [min, max) rounded to one decimal, the precision the SDK reports losses with. */
  tenths(min: number, max: number): number {
    return Math.round(this.between(min, max) * 10) / 10;
  }
}

/** A seed for clouds created without one: runs then differ, as a real network does. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 4294967296);
}
