// The show benchmark's side channel to its engine worker (outside the engine contract): readiness, clock, CPU.
import { WorkerAsker } from '../worker-asker';

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
  private readonly asker = new WorkerAsker<ShowControlRequest, ShowControlReply>(SHOW_CONTROL_CHANNEL, (report) => {
    if (report.t === 'anchors-ready') this.anchorsReady = true;
  });
  /** Whether the anchors are on air with their show encoders. */
  anchorsReady = false;

  /** The worker's clock (its frame timestamps' clock), ms since the epoch. */
  async clock(): Promise<number> {
    return (await this.asker.ask<'clock'>({ t: 'clock' })).now;
  }

  /** The worker thread's CPU time so far, ms. */
  async cpuMs(): Promise<number> {
    return (await this.asker.ask<'cpu'>({ t: 'cpu' })).ms;
  }

  /** Stops listening. */
  close(): void {
    this.asker.close();
  }
}
