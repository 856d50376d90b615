import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

import { BRIDGE_PATH, refusal, type ServerMessage } from '@broadcast-core/bridge';

import type { Broker, WindowAccess } from '../broker/broker';
import type { FrameReleased } from '../broker/window-budget';
import { checkAccess, type AccessPolicy } from './access-check';
import { writesPerTurn } from './writes-per-turn';

/** Largest message a window may send; commands are small, so anything bigger is hostile or broken. */
const MAX_MESSAGE_BYTES = 64 * 1024;

/** ws.send's options for a frame, made once rather than per frame. */
const BINARY = { binary: true } as const;

/**
 * Serves the bridge over WebSocket at BRIDGE_PATH: one broker window per socket, JSON text messages both
 * ways, frames as binary messages. Each socket is checked against the access policy (host, token,
 * origin) and gets the scope its token allows; a control window is also told the view token.
 */
export function attachBridgeServer(server: Server, broker: Broker, policy: AccessPolicy): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    if (path !== BRIDGE_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const access = checkAccess(request, policy);
      if (!('scope' in access)) ws.close(access.code, access.reason);
      else serveWindow(ws, broker, writesPerTurn(socket), access.scope === 'control' ? { scope: 'control', viewToken: policy.tokens.view } : access);
    });
  });
  return wss;
}

function serveWindow(ws: WebSocket, broker: Broker, batch: () => void, access: WindowAccess): void {
  const windowId = broker.connect({
    send: (text) => {
      if (ws.readyState !== ws.OPEN) return;
      batch();
      ws.send(text);
    },
    sendFrame: (bytes: Uint8Array, released?: FrameReleased) => {
      if (ws.readyState !== ws.OPEN) {
        released?.(bytes);
        return;
      }
      batch();
      // The socket reads the bytes in place until the write is done (or failed): only then may they be reused.
      ws.send(bytes, BINARY, released && (() => released(bytes)));
    },
    // What the socket holds for a window that is not reading: the broker keeps it under a budget.
    backlog: () => ws.bufferedAmount,
  }, access);
  ws.on('message', (data: RawData, isBinary: boolean) => {
    // Windows never send binary: say so, and change nothing.
    if (isBinary) ws.send(JSON.stringify({ t: 'result', id: null, ok: false, error: refusal('invalid-message', 'binaryMessage') } satisfies ServerMessage));
    else broker.receive(windowId, data.toString());
  });
  ws.on('close', () => broker.disconnect(windowId));
  ws.on('error', () => broker.disconnect(windowId));
}
