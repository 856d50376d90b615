import { Subject, type Subscription } from 'rxjs';

import type { ClientMessage, Command, ServerMessage } from '@broadcast-core/bridge';
import { replicate } from '@broadcast-core/bridge-client/replica-sync';
import {
  SyncActions,
  initialRoomState,
  pickRoomState,
  replicaMetaReducer,
  roomReducer,
  type RoomState,
} from '@broadcast-core/room-state';

import type { Broker, WindowAccess } from '../broker';
import type { WindowLink } from '../window-link';

/** A result message as a window receives it. */
export type ResultMessage = Extract<ServerMessage, { t: 'result' }>;

/** The window's store reducer: the room reducer under the replica meta-reducer, as provideRoomReplica sets it up. */
const windowReducer = replicaMetaReducer(roomReducer);

/**
 * A simulated window: an NgRx-free store holding its own replica, fed by
 * `replicate` from a WindowLink whose delivery the test drives message by
 * message (deliver, drop, reorder, or just hold by not delivering).
 */
export class InMemoryWindow {
  /** The store's state; only Snapshot Loaded and room actions from `replicate` change it. */
  state: RoomState = initialRoomState();
  /** The seq of the last snapshot or action applied to the store; null before the first snapshot. */
  seq: number | null = null;
  /** This connection's window id at the broker. */
  windowId = '';
  /** Every text the broker sent this window, over every connection, delivered or not. */
  readonly sent: string[] = [];
  /** Results delivered to this window. */
  readonly results: ResultMessage[] = [];
  /** Frame messages the broker sent (frames bypass the queue). */
  readonly frames: Uint8Array[] = [];
  /** How many snapshots this window asked for after a gap. */
  resyncRequests = 0;
  /** Connections made so far (1 after construction; each reconnect or reload adds one). */
  connections = 0;
  private queue: string[] = [];
  private input = new Subject<ServerMessage>();
  private replica: Subscription | null = null;
  private delivering: ServerMessage | null = null;
  private failure: unknown = null;

  /** Frames the window has taken (readFrames); the rest still count in its backlog. */
  private framesRead = 0;

  /**
   * `reportsBacklog`: the link tells the broker the bytes of undelivered messages and unread frames, as a
   * socket does. `access`: what the window's token allows (control by default).
   */
  constructor(
    private readonly broker: Broker,
    private readonly options: { reportsBacklog?: boolean; access?: WindowAccess } = {},
  ) {
    this.connect();
  }

  /** Bytes waiting for this window: undelivered messages and unread frames. */
  backlog(): number {
    return this.queue.reduce((sum, text) => sum + text.length, 0) + this.frames.slice(this.framesRead).reduce((sum, f) => sum + f.byteLength, 0);
  }

  /** Takes every frame sent so far: they no longer count in the backlog. */
  readFrames(): Uint8Array[] {
    const unread = this.frames.slice(this.framesRead);
    this.framesRead = this.frames.length;
    return unread;
  }

  /** Messages waiting for delivery. */
  get pending(): number {
    return this.queue.length;
  }

  /** The kind (`t`) of each waiting message, in order. */
  pendingKinds(): string[] {
    return this.queue.map((text) => (JSON.parse(text) as ServerMessage).t);
  }

  /** The shared slices of the store, JSON-normalized as they would cross a transport. */
  shared(): RoomState {
    return JSON.parse(JSON.stringify(pickRoomState(this.state)));
  }

  /** Delivers the oldest waiting message; false when none waits. */
  deliverNext(): boolean {
    const text = this.queue.shift();
    if (text === undefined) return false;
    const message = JSON.parse(text) as ServerMessage;
    if (message.t === 'result') this.results.push(message);
    this.delivering = message;
    this.failure = null;
    this.input.next(message);
    this.delivering = null;
    // RxJS would report a throwing reducer asynchronously; surface it at the delivery that caused it.
    if (this.failure) throw this.failure;
    return true;
  }

  /** Delivers until nothing waits (including snapshots the window asked for meanwhile). */
  flush(): void {
    while (this.deliverNext());
  }

  /** Loses the message at `index` of the queue (0 = oldest); false when there is none. */
  drop(index = 0): boolean {
    return this.queue.splice(index, 1).length > 0;
  }

  /** Moves the message at `index` behind the `by` messages that follow it, so it arrives late. */
  delay(index: number, by: number): boolean {
    const [text] = this.queue.splice(index, 1);
    if (text === undefined) return false;
    this.queue.splice(Math.min(index + by, this.queue.length), 0, text);
    return true;
  }

  /** Sends anything to the broker as this window: a message object is serialized, a string goes as is. */
  send(message: unknown): void {
    this.broker.receive(this.windowId, typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends a command under `id`. */
  command(id: string, command: Command): void {
    this.send({ t: 'command', id, command } satisfies ClientMessage);
  }

  /** The connection dropped and came back: queued messages are lost, a fresh ReplicaSync starts; the store is kept. */
  reconnect(): void {
    this.broker.disconnect(this.windowId);
    this.connect();
  }

  /** The window reloaded: like reconnect, but the store starts from its initial state. */
  reload(): void {
    this.reconnect();
    this.state = initialRoomState();
    this.seq = null;
  }

  /** Leaves the broker for good. */
  close(): void {
    this.broker.disconnect(this.windowId);
    this.replica?.unsubscribe();
    this.queue = [];
  }

  private connect(): void {
    this.connections++;
    this.replica?.unsubscribe();
    this.queue = [];
    const queue = this.queue;
    // Messages sent to an older connection land in that connection's (discarded) queue.
    const link: WindowLink = {
      send: (text) => {
        this.sent.push(text);
        queue.push(text);
      },
      sendFrame: (bytes) => this.frames.push(bytes),
      ...(this.options.reportsBacklog && { backlog: () => (queue === this.queue ? this.backlog() : 0) }),
    };
    this.input = new Subject<ServerMessage>();
    this.replica = this.input
      .pipe(
        replicate(() => {
          this.resyncRequests++;
          this.send({ t: 'resync' } satisfies ClientMessage);
        }),
      )
      .subscribe((action) => {
        try {
          this.state = windowReducer(this.state, action);
        } catch (e) {
          this.failure = e;
          return;
        }
        this.seq = action.type === SyncActions.snapshotLoaded.type
          ? (action as ReturnType<typeof SyncActions.snapshotLoaded>).seq
          : (this.delivering as Extract<ServerMessage, { t: 'action' }>).seq;
      });
    this.windowId = this.broker.connect(link, this.options.access);
  }
}
