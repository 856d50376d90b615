// One measuring window of the show: what every view drew, when frames left the host and reached the pages,
// and the CPU of the host, its threads, Chromium's processes and the whole machine.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

import { threadCpuMs } from '../thread-cpu';
import type { MainThreadMetrics } from './cpu-profile';
import type { PageReport } from './paint-probe-page';
import { cpuDelta, descendantCpu, machineCpu, type CpuByType } from './process-cpu';
import type { SendTimes, watchFrameSends } from './send-probe';
import type { ShowPageName, ShowRig } from './show-rig';

/** What one round measured. */
export interface Round {
  seconds: number;
  /** Per stream: host send time minus frame timestamp, ms (host clock minus worker clock). */
  sends: SendTimes;
  pages: Record<ShowPageName, PageReport>;
  /** Per page, Blink's main-thread counters over the round, seconds. */
  metrics: Record<ShowPageName, MainThreadMetrics>;
  /** CPU ms of the host process (every thread), its main thread, and the engine worker. */
  hostMs: number;
  mainThreadMs: number;
  workerMs: number;
  /** CPU ms of Chromium's processes, by type. */
  chromium: CpuByType;
  /** Share of the machine's CPU time (all cores) that was busy, 0-1. */
  machineBusy: number;
  /** 1-minute load average at the start and the end. */
  load: [number, number];
}

/** What a round reads besides the rig: Blink's counters per page and the host's frame sends. */
export interface RoundProbes {
  metrics: Record<ShowPageName, () => Promise<MainThreadMetrics>>;
  sends: ReturnType<typeof watchFrameSends>;
}

async function pageMetrics(probes: RoundProbes): Promise<Record<ShowPageName, MainThreadMetrics>> {
  return { preview: await probes.metrics.preview(), wall: await probes.metrics.wall() };
}

function metricsDelta(a: MainThreadMetrics, b: MainThreadMetrics): MainThreadMetrics {
  const out = { ...b };
  for (const key of Object.keys(out) as (keyof MainThreadMetrics)[]) out[key] = b[key] - a[key];
  return out;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Measures the running show for `ms`. */
export async function measureRound(rig: ShowRig, probes: RoundProbes, ms: number): Promise<Round> {
  const load0 = loadavg()[0];
  const metrics0 = await pageMetrics(probes);
  await rig.resetProbes();
  probes.sends.reset();
  const started = performance.now();
  const host0 = process.cpuUsage();
  const main0 = threadCpuMs();
  const worker0 = await rig.control.cpuMs();
  const chromium0 = descendantCpu();
  const machine0 = machineCpu();
  await sleep(ms);
  const pages = await rig.readProbes();
  const sends = probes.sends.read();
  const host = process.cpuUsage(host0);
  const mainThreadMs = threadCpuMs() - main0;
  const workerMs = (await rig.control.cpuMs()) - worker0;
  const chromium = cpuDelta(chromium0, descendantCpu());
  const machine1 = machineCpu();
  const seconds = (performance.now() - started) / 1000;
  const metrics1 = await pageMetrics(probes);
  return {
    seconds,
    sends,
    pages,
    metrics: { preview: metricsDelta(metrics0.preview, metrics1.preview), wall: metricsDelta(metrics0.wall, metrics1.wall) },
    hostMs: (host.user + host.system) / 1000,
    mainThreadMs,
    workerMs,
    chromium,
    machineBusy: (machine1.busyMs - machine0.busyMs) / (machine1.totalMs - machine0.totalMs),
    load: [load0, loadavg()[0]],
  };
}

/** CPU ms over `seconds` as a percentage of one core. */
export const percentOfCore = (ms: number, seconds: number): number => ms / 10 / seconds;
