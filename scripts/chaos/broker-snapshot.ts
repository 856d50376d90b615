import WebSocket from 'ws';

import type { ServerMessage } from '@broadcast-core/bridge';
import type { RoomState } from '@broadcast-core/room-state';

/** The broker's state at a seq, as a fresh connection's snapshot gives it. */
export interface BrokerSnapshot {
  seq: number;
  state: RoomState;
}

/** Opens a bridge connection, takes its first snapshot and closes it. */
export function brokerSnapshot(bridgeUrl: string, timeoutMs = 5000): Promise<BrokerSnapshot> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(bridgeUrl);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('no snapshot in time'));
    }, timeoutMs);
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.t !== 'snapshot') return;
      clearTimeout(timer);
      socket.close();
      resolve({ seq: message.seq, state: message.state });
    });
  });
}
