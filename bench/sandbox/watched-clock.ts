import type { Clock, TimerHandle } from '../../electron/time/clock';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
  every?: number;
  cancelled: boolean;
}

/** Earlier due time first, then earlier creation: VirtualClock's order. */
function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}

/**
 * The benchmark's clock: VirtualClock's behaviour (time moves only on `advance`; timers fire by due time, ties in
 * creation order; an overdue interval fires once), kept in a heap. A rehearsal runs on Node's timers, which cost
 * little per timer; VirtualClock, made for specs, scans every timer on each fire and each clear, which in a room of
 * 200 anchors (400 timers) would bill the sandbox for the test clock. It also says when the one-off timers it was
 * asked for fall due, so the benchmark can let a request's latency pass untimed and time the instant it lands.
 */
export class WatchedClock implements Clock {
  private current: number;
  private next = 1;
  private readonly heap: Timer[] = [];
  private readonly live = new Map<number, Timer>();
  private dues: number[] = [];

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const at = this.current + Math.max(0, ms);
    this.dues.push(at);
    return this.add(fn, at);
  }

  clearTimeout(handle: TimerHandle | undefined): void {
    const timer = handle && this.live.get(handle.id);
    if (!timer) return;
    timer.cancelled = true; // left in the heap, skipped when it comes up
    this.live.delete(timer.id);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    const every = Math.max(1, ms);
    return this.add(fn, this.current + every, every);
  }

  clearInterval(handle: TimerHandle | undefined): void {
    this.clearTimeout(handle);
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const due = this.peek();
      if (!due || due.at > end) break;
      this.pop();
      const overdue = due.at < this.current;
      this.current = Math.max(this.current, due.at);
      if (due.every) {
        due.at = (overdue ? this.current : due.at) + due.every;
        this.push(due);
      } else this.live.delete(due.id);
      due.fn();
    }
    this.current = end;
  }

  /** Moves time to `at` (never back), firing every timer that falls due on the way. */
  advanceTo(at: number): void {
    this.advance(Math.max(0, at - this.current));
  }

  /** Forgets the due times seen so far. */
  watch(): void {
    this.dues = [];
  }

  /** The latest due time of the one-off timers set since `watch()`; undefined when none was set. */
  latestDue(): number | undefined {
    return this.dues.length ? Math.max(...this.dues) : undefined;
  }

  /** Timers still scheduled. */
  pendingTimers(): number {
    return this.live.size;
  }

  private add(fn: () => void, at: number, every?: number): TimerHandle {
    const timer: Timer = { id: this.next++, at, fn, every, cancelled: false };
    this.live.set(timer.id, timer);
    this.push(timer);
    return { id: timer.id };
  }

  /** The earliest timer not cancelled, if any. */
  private peek(): Timer | undefined {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
    return this.heap[0];
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    let i = heap.push(timer) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop() as Timer;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && before(heap[left], heap[least])) least = left;
      if (right < heap.length && before(heap[right], heap[least])) least = right;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least], heap[i]];
      i = least;
    }
  }
}
