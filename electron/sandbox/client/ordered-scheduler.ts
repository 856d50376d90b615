import type { Clock, TimerHandle } from '../../time/clock';

interface Task {
  at: number;
  run: () => void;
}

/**
 * Runs tasks through a clock strictly in the order they were scheduled, each no earlier than
 * its own delay. A client's callbacks go through one of these, so they are never delivered
 * inside the call that caused them and never overtake each other, whatever their latencies.
 */
export class OrderedScheduler {
  private queue: Task[] = [];
  private timer: TimerHandle | undefined;
  private lastAt = -Infinity;
  private generation = 0;

  constructor(private readonly clock: Clock) {}

  /** Queues `run` to happen `delayMs` from now, or right after the previously queued task if that is later. */
  schedule(run: () => void, delayMs = 0): void {
    const at = Math.max(this.clock.now() + Math.max(0, delayMs), this.lastAt);
    this.lastAt = at;
    this.queue.push({ at, run });
    this.arm();
  }

  /** Drops every queued task and stops the timer. */
  clear(): void {
    this.generation++;
    this.queue = [];
    this.lastAt = -Infinity;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** How many tasks wait. */
  get pending(): number {
    return this.queue.length;
  }

  private arm(): void {
    if (this.timer || this.queue.length === 0) return;
    this.timer = this.clock.setTimeout(() => this.flush(), Math.max(0, this.queue[0].at - this.clock.now()));
  }

  private flush(): void {
    this.timer = undefined;
    const generation = this.generation;
    const now = this.clock.now();
    // Tasks queued while flushing wait for the next timer: a callback never runs inside the listener that caused it.
    let due = 0;
    while (due < this.queue.length && this.queue[due].at <= now) due++;
    let failure: unknown;
    for (let i = 0; i < due && generation === this.generation; i++) {
      const task = this.queue.shift() as Task;
      try {
        task.run();
      } catch (error) {
        failure ??= error;
      }
    }
    this.arm();
    // A throwing listener must not wedge the queue; its error still surfaces, as with any EventEmitter.
    if (failure !== undefined) throw failure;
  }
}
