import type { Clock, TimerHandle } from '../../time/clock';

/** One-off and repeating timers owned together, so that a session or a client can stop all of them at once. */
export class TimerSet {
  private readonly handles = new Set<TimerHandle>();

  constructor(private readonly clock: Clock) {}

  /** Runs `fn` once after `ms`. */
  after(ms: number, fn: () => void): TimerHandle {
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(handle);
      fn();
    }, ms);
    this.handles.add(handle);
    return handle;
  }

  /** Runs `fn` every `ms` until cancelled. */
  every(ms: number, fn: () => void): TimerHandle {
    const handle = this.clock.setInterval(fn, ms);
    this.handles.add(handle);
    return handle;
  }

  /** Stops one timer of this set. */
  cancel(handle: TimerHandle | undefined): void {
    if (!handle || !this.handles.delete(handle)) return;
    this.clock.clearTimeout(handle);
    this.clock.clearInterval(handle);
  }

  /** Stops every timer of this set. */
  cancelAll(): void {
    for (const handle of [...this.handles]) this.cancel(handle);
  }

  /** How many timers are running. */
  get size(): number {
    return this.handles.size;
  }
}
