// The fan-out benchmark's engine worker: a SyntheticEngine behind the real engine contract (`serveEngine`), in a
// room of remote users, running callback storms on command from the benchmark's control channel.
import { parentPort, workerData } from 'node:worker_threads';

import { serveEngine } from '../../electron/engine/engine-endpoint';
import { EngineHost } from '../../electron/engine/engine-host';
import { nodeEngineChannel } from '../../electron/engine/pairs/node-engine-channel';
import { RealClock } from '../../electron/time/clock';
import { serveControl } from './control-channel';
import { StormRoom, type Mix } from './storm-room';
import { SyntheticEngine } from './synthetic-engine';
import { threadCpuMs } from '../thread-cpu';
import { wallNow } from './wall-clock';

/** What the benchmark gives this worker. */
export interface SyntheticEngineData {
  /** The BroadcastChannel name of the benchmark's control channel. */
  control: string;
  /** Seed of the storms, so runs and modes see the same callbacks. */
  seed: number;
}

/** A storm to run: `rate` callbacks of `mix` a second for `seconds`. */
export interface StormRequest {
  mix: Mix;
  rate: number;
  seconds: number;
}

/** What a storm did: when each callback was emitted, in order. */
export interface StormLog {
  /** `wallNow()` just before callback i was emitted (its listeners run, and the event is posted, right after). */
  emitted: Float64Array;
  /** How long emitting took, from the first callback to the last. */
  durationMs: number;
  /** Average size of a whole voice or quality report in the storm, sent as `[userId, value]` pairs; null if none. */
  wholeReportBytes: number | null;
  /** CPU time of the engine worker's thread while it emitted the storm (the events' cloning and posting included). */
  cpuMs: number;
}

if (!parentPort) throw new Error('synthetic-engine-worker.ts runs only as a worker thread');
const data = workerData as SyntheticEngineData;
const engine = new SyntheticEngine();
const host = new EngineHost(engine, 'trtc');
const clock = new RealClock();
serveEngine({ host, sandbox: null, channel: nodeEngineChannel(parentPort), clock, crash: () => process.exit(1) });
const room = new StormRoom(data.seed);

/** Emits the storm's callbacks on schedule: at each timer tick, every callback due by now (about 1 ms apart). */
function storm({ mix, rate, seconds }: StormRequest): Promise<StormLog> {
  const total = Math.max(1, Math.round(rate * seconds));
  const emitted = new Float64Array(total);
  room.takeWholeReportBytes();
  return new Promise((resolve) => {
    let i = 0;
    const cpu0 = threadCpuMs();
    const start = performance.now();
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      for (; i < due; i++) {
        const event = room.next(mix);
        emitted[i] = wallNow();
        engine.emitEvent(event);
      }
      if (i < total) setTimeout(tick, 1);
      else resolve({ emitted, durationMs: performance.now() - start, wholeReportBytes: room.takeWholeReportBytes(), cpuMs: threadCpuMs() - cpu0 });
    };
    tick();
  });
}

serveControl(data.control, {
  /** Brings `count` remote anchors into the room with audio and video; answers how many callbacks that took. */
  populate: (count: number) => {
    const events = room.populate(count);
    for (const event of events) engine.emitEvent(event);
    return events.length;
  },
  storm,
  clock: () => wallNow(),
  size: () => room.size,
});
