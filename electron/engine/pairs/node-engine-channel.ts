import { MessageChannel, MessagePort, type TransferListItem } from 'node:worker_threads';

import { nodeMessageEnd, type EngineProcess, type EngineToBroker, type MessageEnd, type NodePortLike } from '../contract';

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

/**
 * The broker side of `openViewer` over Node ports: a fresh channel whose far end travels to the engine
 * inside a `viewer-open` message (a worker, or a port in the same thread).
 */
export function openNodeViewer(
  engine: { postMessage(value: unknown, transferList?: readonly TransferListItem[]): void },
  viewerId: string,
): ReturnType<EngineProcess['openViewer']> {
  const viewer = new MessageChannel();
  engine.postMessage({ t: 'viewer-open', viewerId, port: viewer.port2 }, [viewer.port2]);
  return nodeMessageEnd(viewer.port1);
}
