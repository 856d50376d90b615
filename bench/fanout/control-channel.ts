import { BroadcastChannel } from 'node:worker_threads';

/** A request on a control channel. */
interface ControlRequest {
  kind: 'request';
  id: number;
  op: string;
  args: unknown;
}

/** Its answer. */
interface ControlReply {
  kind: 'reply';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/**
 * A benchmark's side channel to its engine worker, beside the engine contract: a named BroadcastChannel, so it
 * needs no port in the worker's data and never crosses the engine's own channel (whose endpoint answers any
 * message it does not know with a `fault`). The benchmark calls ops; the worker serves them.
 */
export class ControlClient {
  private readonly channel: BroadcastChannel;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  private nextId = 1;

  constructor(readonly name: string) {
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event) => {
      const reply = (event as unknown as { data: ControlRequest | ControlReply }).data;
      if (reply.kind !== 'reply') return;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      clearTimeout(waiting.timer);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error ?? 'control call failed'));
    };
  }

  /** Calls an op of the worker; rejects when it fails or does not answer within `timeoutMs`. */
  call<T>(op: string, args: unknown = null, timeoutMs = 120_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the engine worker did not answer "${op}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.channel.postMessage({ kind: 'request', id, op, args } satisfies ControlRequest);
    });
  }

  close(): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error('control channel closed'));
    }
    this.pending.clear();
    this.channel.close();
  }
}

/** What a worker does for each op; an op may answer later (a storm answers when it is over). */
export type ControlHandlers = Record<string, (args: never) => unknown>;

/** Serves ops on the named control channel from inside a worker; returns a function that stops serving. */
export function serveControl(name: string, handlers: ControlHandlers): () => void {
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event) => {
    const request = (event as unknown as { data: ControlRequest | ControlReply }).data;
    if (request.kind !== 'request') return;
    const reply = (outcome: Omit<ControlReply, 'kind' | 'id'>) => channel.postMessage({ kind: 'reply', id: request.id, ...outcome } satisfies ControlReply);
    const handler = handlers[request.op];
    if (!handler) {
      reply({ ok: false, error: `unknown control op "${request.op}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(request.args as never))
      .then(
        (value) => reply({ ok: true, value }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  return () => channel.close();
}
