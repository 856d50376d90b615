import type { ClientMessage } from '@broadcast-core/bridge';

/** How many messages of one kind a window may send: a burst at once, then a steady rate. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * The limits per window. A producer clicking as fast as a hand can stays far below them; a tool stuck in a
 * loop hits them within a second and gets `rate-limited` until it slows down, so it can neither flood the
 * engine with calls nor keep the broker serializing snapshots for it. Acks are not limited: a window gets
 * only as many frames as it acks, and surplus acks are ignored.
 */
export const WINDOW_RATE_LIMITS = {
  commands: { burst: 40, perSecond: 20 },
  resyncs: { burst: 3, perSecond: 1 },
  subscriptions: { burst: 60, perSecond: 30 },
} as const satisfies Record<string, RateLimit>;

/** What a window's messages are limited as. */
export type RateLimitedKind = keyof typeof WINDOW_RATE_LIMITS;

/**
 * What a message counts as (null: not limited). A malformed message (null) counts as a command, so a
 * client spewing garbage is limited like one looping commands; frame acks are not limited.
 */
export function rateLimitedKind(message: ClientMessage | null): RateLimitedKind | null {
  if (!message || message.t === 'command') return 'commands';
  if (message.t === 'resync') return 'resyncs';
  return message.t === 'frame-ack' ? null : 'subscriptions';
}

/**
 * Tokens short of a whole one by less than this count as whole: refills are floating-point sums, so waiting
 * exactly `msUntilToken()` can land a hair below 1 (1 - 1e-16) and refuse a take that was promised.
 */
const WHOLE_TOKEN_SLACK = 1e-9;

/** A token bucket: holds up to `burst` tokens, refilled at `perSecond`; each message takes one. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {
    this.tokens = limit.burst;
    this.at = now();
  }

  /** Takes a token if one is left; false when the sender is over its limit. */
  take(): boolean {
    this.refill();
    if (!this.hasToken()) return false;
    this.tokens = Math.max(0, this.tokens - 1);
    return true;
  }

  /** Milliseconds until a token is there to take (0: one is there now). */
  msUntilToken(): number {
    this.refill();
    return this.hasToken() ? 0 : Math.ceil(((1 - this.tokens) / this.limit.perSecond) * 1000);
  }

  private hasToken(): boolean {
    return this.tokens >= 1 - WHOLE_TOKEN_SLACK;
  }

  /** Adds the tokens earned since the last look, up to the burst. */
  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.limit.burst, this.tokens + ((now - this.at) / 1000) * this.limit.perSecond);
    this.at = now;
  }
}

/** One window's buckets, one per limited kind. */
export class WindowRateLimits {
  private readonly buckets: Record<RateLimitedKind, TokenBucket>;

  constructor(now: () => number, limits: Record<RateLimitedKind, RateLimit> = WINDOW_RATE_LIMITS) {
    this.buckets = {
      commands: new TokenBucket(limits.commands, now),
      resyncs: new TokenBucket(limits.resyncs, now),
      subscriptions: new TokenBucket(limits.subscriptions, now),
    };
  }

  /** Takes a token for a message of this kind; false when the window is over its limit. */
  allow(kind: RateLimitedKind): boolean {
    return this.buckets[kind].take();
  }

  /** Milliseconds until a message of this kind would be allowed again. */
  msUntilAllowed(kind: RateLimitedKind): number {
    return this.buckets[kind].msUntilToken();
  }
}
