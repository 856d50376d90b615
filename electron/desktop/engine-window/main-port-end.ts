import type { MessagePortMain } from 'electron';

import type { MessageEnd } from '../../engine/contract';

/**
 * A MessageEnd over Electron's MessagePortMain (the main process's side of a channel to a renderer).
 * It carries plain messages only: frames never pass through the main process.
 */
export function mainPortEnd<In = unknown, Out = unknown>(port: MessagePortMain): MessageEnd<In, Out> {
  port.start();
  return {
    post: (message) => port.postMessage(message),
    listen: (listener) => {
      const handler = (event: { data: unknown }) => listener(event.data as In);
      port.on('message', handler);
      return () => void port.off('message', handler);
    },
    close: () => port.close(),
  };
}
