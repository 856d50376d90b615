// A window of the fan-out benchmark, in its own process: keeps a room replica per broker it connects to, and
// records, for every action it applies, the seq and the time it was applied.
import '@angular/compiler';

import { serveParent } from './child-rpc';
import { ReplicaWindow } from './replica-window';
import { processCpuMs } from '../thread-cpu';
import { wallNow } from './wall-clock';

/** What a window recorded between `mark` and `collect`. */
export interface WindowRecording {
  /** Seq of each applied action (or snapshot, in the whole-state baseline), in order. */
  seqs: Float64Array;
  /** `wallNow()` right after it was applied. */
  times: Float64Array;
  /** Text bytes of those messages. */
  bytes: number;
  /** CPU time of this window process meanwhile (parsing and applying, mostly), in ms. */
  cpuMs: number;
}

/** One connection of this window process: to the actions broker or to the whole-state one. */
interface Connection {
  window: ReplicaWindow;
  recording: boolean;
  seqs: number[];
  times: number[];
  bytes: number;
  cpu0: number;
  waiters: { seq: number; resolve: (reached: boolean) => void }[];
}

const connections = new Map<string, Connection>();

function connection(label: string): Connection {
  const found = connections.get(label);
  if (!found) throw new Error(`no connection "${label}"`);
  return found;
}

serveParent({
  /** Connects to a broker's bridge; answers once the first snapshot is applied, with its seq. */
  connect: async ({ label, url }: { label: string; url: string }) => {
    const c: Connection = { window: null!, recording: false, seqs: [], times: [], bytes: 0, cpu0: 0, waiters: [] };
    c.window = new ReplicaWindow(url, {
      applied: (seq, at, bytes) => {
        if (c.recording) {
          c.seqs.push(seq);
          c.times.push(at);
          c.bytes += bytes;
        }
        if (c.waiters.length) {
          c.waiters = c.waiters.filter((w) => {
            if (seq < w.seq) return true;
            w.resolve(true);
            return false;
          });
        }
      },
    });
    connections.set(label, c);
    await c.window.synced;
    return c.window.seq;
  },
  /** Starts recording afresh. */
  mark: ({ label }: { label: string }) => {
    const c = connection(label);
    Object.assign(c, { recording: true, seqs: [], times: [], bytes: 0, cpu0: processCpuMs() });
    return c.window.seq;
  },
  /** Answers true once the replica reached `seq`, or false after `timeoutMs`. */
  reach: ({ label, seq, timeoutMs }: { label: string; seq: number; timeoutMs: number }) => {
    const c = connection(label);
    if ((c.window.seq ?? -1) >= seq) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      c.waiters.push({ seq, resolve: (reached) => (clearTimeout(timer), resolve(reached)) });
    });
  },
  /** Stops recording and hands the recording over. */
  collect: ({ label }: { label: string }): WindowRecording => {
    const c = connection(label);
    c.recording = false;
    const recording = { seqs: Float64Array.from(c.seqs), times: Float64Array.from(c.times), bytes: c.bytes, cpuMs: processCpuMs() - c.cpu0 };
    Object.assign(c, { seqs: [], times: [], bytes: 0 });
    return recording;
  },
  /** The replica's shared state as JSON, with its seq, to compare with the broker's. */
  state: ({ label }: { label: string }) => {
    const c = connection(label);
    return { seq: c.window.seq, json: JSON.stringify(c.window.roomState()) };
  },
  clock: () => wallNow(),
  close: () => {
    for (const c of connections.values()) c.window.close();
    connections.clear();
  },
});
