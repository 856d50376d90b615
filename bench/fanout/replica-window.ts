import type { Action, ActionReducer } from '@ngrx/store';
import { Subject, type Subscription } from 'rxjs';
import WebSocket, { type RawData } from 'ws';

import type { ClientMessage, ServerMessage } from '@broadcast-core/bridge';
import { replicate } from '@broadcast-core/bridge-client/replica-sync';
import { pickRoomState, replicaMetaReducer, roomReducer, type RoomState } from '@broadcast-core/room-state';

import { wallNow } from './wall-clock';

/** What a benchmark window is told about, as it happens. */
export interface ReplicaWindowHooks {
  /** A snapshot or action was applied to the replica: its seq, when (`wallNow()` right after), its text frame's bytes. */
  applied?(seq: number, at: number, bytes: number, snapshot: boolean): void;
  /** A binary (video) frame arrived. */
  frame?(bytes: Buffer): void;
  /** The socket closed. */
  closed?(): void;
}

/**
 * A window's room replica over the bridge WebSocket, kept exactly as a window's store keeps it: every text frame is
 * parsed as JSON, run through `replicate` (snapshots, actions in seq order, resync on a gap) and applied with
 * `replicaMetaReducer(roomReducer)`, synchronously, as NgRx's `dispatch` does.
 */
export class ReplicaWindow {
  /** The window's store state: the room slices (and nothing window-local: these windows have no UI). */
  state: Record<string, unknown>;
  /** The seq the replica is at, or null before the first snapshot. */
  seq: number | null = null;
  readonly socket: WebSocket;
  /** Resolves with the first snapshot. */
  readonly synced: Promise<void>;
  private readonly messages = new Subject<ServerMessage>();
  private readonly replica: Subscription;
  private appliedNow = false;

  constructor(url: string, hooks: ReplicaWindowHooks = {}) {
    const reducer = replicaMetaReducer(roomReducer as unknown as ActionReducer<Record<string, unknown>, Action>);
    this.state = reducer(undefined, { type: '@ngrx/store/init' });
    this.replica = this.messages.pipe(replicate(() => this.send({ t: 'resync' }))).subscribe((action) => {
      this.state = reducer(this.state, action);
      this.appliedNow = true;
    });
    this.socket = new WebSocket(url);
    let synced: () => void;
    this.synced = new Promise((resolve) => (synced = resolve));
    this.socket.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = data as Buffer;
      if (isBinary) {
        hooks.frame?.(bytes);
        return;
      }
      const message = JSON.parse(bytes.toString()) as ServerMessage;
      this.appliedNow = false;
      this.messages.next(message);
      if (!this.appliedNow) return;
      const at = wallNow();
      this.seq = (message as Extract<ServerMessage, { seq: number }>).seq;
      if (message.t === 'snapshot') synced();
      hooks.applied?.(this.seq, at, bytes.length, message.t === 'snapshot');
    });
    this.socket.on('close', () => hooks.closed?.());
    this.socket.on('error', () => undefined);
  }

  /** The shared room state of the replica. */
  roomState(): RoomState {
    return pickRoomState(this.state);
  }

  send(message: ClientMessage): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** The port this window's socket uses on its side (the host sees it as the remote port). */
  localPort(): number | undefined {
    return (this.socket as unknown as { _socket?: { localPort?: number } })._socket?.localPort;
  }

  close(): void {
    this.replica.unsubscribe();
    this.socket.terminate();
  }
}
