// The benchmark's end of a side channel to its engine worker (a named BroadcastChannel, beside the engine
// contract): questions carry an id and are answered once; messages without an id are the worker's own reports.
import { BroadcastChannel } from 'node:worker_threads';

/** How long the worker has to answer. */
const ANSWER_MS = 5_000;

/** Asks an engine worker over a named channel and waits for the answer with the same id. */
export class WorkerAsker<Request extends { t: string; id: number }, Reply extends { t: string }> {
  private readonly channel: BroadcastChannel;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private next = 1;

  /** `onReport` hears every message of the worker that answers no question. */
  constructor(name: string, onReport: (report: Reply) => void = () => undefined) {
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: unknown) => {
      const reply = (event as { data: Reply & { id?: number } }).data;
      if (reply.id === undefined) onReport(reply);
      else this.waiting.get(reply.id)?.(reply);
    };
  }

  /** Sends one question; resolves with its answer, rejects when none comes in time. */
  ask<T extends Request['t']>(request: Omit<Extract<Request, { t: T }>, 'id'>): Promise<Extract<Reply, { t: T }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`the engine worker did not answer ${request.t}`));
      }, ANSWER_MS);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(reply as Extract<Reply, { t: T }>);
      });
      this.channel.postMessage({ ...request, id });
    });
  }

  /** Stops listening. */
  close(): void {
    this.channel.close();
  }
}
