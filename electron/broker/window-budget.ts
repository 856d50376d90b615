import { decodeFrame, type StreamKey } from '@broadcast-core/bridge';

import type { Clock, TimerHandle } from '../time/clock';
import type { WindowLink } from './window-link';

/** The most bytes the host lets wait for one window before it stops sending to it. */
export const WINDOW_BUDGET_BYTES = 8 * 1024 * 1024;

/** How often a window that fell behind is looked at again. */
export const CATCH_UP_CHECK_MS = 50;

/** What a window that fell behind is owed once it drains: frames it never got, whose acks the engine still waits for. */
export type OwedAcks = ReadonlyMap<StreamKey, number>;

/**
 * Keeps what waits for one window under a byte budget. While the window's backlog (bytes its transport
 * holds and the window has not taken) is past the budget, actions, snapshots and frames for it are
 * skipped; once the backlog is down to a quarter of the budget, `onCaughtUp` hears which frames were
 * skipped, so the host can send a fresh snapshot and let the newest frames through. Answers to the
 * window's own commands always go: the window waits for them, and their number is its own doing.
 */
export class BudgetedLink {
  private behind = false;
  private readonly owed = new Map<StreamKey, number>();
  private check: TimerHandle | undefined;

  constructor(
    private readonly link: WindowLink,
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

  /** Sends an answer to the window's own command, whatever its backlog. */
  answer(text: string): void {
    this.link.send(text);
  }

  /** Sends a frame, unless the window is behind; a skipped frame is owed an ack to the engine. */
  sendFrame(bytes: Uint8Array): void {
    if (this.admits(bytes.byteLength)) {
      this.link.sendFrame(bytes);
      return;
    }
    const stream = decodeFrame(bytes)?.stream;
    if (stream) this.owed.set(stream, (this.owed.get(stream) ?? 0) + 1);
  }

  /** The link as the frame routing sees it: frames go through the budget. */
  asWindowLink(): WindowLink {
    return {
      send: (text) => this.send(text),
      sendFrame: (bytes) => this.sendFrame(bytes),
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
