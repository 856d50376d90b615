import { TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';

import type { Clock, TimerHandle } from '../../time/clock';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { LATENCY_MS } from '../common/sandbox-timing';
import type { SeededRandom } from '../common/seeded-random';

/** The callbacks a dropped connection produces, in the order the SDK reports them. */
export interface ConnectionEvents {
  /** onConnectionLost + WARNING_ROOM_DISCONNECT. */
  lost(): void;
  /** onTryToReconnect + WARNING_ROOM_RECONNECT. */
  retrying(): void;
  /** onConnectionRecovery. */
  recovered(): void;
}

/** The SDK's callbacks for an outage, posted to a client. */
export function connectionCallbacks(post: SandboxClientPort['post']): ConnectionEvents {
  return {
    lost: () => {
      post('onConnectionLost');
      post('onWarning', TXLiteAVWarning.WARNING_ROOM_DISCONNECT, 'network connection to the TRTC server lost');
    },
    retrying: () => {
      post('onTryToReconnect');
      post('onWarning', TXLiteAVWarning.WARNING_ROOM_RECONNECT, 'reconnecting to the TRTC server');
    },
    recovered: () => post('onConnectionRecovery'),
  };
}

/**
 * A client's network outage (SandboxCloud.dropConnection): lost at once, a reconnect attempt every
 * 1-2 s, recovered when the outage ends. A second drop while down extends the outage.
 */
export class ConnectionDrop {
  private downUntil = 0;
  private retry: TimerHandle | undefined;
  private recovery: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly random: SeededRandom,
    private readonly events: ConnectionEvents,
  ) {}

  /** Whether the network is down now. */
  get down(): boolean {
    return this.recovery !== undefined;
  }

  /** Cuts the network for `ms` from now. */
  drop(ms: number): void {
    const wasDown = this.down;
    this.downUntil = Math.max(this.downUntil, this.clock.now() + Math.max(0, ms));
    this.clock.clearTimeout(this.recovery);
    this.recovery = this.clock.setTimeout(() => this.recover(), this.downUntil - this.clock.now());
    if (wasDown) return;
    this.events.lost();
    this.scheduleRetry();
  }

  /** Ends the outage silently (the session ended). */
  cancel(): void {
    this.clock.clearTimeout(this.retry);
    this.clock.clearTimeout(this.recovery);
    this.retry = this.recovery = undefined;
    this.downUntil = 0;
  }

  private scheduleRetry(): void {
    const [min, max] = LATENCY_MS.reconnectAttempt;
    this.retry = this.clock.setTimeout(() => {
      this.events.retrying();
      this.scheduleRetry();
    }, Math.round(this.random.between(min, max)));
  }

  private recover(): void {
    this.cancel();
    this.events.recovered();
  }
}
