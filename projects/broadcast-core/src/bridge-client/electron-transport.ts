import { BehaviorSubject, Subject } from 'rxjs';

import type { ClientMessage, ServerMessage } from '../bridge/messages';
import type { StreamKey } from '../bridge/stream-key';
import type { BroadcasterDesktopApi } from '../desktop/desktop-api';
import { FRAME_PORT_MESSAGE } from '../desktop/ipc-channels';
import type { BridgeTransport, TransportStatus } from './bridge-transport';

/** A window's message port, in the parts the transport uses. */
export interface FramePortLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  start(): void;
  close(): void;
}

/** The window, in the parts the transport uses: the preload hands the frame port over as a window message. */
export interface FramePortSource {
  addEventListener(type: 'message', listener: (event: { source: unknown; data: unknown; ports: readonly FramePortLike[] }) => void): void;
}

const isFrameMessage = (m: ClientMessage): m is Extract<ClientMessage, { t: 'subscribe' | 'unsubscribe' | 'frame-ack' }> =>
  m.t === 'subscribe' || m.t === 'unsubscribe' || m.t === 'frame-ack';

/**
 * The desktop app's transport: bridge messages as text over the preload's IPC functions, frames on the
 * window's own port to the engine window. The window's subscriptions and acks go down that port; a new
 * port (a restarted engine) gets the subscriptions again. IPC does not drop, so the link is open from
 * the first message on; a reload connects afresh.
 */
export class ElectronTransport implements BridgeTransport {
  private readonly messagesSubject = new Subject<ServerMessage>();
  private readonly framesSubject = new Subject<Uint8Array>();
  private readonly statusSubject = new BehaviorSubject<TransportStatus>({ state: 'connecting' });
  private readonly streams = new Set<StreamKey>();
  private port: FramePortLike | null = null;
  private readonly stopListening: () => void;
  private closed = false;

  readonly messages$ = this.messagesSubject.asObservable();
  readonly frames$ = this.framesSubject.asObservable();
  readonly status$ = this.statusSubject.asObservable();

  constructor(
    private readonly api: BroadcasterDesktopApi,
    source: FramePortSource & object,
  ) {
    this.stopListening = api.bridge.onMessage((text) => {
      if (this.closed) return;
      if (this.statusSubject.value.state !== 'open') this.statusSubject.next({ state: 'open' });
      this.messagesSubject.next(JSON.parse(text) as ServerMessage);
    });
    source.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown } | null;
      if (event.source === source && data?.type === FRAME_PORT_MESSAGE && event.ports[0]) this.adopt(event.ports[0]);
    });
    api.bridge.connect();
  }

  send(message: ClientMessage): void {
    if (this.closed) return;
    if (!isFrameMessage(message)) {
      this.api.bridge.send(JSON.stringify(message));
      return;
    }
    if (message.t === 'subscribe') this.streams.add(message.stream);
    if (message.t === 'unsubscribe') this.streams.delete(message.stream);
    this.port?.postMessage(message);
  }

  close(): void {
    this.closed = true;
    this.stopListening();
    this.port?.close();
    this.port = null;
  }

  /** Takes a frame port: frames come on it, and what this window shows is asked for on it again. */
  private adopt(port: FramePortLike): void {
    this.port?.close();
    this.port = port;
    port.onmessage = (event) => {
      if (event.data instanceof Uint8Array) this.framesSubject.next(event.data);
    };
    port.start();
    for (const stream of this.streams) port.postMessage({ t: 'subscribe', stream } satisfies ClientMessage);
  }
}
