import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';

import type { ClientMessage, ServerMessage } from '../bridge/messages';

/** Where the link to the broker stands. `refused` carries the broker's reason and is final. */
export type TransportStatus =
  | { state: 'connecting' }
  | { state: 'open' }
  | { state: 'closed'; retryInMs: number }
  | { state: 'refused'; reason: string };

/** A window's link to the broker: WebSocket in the browser host, the preload bridge in Electron. */
export interface BridgeTransport {
  /** Parsed broker messages; every (re)connection starts with hello and snapshot. Never completes while open. */
  readonly messages$: Observable<ServerMessage>;
  /** Encoded frame messages (binary). */
  readonly frames$: Observable<Uint8Array>;
  /** Connection state changes, starting with the current one. */
  readonly status$: Observable<TransportStatus>;
  /** Sends a message if connected; dropped otherwise (the window resubscribes on reconnect). */
  send(message: ClientMessage): void;
  /** Closes the link for good. */
  close(): void;
}

/** The transport a window uses; provided per host. */
export const BRIDGE_TRANSPORT = new InjectionToken<BridgeTransport>('BRIDGE_TRANSPORT');
