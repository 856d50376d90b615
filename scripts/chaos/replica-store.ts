import type { Action, ActionReducer } from '@ngrx/store';
import { Subject, type Subscription } from 'rxjs';

import type { ServerMessage } from '@broadcast-core/bridge';
import { replicate } from '@broadcast-core/bridge-client/replica-sync';
import { SyncActions, pickRoomState, replicaMetaReducer, roomReducer, type RoomState } from '@broadcast-core/room-state';

import type { WindowLedger } from './seq-ledger';

/** Seqs whose states a store keeps, to compare with the broker's snapshot at an equal seq. */
const HISTORY = 4000;

/**
 * A window's store fed the way the product feeds one: broker messages through `replicate()` into
 * `replicaMetaReducer(roomReducer)`. Every message and every applied seq goes to the window's ledger; the
 * states of recent seqs are kept.
 */
export class ReplicaStore {
  /** The store: room slices under the replica meta-reducer. */
  state: Record<string, unknown>;
  /** The seq the store is at; null before the first snapshot. */
  seq: number | null = null;
  /** When (ms since epoch) the store last loaded a snapshot. */
  syncedAt = 0;
  private readonly reducer: ActionReducer<Record<string, unknown>, Action>;
  private readonly history = new Map<number, RoomState>();
  private messages!: Subject<ServerMessage>;
  private subscription: Subscription | undefined;
  /** The seq of the message being delivered, for the action the pipeline emits from it. */
  private delivering: number | null = null;

  constructor(
    private readonly ledger: WindowLedger,
    /** Asks the broker for a snapshot after a gap. */
    private readonly resync: () => void,
  ) {
    this.reducer = replicaMetaReducer(roomReducer as unknown as ActionReducer<Record<string, unknown>, Action>);
    this.state = this.reducer(undefined, { type: '@ngrx/store/init' });
    this.start();
  }

  /** A fresh store, as a reloaded page starts with. */
  restart(): void {
    this.subscription?.unsubscribe();
    this.state = this.reducer(undefined, { type: '@ngrx/store/init' });
    this.seq = null;
    this.history.clear();
    this.ledger.storeRestarted();
    this.start();
  }

  /** Takes one text message from the broker, as received. */
  receive(text: string): ServerMessage {
    const message = JSON.parse(text) as ServerMessage;
    if (message.t === 'hello') this.ledger.hello();
    else if (message.t === 'snapshot') this.ledger.snapshotReceived(message.seq);
    else if (message.t === 'action') this.ledger.actionReceived(message.seq, text);
    this.delivering = message.t === 'action' ? message.seq : null;
    this.messages.next(message);
    this.delivering = null;
    return message;
  }

  /** The shared room state of the store now. */
  roomState(): RoomState {
    return pickRoomState(this.state);
  }

  /** The store's shared state right after `seq` was applied, if the store went through it recently. */
  stateAt(seq: number): RoomState | undefined {
    return this.history.get(seq);
  }

  private start(): void {
    this.messages = new Subject<ServerMessage>();
    this.subscription = this.messages
      .pipe(
        replicate(() => {
          this.ledger.resyncSent();
          this.resync();
        }),
      )
      .subscribe((action) => {
        this.state = this.reducer(this.state, action);
        const snapshot = action.type === SyncActions.snapshotLoaded.type;
        const seq = snapshot ? (action as ReturnType<typeof SyncActions.snapshotLoaded>).seq : this.delivering!;
        this.ledger.applied(snapshot ? 'snapshot' : 'action', seq);
        if (snapshot) this.syncedAt = Date.now();
        this.seq = seq;
        this.history.set(seq, this.roomState());
        if (this.history.size > HISTORY) this.history.delete(this.history.keys().next().value!);
      });
  }
}
