/**
 * One end of an ordered, asynchronous message channel, whatever carries it: a worker's parentPort, a
 * Node or DOM MessagePort, Electron's ports, or an in-process queue. The contract's two sides and
 * every viewer's frame port talk through these.
 */
export interface MessageEnd<In = unknown, Out = unknown> {
  /** Sends a message; the listed buffers are moved, not copied, where the transport allows it. */
  post(message: Out, transfer?: ArrayBuffer[]): void;
  /** Delivers every message that arrives, in order, to `listener` until the returned function is called. */
  listen(listener: (message: In) => void): () => void;
  /** Closes this end; the other end hears nothing more. */
  close(): void;
}

/** True for something shaped like a MessageEnd (a port that travelled inside a message). */
export function isMessageEnd(value: unknown): value is MessageEnd {
  const end = value as Partial<MessageEnd> | null;
  return typeof end === 'object' && end !== null && typeof end.post === 'function' && typeof end.listen === 'function' && typeof end.close === 'function';
}

/** What Node's MessagePort (and a worker's parentPort) offer. */
export interface NodePortLike {
  postMessage(value: unknown, transferList?: readonly ArrayBuffer[]): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
  off(event: 'message', listener: (value: unknown) => void): unknown;
  close?(): void;
}

/** A MessageEnd over a Node MessagePort or parentPort. */
export function nodeMessageEnd<In = unknown, Out = unknown>(port: NodePortLike): MessageEnd<In, Out> {
  return {
    post: (message, transfer) => port.postMessage(message, transfer),
    listen: (listener) => {
      const handler = (value: unknown) => listener(value as In);
      port.on('message', handler);
      return () => port.off('message', handler);
    },
    close: () => port.close?.(),
  };
}
