import '@angular/compiler'; // the broker's @ngrx/store in plain Node needs the JIT compiler loaded first

import { fork, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';

import { BRIDGE_PATH, SANDBOX_SDK_APP_ID, encodedFrameLength, i420Length, type StreamKey } from '@broadcast-core/bridge';
import { findRemoteUser } from '@broadcast-core/room-state';

import { loopbackPolicy } from '../../electron/browser-host/access-check';
import { attachBridgeServer } from '../../electron/browser-host/bridge-server';
import type { EngineLauncher } from '../../electron/engine/contract';
import { engineWorkerLauncher } from '../../electron/engine/pairs/worker-engine';
import { startConsoleSession, type ConsoleSession } from '../../electron/session/start-console-session';
import { figure, summary, type Benchmark, type Figure } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import { median, minMax, pairwiseRatios, quantile } from '../stats';
import { threadCpuMs } from '../thread-cpu';
import { WorkerAsker } from '../worker-asker';
import { installCopyCounter, type CopyCounter } from './copy-counter';
import { MemcpyBaselines } from './memcpy-baseline';
import {
  CONSOLE_USER,
  CONTROL_CHANNEL,
  LOCAL_ENCODER,
  REMOTE_ANCHORS,
  SHOW_ROOM,
  SHOW_STREAMS,
  type ControlReply,
  type ControlRequest,
  type CopyCounts,
} from './show-load';
import type { ClientCommand, ClientReport } from './window-client';

/** Measured windows of the show load, each this long. */
const SHOW_ROUNDS = 5;
const SHOW_WINDOW_MS = 2_000;
/** Short windows with every large copy attributed to the function that made it (a stack capture each). */
const AUDIT_ROUNDS = 3;
const AUDIT_WINDOW_MS = 1_000;
/** Capacity windows: 1080p frames as fast as the path takes them, each followed by the memcpy baselines. */
const CAPACITY_ROUNDS = 5;
const CAPACITY_WINDOW_MS = 1_000;
const MEMCPY_MS = 200;
/** Delivered 1080p bytes per second must reach this share of memcpy of the same stream of frames (see memcpy-baseline.ts). */
const CAPACITY_TARGET = 0.25;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();

async function until(test: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** The window client in its own process, driven over IPC. */
class WindowClient {
  private readonly waiting: ((report: ClientReport) => boolean)[] = [];
  private readonly child: ChildProcess;
  errors: string[] = [];

  constructor() {
    this.child = fork(join(__dirname, 'window-client.ts'), [], {
      execArgv: ['--require', require.resolve('tsx/cjs')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (raw) => {
      const report = raw as ClientReport;
      if (report.t === 'error') this.errors.push(report.message);
      const i = this.waiting.findIndex((w) => w(report));
      if (i >= 0) this.waiting.splice(i, 1);
    });
  }

  send(command: ClientCommand): void {
    this.child.send(command);
  }

  /** Sends a command and waits for the first report that `pick` accepts. */
  ask<T>(command: ClientCommand, pick: (report: ClientReport) => T | undefined, timeoutMs = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the window client did not answer ${command.cmd} (${this.errors.join('; ') || 'no error'})`)), timeoutMs);
      this.waiting.push((report) => {
        const value = pick(report);
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      });
      this.send(command);
    });
  }

  async window(): Promise<Extract<ClientReport, { t: 'window' }>> {
    return this.ask({ cmd: 'stop' }, (r) => (r.t === 'window' ? r : undefined));
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.send({ cmd: 'exit' });
    await Promise.race([exited, sleep(2_000)]);
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** Everything the benchmark runs: a console session with the engine in a worker, the bridge, a window client. */
interface Rig {
  session: ConsoleSession;
  worker: () => Worker;
  server: Server;
  client: WindowClient;
  control: WorkerAsker<ControlRequest, ControlReply>;
  copies: CopyCounter;
  close(): Promise<void>;
}

/** Starts the bench's engine worker the way workerEngineLauncher starts the product's, keeping the Worker for its ELU. */
function benchLauncher(onWorker: (worker: Worker) => void): EngineLauncher {
  return engineWorkerLauncher(join(__dirname, 'bench-engine-worker'), {}, onWorker);
}

async function ok(result: Promise<unknown>, what: string): Promise<void> {
  const error = await result;
  if (error) throw new Error(`${what} refused: ${JSON.stringify(error)}`);
}

async function startRig(log: (line: string) => void): Promise<Rig> {
  const copies = installCopyCounter();
  let participantsReady = false;
  const control = new WorkerAsker<ControlRequest, ControlReply>(CONTROL_CHANNEL, (report) => {
    if (report.t === 'participants-ready') participantsReady = true;
  });
  let current: Worker | null = null;
  const session = startConsoleSession({ engine: { kind: 'sandbox' }, launcherFor: () => benchLauncher((w) => (current = w)) });
  const server = createServer((_request, response) => {
    response.statusCode = 404;
    response.end();
  });
  const token = 'bench-frame-transport';
  const wss = attachBridgeServer(server, session.broker, loopbackPolicy(server, { control: token, view: `${token}-view` }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const client = new WindowClient();
  const rig: Rig = {
    session,
    worker: () => current!,
    server,
    client,
    control,
    copies,
    close: async () => {
      await client.close();
      await session.shutdown();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      control.close();
      copies.uninstall();
    },
  };
  try {
    const { broker } = session;
    const state = () => broker.snapshot().state;
    await until(() => state().engineInfo.status === 'ready', 'the engine worker to be ready');
    await until(() => participantsReady, 'the anchors to be on air');
    await ok(broker.execute({ type: 'enterRoom', params: { sdkAppId: SANDBOX_SDK_APP_ID, roomId: SHOW_ROOM, userId: CONSOLE_USER, role: 20 }, scene: 1 }), 'enterRoom');
    await until(() => state().session.status === 'in-room', 'the console to enter the room');
    await ok(broker.execute({ type: 'setVideoEncoderParam', params: LOCAL_ENCODER }), 'setVideoEncoderParam');
    await ok(broker.execute({ type: 'startLocalPreview' }), 'startLocalPreview');
    await until(() => REMOTE_ANCHORS.every((a) => findRemoteUser(state().remoteUsers, a.userId)?.videoAvailable), 'every anchor to publish video');
    const windowId = await client.ask({ cmd: 'connect', url: `ws://127.0.0.1:${port}${BRIDGE_PATH}?token=${token}` }, (r) => (r.t === 'connected' ? r.windowId : undefined));
    client.send({ cmd: 'subscribe', streams: SHOW_STREAMS.map((s) => s.stream) });
    log(`Console in room ${SHOW_ROOM} as ${CONSOLE_USER}; window ${windowId} (a separate process) subscribed to ${SHOW_STREAMS.length} streams.`);
    return rig;
  } catch (err) {
    await rig.close();
    throw err;
  }
}

/** The clock offset of another process or thread against this one: its `timeOrigin + now()` minus ours, from the fastest of a few round trips. */
async function clockOffset(ask: () => Promise<number>): Promise<{ offsetMs: number; rttMs: number }> {
  let best = { offsetMs: NaN, rttMs: Infinity };
  for (let i = 0; i < 7; i++) {
    const t0 = now();
    const theirs = await ask();
    const t1 = now();
    if (t1 - t0 < best.rttMs) best = { offsetMs: theirs - (t0 + t1) / 2, rttMs: t1 - t0 };
  }
  return best;
}

/**
 * One measured window on the broker side: event-loop active time of the broker's main thread and of the engine
 * worker (wall time inside callbacks, as performance.eventLoopUtilization counts it), the CPU time of both threads
 * (schedstat: without the time a thread waited for a core), and the broker process's CPU.
 */
async function measuredWindow(rig: Rig, ms: number) {
  const worker = rig.worker();
  const workerCpu = async () => (await rig.control.ask<'cpu'>({ t: 'cpu' })).ms;
  const workerCpu0 = await workerCpu();
  const mainElu = performance.eventLoopUtilization();
  const workerElu = worker.performance.eventLoopUtilization();
  const mainCpu0 = threadCpuMs();
  const cpu = process.cpuUsage();
  rig.client.send({ cmd: 'start' });
  await sleep(ms);
  const report = await rig.client.window();
  const processCpu = process.cpuUsage(cpu);
  const mainCpuMs = threadCpuMs() - mainCpu0;
  const mainActiveMs = performance.eventLoopUtilization(mainElu).active;
  const workerActiveMs = worker.performance.eventLoopUtilization(workerElu).active;
  return {
    report,
    mainActiveMs,
    workerActiveMs,
    mainCpuMs,
    workerCpuMs: (await workerCpu()) - workerCpu0,
    processCpuMs: (processCpu.user + processCpu.system) / 1000,
  };
}

function siteText(bySite: Record<string, number>, frames: number): string {
  return Object.entries(bySite)
    .sort((a, b) => b[1] - a[1])
    .map(([site, bytes]) => `${site}: ${formatNumber(bytes / Math.max(1, frames) / 1024)} KiB/frame`)
    .join('; ');
}

/**
 * Frames through the product's real path: the sandbox engine in a worker thread (EngineHost, the engine contract,
 * FrameRouter), the broker's ViewerRelay, the bridge's WebSocket server, and a window in another process that acks
 * each frame on arrival. Under the show's load (local 1080p30, eight 360p30 and one 720p30 remote streams): fps
 * delivered and p99 latency per stream, bytes per frame message, bytes copied per frame by JavaScript on each
 * side, and CPU per frame of the broker's main thread, the engine worker and the window process. Then capacity:
 * 1080p frames (a ring of distinct pictures larger than the last-level cache) to one window as fast as the path
 * takes them, against memcpy of the same stream of frames in the same run (memcpy-baseline.ts), with a cache-warm
 * memcpy of one buffer for reference.
 */
export const frameTransportBenchmark: Benchmark = {
  name: 'frame-transport',
  async run(): Promise<Figure[]> {
    const started = performance.now();
    const rig = await startRig(console.log);
    try {
      return await measure(rig, started);
    } finally {
      await rig.close();
    }
  },
};

async function measure(rig: Rig, started: number): Promise<Figure[]> {
  const { client, control, copies } = rig;
  const figures: Figure[] = [];

  // Frames must flow on every stream before measuring.
  const deadline = Date.now() + 15_000;
  for (;;) {
    await sleep(500);
    const probe = await measuredWindow(rig, 500);
    const flowing = SHOW_STREAMS.filter((s) => (probe.report.streams[s.stream]?.frames ?? 0) > 0).length;
    if (flowing === SHOW_STREAMS.length) break;
    if (Date.now() > deadline) throw new Error(`only ${flowing} of ${SHOW_STREAMS.length} streams delivered frames (${client.errors.join('; ')})`);
  }
  const clientClock = await clockOffset(() => client.ask({ cmd: 'clock', id: 0 }, (r) => (r.t === 'clock' ? r.now : undefined)));
  const workerClock = await clockOffset(async () => (await control.ask<'clock'>({ t: 'clock' })).now);
  console.log(
    `Clocks against the broker's (timeOrigin + now): window process ${clientClock.offsetMs.toFixed(3)} ms (round trip ${clientClock.rttMs.toFixed(2)} ms), ` +
      `engine worker ${workerClock.offsetMs.toFixed(3)} ms (round trip ${workerClock.rttMs.toFixed(2)} ms); latencies are not corrected.`,
  );
  console.log(`Set up in ${((performance.now() - started) / 1000).toFixed(1)} s; ${SHOW_ROUNDS} windows of ${SHOW_WINDOW_MS} ms under the show's load...`);

  // ---- The show's load ----
  const perStream = new Map<StreamKey, { fps: number[]; p99: number[]; p50: number[]; bytes: number[]; skipped: number[] }>();
  const mainUs: number[] = [];
  const workerUs: number[] = [];
  const mainCpuUs: number[] = [];
  const workerCpuUs: number[] = [];
  const processUs: number[] = [];
  const clientUs: number[] = [];
  const totalFps: number[] = [];
  const workerCopies: number[] = [];
  const mainCopies: number[] = [];
  const workerFresh: number[] = [];
  const mainFresh: number[] = [];
  const mainGcUs: number[] = [];
  let gcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gc.observe({ entryTypes: ['gc'] });
  for (let round = 0; round < SHOW_ROUNDS; round++) {
    copies.reset();
    await control.ask<'copies'>({ t: 'copies', reset: true });
    const buffers0 = await control.ask<'buffers'>({ t: 'buffers' });
    const gcMs0 = gcMs;
    const w = await measuredWindow(rig, SHOW_WINDOW_MS);
    const gcWindowMs = gcMs - gcMs0;
    const buffers = await control.ask<'buffers'>({ t: 'buffers' });
    const workerCount = (await control.ask<'copies'>({ t: 'copies' })).counts;
    const mainCount = copies.read();
    const seconds = w.report.ms / 1000;
    let frames = 0;
    let dataBytes = 0;
    for (const { stream, width, height } of SHOW_STREAMS) {
      const s = w.report.streams[stream];
      const entry = perStream.get(stream) ?? { fps: [], p99: [], p50: [], bytes: [], skipped: [] };
      perStream.set(stream, entry);
      entry.fps.push((s?.frames ?? 0) / seconds);
      entry.p99.push(s ? quantile(s.latencies, 0.99) : NaN);
      entry.p50.push(s ? quantile(s.latencies, 0.5) : NaN);
      entry.bytes.push(s && s.frames ? s.bytes / s.frames : NaN);
      entry.skipped.push(s ? s.skipped / Math.max(1, s.frames + s.skipped) : NaN);
      frames += s?.frames ?? 0;
      dataBytes += (s?.frames ?? 0) * i420Length(width, height);
    }
    totalFps.push(frames / seconds);
    mainUs.push((w.mainActiveMs * 1000) / frames);
    workerUs.push((w.workerActiveMs * 1000) / frames);
    mainCpuUs.push((w.mainCpuMs * 1000) / frames);
    workerCpuUs.push((w.workerCpuMs * 1000) / frames);
    processUs.push((w.processCpuMs * 1000) / frames);
    clientUs.push((w.report.cpuMs * 1000) / frames);
    // Worker copies include the synthetic cameras' own painting (one copy of a prepared layer per rendered frame).
    workerCopies.push(workerCount.bytes / dataBytes);
    mainCopies.push(mainCount.bytes / dataBytes);
    // From the router's own counts: a buffer moved back to the worker is a new ArrayBuffer object there, which
    // the copy counter cannot tell from a fresh one, though its memory is the same.
    workerFresh.push((buffers.allocated - buffers0.allocated) / frames);
    mainFresh.push(mainCount.freshTargets / frames);
    mainGcUs.push((gcWindowMs * 1000) / frames);
  }

  // ---- Which code copies: a few short windows with every large copy attributed ----
  const auditWorker: CopyCounts['bySite'] = {};
  const auditMain: CopyCounts['bySite'] = {};
  const routerCopies: number[] = [];
  const cameraCopies: number[] = [];
  const mainThreadCopies: number[] = [];
  let auditFrames = 0;
  for (let round = 0; round < AUDIT_ROUNDS; round++) {
    copies.reset();
    copies.attribute(true);
    await control.ask<'copies'>({ t: 'copies', reset: true, attribute: true });
    const w = await measuredWindow(rig, AUDIT_WINDOW_MS);
    const worker = (await control.ask<'copies'>({ t: 'copies', attribute: false })).counts;
    copies.attribute(false);
    const main = copies.read();
    let frames = 0;
    let dataBytes = 0;
    for (const { stream, width, height } of SHOW_STREAMS) {
      const n = w.report.streams[stream]?.frames ?? 0;
      frames += n;
      dataBytes += n * i420Length(width, height);
    }
    auditFrames += frames;
    const sum = (bySite: Record<string, number>, test: (site: string) => boolean) =>
      Object.entries(bySite).reduce((total, [site, bytes]) => total + (test(site) ? bytes : 0), 0);
    routerCopies.push(sum(worker.bySite, (s) => s.startsWith('encodeFrame')) / dataBytes);
    cameraCopies.push(sum(worker.bySite, (s) => !s.startsWith('encodeFrame')) / dataBytes);
    mainThreadCopies.push(main.bytes / dataBytes);
    for (const [site, bytes] of Object.entries(worker.bySite)) auditWorker[site] = (auditWorker[site] ?? 0) + bytes;
    for (const [site, bytes] of Object.entries(main.bySite)) auditMain[site] = (auditMain[site] ?? 0) + bytes;
  }

  const rows = [['stream', 'size', 'fps delivered', 'latency p50 ms', 'latency p99 ms', 'bytes/frame message', 'dropped for window']];
  for (const { stream, width, height } of SHOW_STREAMS) {
    const s = perStream.get(stream)!;
    rows.push([
      stream,
      `${width}x${height}`,
      formatNumber(median(s.fps)),
      formatNumber(median(s.p50)),
      formatNumber(median(s.p99)),
      formatNumber(median(s.bytes)),
      `${(median(s.skipped) * 100).toFixed(1)}%`,
    ]);
    figures.push(figure(`${stream} ${width}x${height}: fps delivered`, s.fps, 'fps'));
    figures.push(figure(`${stream} ${width}x${height}: latency p99`, s.p99, 'ms'));
  }
  console.log(`\nShow load, per stream (median of ${SHOW_ROUNDS} windows; latency = arrival in the window process - the engine's frame timestamp)`);
  console.log(formatTable(rows));
  console.log(
    `All streams: ${formatNumber(median(totalFps))} frames/s. Per frame (all streams, median), event-loop active time: broker main thread ` +
      `${formatNumber(median(mainUs))} µs, engine worker ${formatNumber(median(workerUs))} µs (incl. the synthetic cameras); thread CPU: main ` +
      `${formatNumber(median(mainCpuUs))} µs, worker ${formatNumber(median(workerCpuUs))} µs; broker process CPU ${formatNumber(median(processUs))} µs ` +
      `(both threads, the kernel's socket work, Node's helper threads); window process CPU ${formatNumber(median(clientUs))} µs.`,
  );
  console.log(
    `Bytes copied by JavaScript per byte of picture delivered (copies of 64 KiB or more): engine worker ${median(workerCopies).toFixed(2)} ` +
      `(cameras' painting + frame router), broker main thread ${median(mainCopies).toFixed(2)}. ` +
      `Frame buffers allocated afresh per frame delivered (the rest reused, moved back by the relay): engine worker ${median(workerFresh).toFixed(2)}; ` +
      `copies into a buffer never written before, broker main thread ${median(mainFresh).toFixed(2)}. ` +
      `Broker main thread GC: ${formatNumber(median(mainGcUs))} µs per frame.`,
  );
  console.log(`Audit over ${auditFrames} frames, engine worker: ${siteText(auditWorker, auditFrames) || 'no large copies'}`);
  console.log(`Audit, broker main thread: ${siteText(auditMain, auditFrames) || 'no large copies'}`);

  figures.push(figure('all streams: frames delivered', totalFps, 'frames/s'));
  figures.push(figure('frame router copies per delivered frame (engine worker)', routerCopies, 'copies', undefined, {
    note: 'bytes copied by encodeFrame (FrameRouter) / picture bytes delivered, from stack-attributed copies; the design is 1 (one copy per viewer out of the SDK buffer), more when frames are copied into the waiting slot and then replaced',
  }));
  figures.push(figure('camera painting copies per delivered frame (engine worker)', cameraCopies, 'copies', undefined, {
    note: "the sandbox's synthetic cameras copy their prepared layer once per rendered frame; the real SDK decodes instead",
  }));
  figures.push(figure('fresh frame buffers per delivered frame (engine worker)', workerFresh, 'buffers', undefined, {
    note: "frame buffers the router allocated (zero-filled, fresh pages) / frames delivered, from the router's counts; the others were reused, given back with the window's acks",
  }));
  figures.push(figure('broker main thread GC per frame', mainGcUs, 'µs', undefined, {
    note: "PerformanceObserver 'gc' durations / frames delivered: frame buffers held until collected count against V8's external memory and bring GCs on",
  }));
  figures.push(figure('broker main thread copies per delivered frame', mainThreadCopies, 'copies', undefined, {
    note: 'ViewerRelay and ws move the transferred buffer to the socket; kernel copies (socket writes) are not counted',
  }));
  figures.push(figure('broker main thread CPU per frame (ELU)', mainUs, 'µs', undefined, {
    note: 'event-loop active time (performance.eventLoopUtilization) / frames delivered (all streams); wall time, so it grows when the machine is loaded',
  }));
  figures.push(figure('engine worker CPU per frame (ELU)', workerUs, 'µs', undefined, { note: "worker.performance.eventLoopUtilization; includes the sandbox's synthetic cameras painting each frame" }));
  figures.push(figure('broker main thread CPU per frame (thread CPU)', mainCpuUs, 'µs', undefined, { note: '/proc/thread-self/schedstat: CPU time only' }));
  figures.push(figure('engine worker CPU per frame (thread CPU)', workerCpuUs, 'µs'));
  figures.push(figure('broker process CPU per frame', processUs, 'µs'));
  figures.push(figure('window process CPU per frame', clientUs, 'µs'));

  // ---- Capacity: 1080p to one window as fast as the path goes ----
  client.send({ cmd: 'unsubscribe', streams: SHOW_STREAMS.filter((s) => s.stream !== 'local').map((s) => s.stream) });
  await ok(rig.session.broker.execute({ type: 'stopLocalPreview' }), 'stopLocalPreview');
  await sleep(300);
  const frameBytes = encodedFrameLength('local', i420Length(1920, 1080));
  const baselines = new MemcpyBaselines(frameBytes);
  const deliveredMBps: number[] = [];
  const streamMBps: number[] = [];
  const warmMBps: number[] = [];
  const freshCopyMBps: number[] = [];
  const capacityFps: number[] = [];
  const capacityP99: number[] = [];
  /** Per 1080p frame in the capacity windows: CPU of the broker's main thread, the engine worker and the window process, µs. */
  const capacityCpuUs = { main: [] as number[], worker: [] as number[], window: [] as number[] };
  for (let round = 0; round < CAPACITY_ROUNDS; round++) {
    await control.ask<'pump'>({ t: 'pump', on: true });
    await sleep(200);
    const w = await measuredWindow(rig, CAPACITY_WINDOW_MS);
    await control.ask<'pump'>({ t: 'pump', on: false });
    const s = w.report.streams['local'];
    deliveredMBps.push((s?.bytes ?? 0) / 1e6 / (w.report.ms / 1000));
    capacityFps.push((s?.frames ?? 0) / (w.report.ms / 1000));
    capacityP99.push(s ? quantile(s.latencies, 0.99) : NaN);
    const frames = Math.max(1, s?.frames ?? 0);
    capacityCpuUs.main.push((w.mainCpuMs * 1000) / frames);
    capacityCpuUs.worker.push((w.workerCpuMs * 1000) / frames);
    capacityCpuUs.window.push((w.report.cpuMs * 1000) / frames);
    await sleep(100);
    streamMBps.push(baselines.frameStream(MEMCPY_MS));
    warmMBps.push(baselines.cacheWarm(MEMCPY_MS / 2));
    freshCopyMBps.push(baselines.freshDestination(MEMCPY_MS / 2));
  }
  gc.disconnect();
  const ratios = pairwiseRatios(deliveredMBps, streamMBps);
  const warmRatios = pairwiseRatios(deliveredMBps, warmMBps);
  const range = (values: number[]) => minMax(values).map((v) => formatNumber(v)).join(' - ');
  console.log(
    `\nCapacity, 1080p frames (${formatNumber(frameBytes)} bytes each, a ring of ${baselines.sources.length} distinct pictures) to one window acking at once, ` +
      `${CAPACITY_ROUNDS} rounds: ${formatNumber(median(deliveredMBps))} MB/s (${formatNumber(median(capacityFps))} fps, p99 latency ${formatNumber(median(capacityP99))} ms); ` +
      `CPU per frame: broker main thread ${formatNumber(median(capacityCpuUs.main))} µs, engine worker ${formatNumber(median(capacityCpuUs.worker))} µs, ` +
      `window process ${formatNumber(median(capacityCpuUs.window))} µs.\n` +
      `Baseline, memcpy of the same stream of frames: ${baselines.describe()}: ${formatNumber(median(streamMBps))} MB/s [${range(streamMBps)}]; ` +
      `ratio ${(median(ratios) * 100).toFixed(1)}% (target >= ${CAPACITY_TARGET * 100}%).\n` +
      `For reference: a cache-warm memcpy of one buffer into one other runs at ${formatNumber(median(warmMBps))} MB/s [${range(warmMBps)}] ` +
      `(delivered = ${(median(warmRatios) * 100).toFixed(1)}% of it); the frame ring into a freshly allocated buffer each time (as the router did ` +
      `before it reused buffers) at ${formatNumber(median(freshCopyMBps))} MB/s, ${(median(pairwiseRatios(freshCopyMBps, streamMBps)) * 100).toFixed(0)}% of the baseline.`,
  );
  figures.push(figure('capacity: 1080p delivered', deliveredMBps, 'MB/s'));
  figures.push(figure('capacity: 1080p frames delivered', capacityFps, 'fps'));
  figures.push(figure('capacity: latency p99', capacityP99, 'ms'));
  figures.push(figure('capacity: broker main thread CPU per frame', capacityCpuUs.main, 'µs', undefined, { note: 'thread CPU: mostly the socket write (the kernel copies the frame)' }));
  figures.push(figure('capacity: engine worker CPU per frame', capacityCpuUs.worker, 'µs'));
  figures.push(figure('capacity: window process CPU per frame', capacityCpuUs.window, 'µs', undefined, { note: 'the stand-in window: reading the socket and joining the message, as a browser does' }));
  figures.push(figure('capacity: memcpy of the same stream of frames', streamMBps, 'MB/s', undefined, { note: `the baseline: ${baselines.describe()}, between capacity windows` }));
  figures.push(figure('capacity: cache-warm memcpy (reference)', warmMBps, 'MB/s', undefined, { note: 'Buffer.copy of one 1080p frame message into one reused buffer, both in cache: the cache, not the memory frames travel through' }));
  figures.push(figure('capacity: delivered / cache-warm memcpy (reference)', warmRatios, 'ratio'));
  figures.push(figure('capacity: copy into a fresh buffer / memcpy', pairwiseRatios(freshCopyMBps, streamMBps), 'ratio', undefined, {
    note: 'the frame ring into a new Uint8Array per frame (zero-filled, fresh pages), against the baseline: what a fresh buffer per frame costs',
  }));
  figures.push(figure('capacity: delivered / memcpy', ratios, 'ratio', { op: '>=', value: CAPACITY_TARGET }, { note: 'against the memcpy of the same stream of frames' }));
  if (client.errors.length) figures.push(summary('window client errors', client.errors.length, [client.errors.length, client.errors.length], 'count', { op: '<=', value: 0 }, { note: client.errors[0] }));
  return figures;
}
