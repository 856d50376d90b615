/** An opaque timer handle returned by a Clock. */
export type TimerHandle = { readonly id: number };

/**
 * Time as the sandbox sees it. The real clock is the default; specs use the
 * virtual clock so that seconds of simulated traffic run in microseconds.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle | undefined): void;
  setInterval(fn: () => void, ms: number): TimerHandle;
  clearInterval(handle: TimerHandle | undefined): void;
}

/** Wall-clock time and Node timers (timers are unref'd so they never keep a process alive). */
export class RealClock implements Clock {
  private next = 1;
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  now(): number {
    return Date.now();
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.next++;
    const t = setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, ms);
    t.unref?.();
    this.timers.set(id, t);
    return { id };
  }

  clearTimeout(handle: TimerHandle | undefined): void {
    if (!handle) return;
    clearTimeout(this.timers.get(handle.id));
    this.timers.delete(handle.id);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    const id = this.next++;
    const t = setInterval(fn, ms);
    t.unref?.();
    this.timers.set(id, t);
    return { id };
  }

  clearInterval(handle: TimerHandle | undefined): void {
    if (!handle) return;
    clearInterval(this.timers.get(handle.id));
    this.timers.delete(handle.id);
  }
}

interface VirtualTimer {
  id: number;
  at: number;
  fn: () => void;
  every?: number;
}

/**
 * A deterministic clock: time moves only when `advance` is called, and timers
 * fire in due-time order (ties in creation order). Starts at a real-looking
 * epoch so that userSig expiry checks behave as in production.
 */
export class VirtualClock implements Clock {
  private current: number;
  private next = 1;
  private timers: VirtualTimer[] = [];

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, Math.max(0, ms));
  }

  clearTimeout(handle: TimerHandle | undefined): void {
    if (handle) this.timers = this.timers.filter((t) => t.id !== handle.id);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, Math.max(1, ms), Math.max(1, ms));
  }

  clearInterval(handle: TimerHandle | undefined): void {
    this.clearTimeout(handle);
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const due = this.earliest();
      if (!due || due.at > end) break;
      // Time never runs backwards: a timer overdue after a stall fires now, and an interval fires once, not once per miss.
      const overdue = due.at < this.current;
      this.current = Math.max(this.current, due.at);
      if (due.every) due.at = (overdue ? this.current : due.at) + due.every;
      else this.timers = this.timers.filter((t) => t !== due);
      due.fn();
    }
    this.current = end;
  }

  /**
   * Moves time forward by `ms` without firing anything on the way, as when this thread was blocked:
   * timers that fell due meanwhile fire late, at the next `advance`.
   */
  stall(ms: number): void {
    this.current += ms;
  }

  /** The number of timers still scheduled (for leak checks in specs). */
  pendingTimers(): number {
    return this.timers.length;
  }

  private add(fn: () => void, ms: number, every?: number): TimerHandle {
    const timer: VirtualTimer = { id: this.next++, at: this.current + ms, fn, every };
    this.timers.push(timer);
    return { id: timer.id };
  }

  private earliest(): VirtualTimer | undefined {
    let best: VirtualTimer | undefined;
    for (const t of this.timers) if (!best || t.at < best.at || (t.at === best.at && t.id < best.id)) best = t;
    return best;
  }
}
