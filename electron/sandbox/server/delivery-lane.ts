import type { Clock } from '../../time/clock';
import type { CallbackDelivery } from './callback-delivery';

/** Where a lane's callbacks go: the client emits them. */
export type Deliver = (name: string, args: readonly unknown[]) => void;

/** One callback of a list posted at once. */
export interface Callback {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Due time of a callback posted without delay: due at the next flush, or with the delayed one queued ahead of it. */
export const SOON = -Infinity;

/** The name slot of a list of callbacks posted at once. */
const LIST = '\u0000list';

/** `expiry` when the lane holds no unheard callbacks. */
const NONE = -1;

/**
 * One client's callbacks on the cloud's CallbackDelivery, with an OrderedScheduler's guarantees: in posting
 * order, each no earlier than its delay, never inside the call that caused it.
 *
 * A client nobody listens to (a virtual participant) is silent: its callbacks are kept unscheduled, and the next
 * flush, which would have emitted them to no one, makes them expire unread. A listener that arrives before that
 * flush still gets them, in order, so nothing observable changes, but a join in a room of 200 silent clients
 * schedules and runs one lane, not 200.
 */
export class DeliveryLane {
  /** In one of the delivery's lists. @internal (CallbackDelivery) */
  waiting = false;
  /**
   * Queued callbacks, three slots each: name, arguments, due time; a list posted at once takes one entry, with
   * LIST for its name and the list for its arguments. Reused, not reallocated.
   */
  private slots: unknown[] = [];
  private head = 0;
  private tail = 0;
  private queued = 0;
  /** Due time of the latest delayed callback: a later one is due no earlier (callbacks queue in order anyway). */
  private lastAt = SOON;
  private generation = 0;
  private closed = false;
  /** Nobody listens to the client. */
  private silent = true;
  /** While the queue holds unscheduled callbacks of a silent client: the delivery's epoch when they were posted. */
  private expiry = NONE;

  constructor(
    private readonly delivery: CallbackDelivery,
    private readonly clock: Clock,
    private readonly deliver: Deliver,
  ) {}

  /** Queues a callback `delayMs` from now, or right after this lane's previous one if that is later. */
  post(name: string, args: readonly unknown[], delayMs = 0): void {
    this.enqueue(name, args, 1, delayMs);
  }

  /** Queues callbacks in order, due now (the list is kept as given: it may be shared by many lanes). */
  postAll(callbacks: readonly Callback[]): void {
    if (callbacks.length > 0) this.enqueue(LIST, callbacks, callbacks.length, 0);
  }

  /** The client has a listener now: what it was not yet told of is scheduled, and so is everything after. */
  listen(): void {
    this.silent = false;
    this.expire();
    if (this.expiry === NONE) return;
    this.schedule();
    if (!this.waiting) this.delivery.wait(this, SOON);
  }

  /** The client has no listener left: from the next idle moment on, its callbacks go unscheduled. */
  hush(): void {
    this.silent = true;
  }

  /** Drops every queued callback. */
  clear(): void {
    const scheduled = this.expiry === NONE ? this.queued : 0;
    this.generation++;
    this.reset();
    if (this.waiting) this.delivery.unwaitLater(this);
    this.delivery.counted(-scheduled);
  }

  /** Drops every queued callback and every later one (the client was destroyed). */
  close(): void {
    this.clear();
    this.closed = true;
  }

  /** How many callbacks wait. */
  get pending(): number {
    this.expire();
    return this.queued;
  }

  /** Delivers the callbacks due by `now` that were queued before this run, then waits again for the rest. @internal */
  run(now: number): void {
    const end = this.tail;
    const generation = this.generation;
    const slots = this.slots;
    let failure: unknown;
    while (this.head < end && generation === this.generation && (slots[this.head + 2] as number) <= now) {
      const i = this.head;
      this.head += 3;
      const name = slots[i] as string;
      const args = slots[i + 1] as readonly unknown[];
      slots[i + 1] = undefined; // let the arguments go now
      if (name !== LIST) failure = this.deliverOne(name, args, failure);
      else {
        for (let k = 0; k < args.length && generation === this.generation; k++) {
          const callback = args[k] as Callback;
          failure = this.deliverOne(callback.name, callback.args, failure);
        }
      }
    }
    if (generation === this.generation) {
      if (this.head === this.tail) this.reset();
      else if (!this.waiting) {
        const at = slots[this.head + 2] as number;
        this.delivery.wait(this, at <= now ? SOON : at);
      }
    }
    if (failure !== undefined) throw failure;
  }

  private enqueue(name: string, args: readonly unknown[], count: number, delayMs: number): void {
    if (this.closed) return;
    this.expire();
    // Without a delay a callback is due at once, behind whatever its lane holds: the lane runs in order.
    const at = delayMs > 0 ? (this.lastAt = Math.max(this.clock.now() + delayMs, this.lastAt)) : SOON;
    const unheard = this.silent && at === SOON && !this.waiting;
    if (!unheard && this.expiry !== NONE) this.schedule(); // unheard ones go first, as scheduled ones
    const slots = this.slots;
    slots[this.tail] = name;
    slots[this.tail + 1] = args;
    slots[this.tail + 2] = at;
    this.tail += 3;
    this.queued += count;
    if (unheard) {
      this.expiry = this.delivery.epoch;
      this.delivery.unheard();
      return;
    }
    this.delivery.counted(count);
    if (!this.waiting) this.delivery.wait(this, slots[this.head + 2] as number);
  }

  /** Forgets unheard callbacks that a flush has since emitted to no one. */
  private expire(): void {
    if (this.expiry !== NONE && this.expiry !== this.delivery.epoch) this.reset();
  }

  /** Turns unheard callbacks into scheduled ones (the caller makes the lane wait). */
  private schedule(): void {
    this.expiry = NONE;
    this.delivery.counted(this.queued);
  }

  /** Delivers one callback; returns the first failure so far. */
  private deliverOne(name: string, args: readonly unknown[], failure: unknown): unknown {
    this.queued--;
    this.delivery.counted(-1);
    try {
      this.deliver(name, args);
    } catch (error) {
      failure ??= error;
    }
    return failure;
  }

  private reset(): void {
    // Keep the array while it is small; a lane that once queued a burst gives the memory back.
    if (this.tail > 3 * 64) this.slots = [];
    else this.slots.fill(undefined, 0, this.tail);
    this.head = 0;
    this.tail = 0;
    this.queued = 0;
    this.lastAt = SOON;
    this.expiry = NONE;
  }
}
