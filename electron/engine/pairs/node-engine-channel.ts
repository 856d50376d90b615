import { MessagePort } from 'node:worker_threads';

import { nodeMessageEnd, type EngineToBroker, type MessageEnd, type NodePortLike } from '../contract';

/**
 * The engine side's channel over a Node port (a worker's parentPort, or a MessagePort in the same
 * thread): a viewer's port that travelled inside a `viewer-open` message is handed on as a MessageEnd.
 */
export function nodeEngineChannel(port: NodePortLike): MessageEnd<unknown, EngineToBroker> {
  const end = nodeMessageEnd<unknown, EngineToBroker>(port);
  return {
    ...end,
    listen: (listener) =>
      end.listen((message) => {
        const m = message as { t?: unknown; port?: unknown } | null;
        listener(m?.t === 'viewer-open' && m.port instanceof MessagePort ? { ...m, port: nodeMessageEnd(m.port) } : message);
      }),
  };
}
