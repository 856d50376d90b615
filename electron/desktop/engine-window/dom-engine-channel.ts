import type { EngineToBroker, MessageEnd } from '../../engine/contract';

/** A message event of a DOM MessagePort, with the ports that travelled with it. */
interface PortMessageEvent {
  data: unknown;
  ports: readonly DomPortLike[];
}

/** What the engine window needs of a DOM MessagePort (Node's MessagePort offers the same, for specs). */
export interface DomPortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: PortMessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: PortMessageEvent) => void): void;
  start(): void;
  close(): void;
}

/** A MessageEnd over a DOM MessagePort; frames posted on it move their buffers instead of copying them. */
export function domMessageEnd<In = unknown, Out = unknown>(port: DomPortLike): MessageEnd<In, Out> {
  return {
    post: (message, transfer) => port.postMessage(message, transfer),
    listen: (listener) => {
      const handler = (event: PortMessageEvent) => listener(event.data as In);
      port.addEventListener('message', handler);
      port.start();
      return () => port.removeEventListener('message', handler);
    },
    close: () => port.close(),
  };
}

/**
 * The engine window's channel to the main process: a viewer's port, which Electron sends beside the
 * `viewer-open` message rather than inside it, is put into the message as a MessageEnd.
 */
export function domEngineChannel(port: DomPortLike): MessageEnd<unknown, EngineToBroker> {
  const end = domMessageEnd<unknown, EngineToBroker>(port);
  return {
    ...end,
    listen: (listener) => {
      const handler = (event: PortMessageEvent) => {
        const data = event.data as { t?: unknown } | null;
        const viewerPort = event.ports[0];
        listener(data?.t === 'viewer-open' && viewerPort ? { ...data, port: domMessageEnd(viewerPort) } : event.data);
      };
      port.addEventListener('message', handler);
      port.start();
      return () => port.removeEventListener('message', handler);
    },
  };
}
