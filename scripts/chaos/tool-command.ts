import WebSocket from 'ws';

import type { Command, ServerMessage } from '@broadcast-core/bridge';

/** Sends one command over a fresh bridge connection, as an external tool would, and resolves with `ok` or the refusal. */
export function toolCommand(bridgeUrl: string, command: Command, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(bridgeUrl);
    const done = (answer: string) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer);
    };
    const timer = setTimeout(() => done('no answer'), timeoutMs);
    socket.on('error', (e) => done(`error ${e.message}`));
    socket.on('open', () => socket.send(JSON.stringify({ t: 'command', id: 'chaos', command })));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString()) as ServerMessage;
      if (message.t === 'result' && message.id === 'chaos') done(message.ok ? 'ok' : `${message.error.code} ${message.error.reason}`);
    });
  });
}
