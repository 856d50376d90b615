import { BehaviorSubject, Subject } from 'rxjs';

import { BRIDGE_PATH, type ClientMessage, type ServerMessage } from '../bridge/messages';
import type { BridgeTransport, TransportStatus } from './bridge-transport';

/** Close codes at or above this are the broker refusing us (bad token, origin): retrying cannot help. */
const REFUSAL_CODES = 4400;
const MAX_BACKOFF_MS = 5000;

/** The bridge URL for a page served by the browser host, with the page's token. */
export function bridgeUrl(location: { protocol: string; host: string; search: string }): string {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`;
}

/** Something that makes WebSockets (the browser's by default; specs pass a fake). */
export type WebSocketFactory = (url: string) => WebSocket;

/**
 * The browser host's transport: one WebSocket, reconnecting with backoff until
 * the broker refuses the token. Text frames are JSON messages; binary frames are video.
 */
export class WebSocketTransport implements BridgeTransport {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly messagesSubject = new Subject<ServerMessage>();
  private readonly framesSubject = new Subject<Uint8Array>();
  private readonly statusSubject = new BehaviorSubject<TransportStatus>({ state: 'connecting' });

  readonly messages$ = this.messagesSubject.asObservable();
  readonly frames$ = this.framesSubject.asObservable();
  readonly status$ = this.statusSubject.asObservable();

  constructor(
    private readonly url: string,
    private readonly createSocket: WebSocketFactory = (u) => new WebSocket(u),
  ) {
    this.open();
  }

  send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.socket?.close(1000, 'window closed');
  }

  private open(): void {
    const socket = this.createSocket(this.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    this.statusSubject.next({ state: 'connecting' });
    socket.onopen = () => {
      this.attempt = 0;
      this.statusSubject.next({ state: 'open' });
    };
    socket.onmessage = (event: MessageEvent) => {
      // A closed transport says nothing more, even while its socket finishes closing.
      if (this.closed) return;
      if (typeof event.data === 'string') this.messagesSubject.next(JSON.parse(event.data) as ServerMessage);
      else this.framesSubject.next(new Uint8Array(event.data as ArrayBuffer));
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.closed) return;
      if (event.code >= REFUSAL_CODES && event.code < 5000) {
        this.statusSubject.next({ state: 'refused', reason: event.reason || `refused (${event.code})` });
        return;
      }
      const retryInMs = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt++);
      this.statusSubject.next({ state: 'closed', retryInMs });
      this.retryTimer = setTimeout(() => this.open(), retryInMs);
    };
  }
}
