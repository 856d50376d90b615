import WebSocket, { type RawData } from 'ws';

import { refusal, type AccessScope, type ClientMessage, type Command, type ServerMessage } from '@broadcast-core/bridge';
import type { RoomState } from '@broadcast-core/room-state';

import { ReplicaStore } from './replica-store';
import type { WindowLedger } from './seq-ledger';

/** A result as a window receives it. */
export type ResultMessage = Extract<ServerMessage, { t: 'result' }>;

/** How a socket is dropped: `terminate` destroys it (FIN, no close frame), `reset` aborts it with a TCP RST. */
export type SocketDrop = 'terminate' | 'reset';

/** The backoff of the product's WebSocketTransport: 250 ms doubling to 5 s, reset once open. */
const reconnectDelay = (attempt: number) => Math.min(5000, 250 * 2 ** attempt);

/**
 * A window without a page: a bridge WebSocket feeding a ReplicaStore (the product's own pipeline), one store
 * for the window's life as BridgeClient keeps it (a `hello` starts over), reconnecting with the transport's
 * backoff.
 */
export class ReplicaWindow {
  /** The window's store. */
  readonly store: ReplicaStore;
  /** Connections opened so far. */
  connections = 0;
  /** Close codes of connections the host closed (not this window). */
  readonly closeCodes: number[] = [];
  /** What the broker said in its last hello. */
  scope: AccessScope | null = null;
  private socket: WebSocket | null = null;
  private readonly pending = new Map<string, (result: ResultMessage) => void>();
  private nextId = 1;
  private attempt = 0;
  private closedForGood = false;
  private dropping = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    readonly label: string,
    private readonly url: string,
    ledger: WindowLedger,
  ) {
    this.store = new ReplicaStore(ledger, () => this.send({ t: 'resync' }));
    this.open();
  }

  /** Whether the socket is open now. */
  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** The shared room state of the store now. */
  roomState(): RoomState {
    return this.store.roomState();
  }

  /** Sends a message if the socket is open (as the product's transport does: nothing queues while closed). */
  send(message: ClientMessage | string): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    return true;
  }

  /** Sends a command; resolves with its result, or a `connectionDropped` refusal if the socket closes first. */
  command(command: Command): Promise<ResultMessage> {
    const id = `${this.label}-${this.nextId++}`;
    return new Promise((resolve) => {
      if (!this.send({ t: 'command', id, command })) return resolve(dropped(id));
      this.pending.set(id, resolve);
    });
  }

  /** Drops the socket as a network would; the window reconnects by itself, as a page does. */
  drop(how: SocketDrop): void {
    const socket = this.socket;
    if (!socket) return;
    this.dropping = true;
    const raw = (socket as unknown as { _socket?: { resetAndDestroy?: () => void } })._socket;
    if (how === 'reset' && raw?.resetAndDestroy) raw.resetAndDestroy();
    else socket.terminate();
  }

  /** Closes for good. */
  close(): void {
    this.closedForGood = true;
    clearTimeout(this.retry);
    this.socket?.terminate();
  }

  private open(): void {
    this.connections++;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on('open', () => (this.attempt = 0));
    socket.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return;
      const message = this.store.receive((data as Buffer).toString());
      if (message.t === 'hello') this.scope = message.scope;
      if (message.t === 'result' && message.id !== null) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', (code) => {
      if (!this.dropping && !this.closedForGood) this.closeCodes.push(code);
      this.dropping = false;
      for (const [id, resolve] of this.pending) resolve(dropped(id));
      this.pending.clear();
      if (this.closedForGood || socket !== this.socket) return;
      this.retry = setTimeout(() => this.open(), reconnectDelay(this.attempt++));
    });
  }
}

function dropped(id: string): ResultMessage {
  return { t: 'result', id, ok: false, error: refusal('invalid-state', 'connectionDropped') };
}
