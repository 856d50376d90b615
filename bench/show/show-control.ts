// The show benchmark's side channel to its engine worker (outside the engine contract): readiness, clock, CPU.
import { BroadcastChannel } from 'node:worker_threads';

/** The BroadcastChannel's name between the benchmark and its engine worker. */
export const SHOW_CONTROL_CHANNEL = 'bench-show';

/** The benchmark's questions to its engine worker. */
export type ShowControlRequest = { t: 'clock'; id: number } | { t: 'cpu'; id: number };

/** The worker's answers, and its one report. */
export type ShowControlReply =
  | { t: 'anchors-ready' }
  | { t: 'clock'; id: number; now: number }
  /** The worker thread's CPU time so far, ms. */
  | { t: 'cpu'; id: number; ms: number };

/** The benchmark's end of the channel: asks the worker and waits for its answer. */
export class ShowControl {
  private readonly channel = new BroadcastChannel(SHOW_CONTROL_CHANNEL);
  private readonly waiting = new Map<number, (reply: ShowControlReply) => void>();
  private next = 1;
  /** Whether the anchors are on air with their show encoders. */
  anchorsReady = false;

  constructor() {
    this.channel.onmessage = (event: unknown) => {
      const reply = (event as { data: ShowControlReply }).data;
      if (reply.t === 'anchors-ready') this.anchorsReady = true;
      else this.waiting.get(reply.id)?.(reply);
    };
  }

  /** The worker's clock (its frame timestamps' clock), ms since the epoch. */
  async clock(): Promise<number> {
    const reply = await this.ask({ t: 'clock' });
    return reply.t === 'clock' ? reply.now : NaN;
  }

  /** The worker thread's CPU time so far, ms. */
  async cpuMs(): Promise<number> {
    const reply = await this.ask({ t: 'cpu' });
    return reply.t === 'cpu' ? reply.ms : NaN;
  }

  /** Stops listening. */
  close(): void {
    this.channel.close();
  }

  private ask(request: Omit<ShowControlRequest, 'id'>): Promise<ShowControlReply> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the engine worker did not answer ${request.t}`)), 5_000);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(reply);
      });
      this.channel.postMessage({ ...request, id });
    });
  }
}
