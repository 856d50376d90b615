import type { Clock, TimerHandle } from '../time/clock';
import type { EngineCall, EngineCallError } from '../engine/contract';

/** How one engine call ended, seen from the broker. */
export type CallResult =
  | { kind: 'ok'; value?: unknown }
  | { kind: 'failed'; error: EngineCallError }
  /** No answer came within the timeout: the answer was lost (a dead engine is reported as lost instead). */
  | { kind: 'timeout'; ms: number }
  /** The engine died before answering. */
  | { kind: 'lost' };

/**
 * How long the broker waits for a call's answer. Engine calls are synchronous in the SDK and answered
 * right after they return, in a few milliseconds even on a busy machine; a dead or frozen engine is
 * caught by the heartbeat within about a second and reported as lost. So an answer still missing after
 * 3 s on a live engine was lost in transit: the pending state it holds is compensated rather than left
 * on screen. Events that arrive later still apply (they are facts), so nothing is lost by giving up.
 */
export const CALL_TIMEOUT_MS = 3_000;

interface Waiting {
  method: EngineCall['method'];
  done: (result: CallResult) => void;
  timer: TimerHandle;
}

/** The calls sent to the engine and not answered yet, with their timeouts. */
export class PendingCalls {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(
    private readonly clock: Clock,
    private readonly timeoutMs = CALL_TIMEOUT_MS,
  ) {}

  /** Registers a call about to be sent; returns its id. `done` runs exactly once. */
  add(method: EngineCall['method'], done: (result: CallResult) => void): number {
    const id = this.nextId++;
    const timer = this.clock.setTimeout(() => this.settle(id, { kind: 'timeout', ms: this.timeoutMs }), this.timeoutMs);
    this.waiting.set(id, { method, done, timer });
    return id;
  }

  /** An answer arrived; one for a call no longer waiting (timed out, or of a lost engine) is ignored. */
  answer(id: number, result: CallResult): void {
    this.settle(id, result);
  }

  /** Every waiting call ends as lost (the engine died). */
  loseAll(): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, { kind: 'lost' });
  }

  /** How many calls wait for an answer. */
  get size(): number {
    return this.waiting.size;
  }

  private settle(id: number, result: CallResult): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    this.waiting.delete(id);
    this.clock.clearTimeout(waiting.timer);
    waiting.done(result);
  }
}
