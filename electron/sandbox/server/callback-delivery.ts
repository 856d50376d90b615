import type { Clock, TimerHandle } from '../../time/clock';
import { DeliveryLane, SOON, type Deliver } from './delivery-lane';

/**
 * The cloud's callback queue: every client's callbacks go through a lane of it (see DeliveryLane), and the lanes
 * share one clock timer. A join that tells 200 clients thus arms one timer, not 200, and a callback costs a few
 * array writes: no closure, no task object, no clock read unless it is delayed.
 */
export class CallbackDelivery {
  /** Counts flushes; a silent lane's unheard callbacks expire with the flush after their post. @internal (DeliveryLane) */
  epoch = 0;
  /** Lanes due at the next flush, in the order they became due. */
  private soon: DeliveryLane[] = [];
  /** Lanes whose first callback is delayed, by due time (rare: onExitRoom). */
  private later: { lane: DeliveryLane; at: number }[] = [];
  private timer: TimerHandle | undefined;
  private timerAt = Infinity;
  /** Callbacks scheduled in every lane. */
  private live = 0;
  /** Silent lanes hold callbacks that the next flush makes expire. */
  private unheardWaiting = false;

  constructor(private readonly clock: Clock) {}

  /** A new lane, for one client. */
  lane(deliver: Deliver): DeliveryLane {
    return new DeliveryLane(this, this.clock, deliver);
  }

  /** A lane scheduled (positive) or dropped (negative) callbacks. @internal (DeliveryLane) */
  counted(change: number): void {
    this.live += change;
    if (this.live > 0) return;
    // Nothing left to deliver: no timer either (unless a flush must expire unheard ones), so destroyed clients leave none behind.
    if (this.soon.length > 0 || this.later.length > 0) {
      for (const lane of this.soon) lane.waiting = false;
      for (const { lane } of this.later) lane.waiting = false;
      this.soon = [];
      this.later = [];
    }
    if (!this.unheardWaiting && this.timer) this.disarm();
  }

  /** A silent lane kept callbacks nobody will hear: the next flush (as soon as can be) makes them expire. @internal */
  unheard(): void {
    if (this.unheardWaiting) return;
    this.unheardWaiting = true;
    this.arm();
  }

  /** A lane has callbacks due at `at` (SOON: at the next flush). @internal (DeliveryLane) */
  wait(lane: DeliveryLane, at: number): void {
    lane.waiting = true;
    if (at === SOON) this.soon.push(lane);
    else {
      let i = this.later.length;
      while (i > 0 && this.later[i - 1].at > at) i--;
      this.later.splice(i, 0, { lane, at });
    }
    this.arm();
  }

  /** A lane was cleared: it no longer waits for a delayed callback. @internal (DeliveryLane) */
  unwaitLater(lane: DeliveryLane): void {
    const i = this.later.findIndex((entry) => entry.lane === lane);
    if (i < 0) return;
    this.later.splice(i, 1);
    lane.waiting = false;
  }

  private arm(): void {
    const at = this.soon.length > 0 || this.unheardWaiting ? SOON : (this.later[0]?.at ?? Infinity);
    if (at === Infinity || this.timerAt <= at) return;
    this.disarm();
    this.timerAt = at;
    this.timer = this.clock.setTimeout(() => this.flush(), at === SOON ? 0 : Math.max(0, at - this.clock.now()));
  }

  private disarm(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  /** Runs the lanes that are due, as their own timers would have: delayed ones first, then in the order they became due. */
  private flush(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    // Unheard callbacks posted before now have been emitted to no one; those posted while flushing wait for the next.
    this.epoch++;
    this.unheardWaiting = false;
    const now = this.clock.now();
    const lanes: DeliveryLane[] = [];
    while (this.later.length > 0 && this.later[0].at <= now) lanes.push((this.later.shift() as { lane: DeliveryLane }).lane);
    for (const lane of this.soon) lanes.push(lane);
    // Lanes that become due while flushing wait for the next timer: a callback never runs inside the listener that caused it.
    this.soon = [];
    let failure: unknown;
    for (const lane of lanes) {
      lane.waiting = false;
      try {
        lane.run(now);
      } catch (error) {
        failure ??= error;
      }
    }
    this.arm();
    // A throwing listener must not wedge the queue; its error still surfaces, as with any EventEmitter.
    if (failure !== undefined) throw failure;
  }
}
