import { decodeFrame, type StreamKey } from '@broadcast-core/bridge';

import type { Clock, TimerHandle } from '../time/clock';
import type { WindowLink } from './window-link';

/** The most bytes the host lets wait for one window before it stops sending to it. */
export const WINDOW_BUDGET_BYTES = 8 * 1024 * 1024;

/** How often a window that fell behind is looked at again. */
export const CATCH_UP_CHECK_MS = 50;

/** What a window that fell behind is owed once it drains: frames it never got, whose acks the engine still waits for. */
export type OwedAcks = ReadonlyMap<StreamKey, number>;

/** Told once, with a frame's bytes, when the transport no longer needs them (written out, or skipped): their buffer may be reused. */
export type FrameReleased = (bytes: Uint8Array) => void;

/** A WindowLink whose `sendFrame` can say when it is done with a frame's bytes; a link that never says so keeps working. */
export interface FrameReleasingLink extends WindowLink {
  /** Sends one encoded frame; `released` hears its bytes once the transport is done with them. */
  sendFrame(bytes: Uint8Array, released?: FrameReleased): void;
}

/**
 * Keeps what waits for one window under a byte budget. While the window's backlog (bytes its transport
 * holds and the window has not taken) is past the budget, actions, snapshots and frames for it are
 * skipped; once the backlog is down to a quarter of the budget, `onCaughtUp` hears which frames were
 * skipped, so the host can send a fresh snapshot and let the newest frames through. Answers to the
 * window's own messages still go, up to twice the budget: the window waits for them, and their number is
 * its own doing (and rate-limited).
 */
export class BudgetedLink {
  private behind = false;
  private readonly owed = new Map<StreamKey, number>();
  private check: TimerHandle | undefined;

  constructor(
    private readonly link: FrameReleasingLink,
    private readonly clock: Clock,
    private readonly onCaughtUp: (owed: OwedAcks) => void,
    private readonly budget = WINDOW_BUDGET_BYTES,
  ) {}

  /** Whether the window is past its budget and being skipped. */
  get isBehind(): boolean {
    return this.behind;
  }

  /** Sends an action or snapshot, unless the window is behind. */
  send(text: string): void {
    if (this.admits(text.length)) this.link.send(text);
  }

  /**
   * Sends an answer to the window's own message, past the budget too: the window waits for it. Only a
   * window that sends and never reads gets past twice the budget; its answers are dropped from there on.
   */
  answer(text: string): void {
    if (this.link.backlog && this.link.backlog() > 2 * this.budget) return;
    this.link.send(text);
  }

  /** Sends a frame, unless the window is behind; a skipped frame is owed an ack to the engine, and released at once. */
  sendFrame(bytes: Uint8Array, released?: FrameReleased): void {
    if (this.admits(bytes.byteLength)) {
      this.link.sendFrame(bytes, released);
      return;
    }
    const stream = decodeFrame(bytes)?.stream;
    if (stream) this.owed.set(stream, (this.owed.get(stream) ?? 0) + 1);
    released?.(bytes);
  }

  /** The link as the frame routing sees it: frames go through the budget. */
  asWindowLink(): FrameReleasingLink {
    return {
      send: (text) => this.send(text),
      sendFrame: (bytes, released) => this.sendFrame(bytes, released),
      ...(this.link.deliverFramePort && { deliverFramePort: (port: unknown) => this.link.deliverFramePort?.(port) }),
    };
  }

  /** Stops watching the window (it disconnected). */
  dispose(): void {
    this.clock.clearInterval(this.check);
    this.check = undefined;
  }

  private admits(bytes: number): boolean {
    if (this.behind) return false;
    if (!this.link.backlog) return true;
    const backlog = this.link.backlog();
    // A window with nothing waiting takes any one message, even one larger than the budget (a 4K frame).
    if (backlog === 0 || backlog + bytes <= this.budget) return true;
    this.behind = true;
    this.check = this.clock.setInterval(() => this.checkDrained(), CATCH_UP_CHECK_MS);
    return false;
  }

  private checkDrained(): void {
    if (this.link.backlog && this.link.backlog() > this.budget / 4) return;
    this.dispose();
    this.behind = false;
    const owed = new Map(this.owed);
    this.owed.clear();
    this.onCaughtUp(owed);
  }
}
