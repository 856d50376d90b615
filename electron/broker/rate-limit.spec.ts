import fc from 'fast-check';

import { TokenBucket, WindowRateLimits } from './rate-limit';

describe('TokenBucket', () => {
  it('allows a burst at once, then one message per 1/perSecond', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 499;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never allows more than burst + perSecond × elapsed seconds, however messages are timed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 50 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }), (burst, perSecond, gaps) => {
        let now = 0;
        const bucket = new TokenBucket({ burst, perSecond }, () => now);
        let allowed = 0;
        for (const gap of gaps) {
          now += gap;
          if (bucket.take()) allowed++;
        }
        expect(allowed).toBeLessThanOrEqual(burst + Math.floor((now / 1000) * perSecond));
      }),
    );
  });

  it('says how long until a token is there, and a take at that moment succeeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 50 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }), (burst, perSecond, gaps) => {
        let now = 0;
        const bucket = new TokenBucket({ burst, perSecond }, () => now);
        for (const gap of gaps) {
          now += gap;
          bucket.take();
        }
        const wait = bucket.msUntilToken();
        // Never longer than one token's refill (a millisecond of rounding aside).
        expect(wait).toBeLessThanOrEqual(Math.ceil(1000 / perSecond) + 1);
        now += wait;
        expect(bucket.msUntilToken()).toBe(0);
        expect(bucket.take()).toBe(true);
      }),
    );
  });

  it('keeps its promise when the refill lands a rounding error short of a token', () => {
    // The counterexample CI found: 0.08 + 0.92 tokens sums to 0.9999999999999999 in floating point.
    let now = 0;
    const bucket = new TokenBucket({ burst: 1, perSecond: 40 }, () => now);
    expect(bucket.take()).toBe(true);
    now += 2;
    expect(bucket.take()).toBe(false);
    now += bucket.msUntilToken();
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('does not save up beyond its burst while idle', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 2, perSecond: 10 }, () => now);
    now += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('WindowRateLimits', () => {
  it('limits each kind on its own', () => {
    const now = 0;
    const limits = new WindowRateLimits(() => now, { commands: { burst: 1, perSecond: 1 }, resyncs: { burst: 2, perSecond: 1 }, subscriptions: { burst: 1, perSecond: 1 } });
    expect(limits.allow('commands')).toBe(true);
    expect(limits.allow('commands')).toBe(false);
    expect(limits.allow('resyncs')).toBe(true);
    expect(limits.allow('resyncs')).toBe(true);
    expect(limits.allow('resyncs')).toBe(false);
    expect(limits.allow('subscriptions')).toBe(true);
  });
});
