import { Observable } from 'rxjs';

import type { ServerMessage } from '../bridge/messages';
import { SyncActions, isRoomAction, type RoomAction } from '../room-state';

/** What a window's store should do with one broker message. */
export type ReplicaStep =
  | { kind: 'load'; action: ReturnType<typeof SyncActions.snapshotLoaded> }
  | { kind: 'apply'; action: RoomAction }
  /** An action already applied (or sent before the snapshot we hold): skip it. */
  | { kind: 'skip' }
  /** A gap: ask for a snapshot; actions are skipped until it arrives. */
  | { kind: 'resync' };

/**
 * Keeps a window's replica in step with the broker: loads snapshots, applies
 * actions strictly in seq order, skips duplicates, and detects gaps.
 */
export class ReplicaSync {
  private seq: number | null = null;
  private resyncing = false;

  /** The seq the replica is at, or null before the first snapshot. */
  get currentSeq(): number | null {
    return this.seq;
  }

  /** Decides what one snapshot or action message means for the replica. */
  receive(message: Extract<ServerMessage, { t: 'snapshot' | 'action' }>): ReplicaStep {
    if (message.t === 'snapshot') {
      // The broker is the authority: a snapshot always wins, even one with a lower seq (a restarted broker).
      this.seq = message.seq;
      this.resyncing = false;
      return { kind: 'load', action: SyncActions.snapshotLoaded({ seq: message.seq, state: message.state }) };
    }
    if (this.seq === null || this.resyncing || message.seq <= this.seq) return { kind: 'skip' };
    if (message.seq !== this.seq + 1 || !isRoomAction(message.action)) {
      this.resyncing = true;
      return { kind: 'resync' };
    }
    this.seq = message.seq;
    return { kind: 'apply', action: message.action };
  }

  /** Forgets the position, after the connection dropped: the next snapshot starts over. */
  reset(): void {
    this.seq = null;
    this.resyncing = false;
  }
}

/**
 * Turns broker messages into the actions a window store applies, in order,
 * calling `requestResync` when a gap is seen. Emits Snapshot Loaded and room
 * actions; completes when the source completes.
 */
export function replicate(requestResync: () => void) {
  return (source: Observable<ServerMessage>): Observable<RoomAction | ReturnType<typeof SyncActions.snapshotLoaded>> =>
    new Observable((subscriber) => {
      const sync = new ReplicaSync();
      return source.subscribe({
        next: (message) => {
          if (message.t === 'hello') return sync.reset();
          if (message.t !== 'snapshot' && message.t !== 'action') return;
          const step = sync.receive(message);
          if (step.kind === 'resync') requestResync();
          else if (step.kind !== 'skip') subscriber.next(step.action);
        },
        error: (e) => subscriber.error(e),
        complete: () => subscriber.complete(),
      });
    });
}
