// The soak: a console session under a long show (voice levels of ~50 anchors every 300 ms, fresh anchors joining
// and leaving, PK cycles, a window that keeps reconnecting) with three normal windows, a stalled window and one
// that acks frames without reading them. `npm run bench -- soak --minutes=10` (2 minutes by default).
import '@angular/compiler';

import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID, type Command } from '@broadcast-core/bridge';

import { loopbackPolicy } from '../../electron/browser-host/access-check';
import { attachBridgeServer } from '../../electron/browser-host/bridge-server';
import { startConsoleSession } from '../../electron/session/start-console-session';
import { figure, type Benchmark, type Figure } from '../benchmark';
import { ChildRpc } from '../fanout/child-rpc';
import { ControlClient } from '../fanout/control-channel';
import { benchEngines } from '../fanout/engine-launcher';
import { runAlone } from '../fanout/print-figures';
import { threadCpuMs } from '../thread-cpu';
import { estimateOffset, wallNow, type ClockOffset } from '../fanout/wall-clock';
import { formatNumber, formatTable } from '../format-table';
import { quantile } from '../stats';
import type { EngineMemory, SoakEngineData } from './soak-engine-worker';
import type { SoakWindowReport, SoakWindowSpec } from './soak-window-process';

const ENGINE_ENTRY = join(__dirname, 'soak-engine-worker');
const WINDOW_ENTRY = join(__dirname, 'soak-window-process.ts');
const TOKEN = 'bench-soak';
/** How the broker's action messages begin (JSON.stringify keeps the key order of `{ t, seq, action }`). */
const ACTION_PREFIX = '{"t":"action","seq":';
const ROOM = 29834;

/** Minutes of show by default (`--minutes=N` or SOAK_MINUTES=N for the real soak, e.g. 10). */
const DEFAULT_MINUTES = 2;
/** The first part of the run is warm-up: JIT, caches and pools fill; memory is judged on the rest. */
const WARMUP_FRACTION = 0.2;
const MEMORY_SAMPLE_MS = 2_000;
const SOCKET_SAMPLE_MS = 250;
const PROGRESS_MS = 30_000;
/** A PK every 20 s, on air for 10 s. */
const PK_CYCLE_MS = 20_000;
const PK_ON_MS = 10_000;
const RECONNECT_MS = 10_000;

const MB = 1024 * 1024;
/** Targets: memory flat within 5 % after warm-up; at most 8 MB held for a bad window; the others' p99 unchanged. */
const GROWTH_TARGET_PERCENT = 5;
const HELD_TARGET_BYTES = 8 * MB;
const LATENCY_RATIO_TARGET = 2;
/** Past this, the soak closes a misbehaving window itself, so that a host without a limit cannot exhaust the machine. */
const VALVE_BYTES = 64 * MB;

/** The normal windows, each in its own process, and what they show. */
const NORMAL_WINDOWS: Omit<SoakWindowSpec, 'url'>[] = [
  { label: 'console', role: 'normal', streams: ['local'] },
  { label: 'preview', role: 'normal', streams: ['remote:guest_anchor:big'] },
  { label: 'wall', role: 'wall', tiles: 4 },
];
/** A window with no video, in its own process too: tells whether the others' latency comes from sharing the socket with video. */
const TEXT_ONLY_WINDOW: Omit<SoakWindowSpec, 'url'> = { label: 'text-only', role: 'normal', streams: [] };
/** The misbehaving windows, together in one more process. */
const BAD_WINDOWS: Omit<SoakWindowSpec, 'url'>[] = [
  { label: 'stalled', role: 'stalled', streams: ['local'] },
  { label: 'acking', role: 'acking', streams: ['local', 'remote:guest_anchor:big'], ackEveryMs: 33 },
  { label: 'reconnector', role: 'reconnector', streams: ['local'], reconnectMs: RECONNECT_MS },
];

interface MemorySample {
  /** Seconds since the show started. */
  t: number;
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  workerHeap: number;
  heldFrameBytes: number;
  callsInFlight: number;
  /** CPU time so far of the broker's main thread and of the engine worker's thread, in ms. */
  brokerCpuMs: number;
  workerCpuMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** `--minutes=N` on the command line, or SOAK_MINUTES=N in the environment; DEFAULT_MINUTES otherwise. */
function minutesOption(): number {
  const arg = process.argv.find((a) => a.startsWith('--minutes='));
  const value = Number(arg ? arg.slice('--minutes='.length) : (process.env['SOAK_MINUTES'] ?? NaN));
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_MINUTES;
}

/** p99 of values (a copy is sorted). */
function p99(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = Float64Array.from(values).sort();
  const pos = (s.length - 1) * 0.99;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
}

/** How a memory figure moved after warm-up: by the floors (lowest sample) of its first and last quarter, and by a line fit. */
interface Growth {
  percent: number;
  perMinute: number;
  from: number;
  to: number;
  /** Least-squares slope, in % of the mean per minute. */
  fitPerMinute: number;
}

/**
 * Growth of a sawtoothing figure (a heap between collections): the floors of the first and last quarter of the
 * samples after warm-up, so that garbage not yet collected does not read as a leak; and a straight-line fit.
 */
function growth(samples: MemorySample[], pick: (s: MemorySample) => number, fromS: number, toS: number): Growth {
  const after = samples.filter((s) => s.t >= fromS);
  if (after.length < 4) return { percent: NaN, perMinute: NaN, from: NaN, to: NaN, fitPerMinute: NaN };
  const quarter = (toS - fromS) / 4;
  const floorOf = (q: number) => Math.min(...after.filter((s) => s.t >= fromS + q * quarter && s.t < fromS + (q + 1) * quarter + 1e-9).map(pick));
  const from = floorOf(0);
  const to = floorOf(3);
  const percent = ((to - from) / from) * 100;
  const n = after.length;
  const meanT = after.reduce((a, s) => a + s.t, 0) / n;
  const meanV = after.reduce((a, s) => a + pick(s), 0) / n;
  const slope = after.reduce((a, s) => a + (s.t - meanT) * (pick(s) - meanV), 0) / after.reduce((a, s) => a + (s.t - meanT) ** 2, 0);
  return { percent, perMinute: percent / ((3 * quarter) / 60), from, to, fitPerMinute: ((slope * 60) / meanV) * 100 };
}

async function runSoak(minutes: number): Promise<Figure[]> {
  const started = performance.now();
  const durationMs = minutes * 60_000;
  console.log(
    `Soak: ${minutes} min of show on the sandbox engine worker (rehearsal + soak anchors), broker and bridge WebSocket; ` +
      `3 normal windows (console: local video; preview: guest_anchor big; wall: 4 newest cameras, small), ` +
      `a stalled window, a window acking frames without reading, a window reconnecting every ${RECONNECT_MS / 1000} s.`,
  );
  const control = new ControlClient(`bench-soak-${process.pid}`);
  const engineData: SoakEngineData = { control: control.name, roomId: ROOM, anchors: 42, videoAnchors: 4, churnEveryMs: 4_000, churnPresent: 3, seed: 11 };
  const engines = benchEngines(ENGINE_ENTRY, engineData);
  const session = startConsoleSession({ engine: { kind: 'sandbox', scenario: 'rehearsal' }, launcherFor: () => engines.launcher });
  const { broker } = session;
  const server = createServer((_request, response) => response.writeHead(404).end());
  const wss = attachBridgeServer(server, broker, loopbackPolicy(server, { control: TOKEN, view: `${TOKEN}-view` }));
  const url = `ws://127.0.0.1:${await listen(server)}/bridge?token=${TOKEN}`;
  const processes: ChildRpc[] = [];
  const timers: NodeJS.Timeout[] = [];
  let restoreConnect = () => {};
  try {
    await until(() => broker.snapshot().state.engineInfo.status === 'ready', 30_000, 'the engine to be ready');
    const run = async (command: Command) => {
      const refusal = await broker.execute(command);
      if (refusal) throw new Error(`${command.type} refused: ${refusal.message}`);
    };
    await run({
      type: 'enterRoom',
      params: { sdkAppId: SANDBOX_SDK_APP_ID, roomId: ROOM, userId: 'soak_console', role: TRTCRoleType.TRTCRoleAnchor },
      scene: TRTCAppScene.TRTCAppSceneLIVE,
    });
    await until(() => broker.snapshot().state.session.status === 'in-room', 15_000, 'the room entry');
    await run({ type: 'startLocalPreview' });
    await run({ type: 'startLocalAudio' });
    await run({ type: 'enableAudioVolumeEvaluation', intervalMs: 300 });
    await until(() => broker.snapshot().state.remoteUsers.ids.length >= engineData.anchors, 20_000, 'the soak anchors');

    // When the broker began sending each action (its first write to a window): apply times are measured from it.
    // The broker says nothing before it sends, so each window link it is given is wrapped to note the first write.
    const stamps = new Map<number, number>();
    const connect = broker.connect.bind(broker);
    broker.connect = (link) =>
      connect({
        ...link,
        send: (text) => {
          if (text.startsWith(ACTION_PREFIX)) {
            const seq = parseInt(text.slice(ACTION_PREFIX.length, ACTION_PREFIX.length + 16), 10);
            if (!stamps.has(seq)) stamps.set(seq, wallNow());
          }
          return link.send(text);
        },
      });
    restoreConnect = () => (broker.connect = connect);

    const ports = new Map<number, string>();
    const spawn = (name: string) => {
      const child = new ChildRpc(WINDOW_ENTRY, `soak ${name}`);
      child.onEvent = (event, data) => {
        const { label, port } = data as { label: string; port?: number };
        if (event === 'port' && port !== undefined) ports.set(port, label);
      };
      processes.push(child);
      return child;
    };
    const normals = [...NORMAL_WINDOWS, TEXT_ONLY_WINDOW].map((spec) => ({ spec, child: spawn(spec.label) }));
    const extras = spawn('misbehaving windows');
    await Promise.all(normals.map(({ spec, child }) => child.call('connect', { ...spec, url }, 60_000)));
    for (const spec of BAD_WINDOWS) await extras.call('connect', { ...spec, url }, 60_000);
    const offsetsAtStart = await Promise.all(normals.map(({ child }) => estimateOffset(() => child.call<number>('clock'))));
    console.log(`Setup ${((performance.now() - started) / 1000).toFixed(1)} s; ${broker.snapshot().state.remoteUsers.ids.length} remote users.`);

    const t0 = wallNow();
    const since = () => (wallNow() - t0) / 1000;

    // PK cycles: connect to userB in room 978, disconnect 10 s later.
    const pk = { requested: 0, connected: 0, disconnected: 0, refusals: [] as string[] };
    const pkCycle = () => {
      pk.requested++;
      void broker.execute({ type: 'connectOtherRoom', target: { roomId: 978 }, userId: 'userB' }).then((refusal) => {
        if (refusal) pk.refusals.push(`connect: ${refusal.reason}`);
        else pk.connected++;
      });
      timers.push(
        setTimeout(() => {
          void broker.execute({ type: 'disconnectOtherRoom' }).then((refusal) => {
            if (refusal) pk.refusals.push(`disconnect: ${refusal.reason}`);
            else pk.disconnected++;
          });
        }, PK_ON_MS),
      );
    };
    timers.push(setTimeout(pkCycle, 2_000), setInterval(pkCycle, PK_CYCLE_MS));

    // The bytes the host holds for each window's socket (ws bufferedAmount: its own queue plus the socket's).
    const held = new Map<string, number>();
    const valved = new Map<string, number>();
    timers.push(
      setInterval(() => {
        for (const ws of wss.clients) {
          const port = (ws as unknown as { _socket?: Socket })._socket?.remotePort;
          const label = (port !== undefined && ports.get(port)) || 'unknown';
          const bytes = ws.bufferedAmount;
          held.set(label, Math.max(held.get(label) ?? 0, bytes));
          if ((label === 'stalled' || label === 'acking') && bytes > VALVE_BYTES && !valved.has(label)) {
            valved.set(label, since());
            console.log(`  ${since().toFixed(0)} s: the host holds ${(bytes / MB).toFixed(0)} MB for the ${label} window; closing it (safety valve)`);
            void extras.call('drop', { label });
          }
        }
      }, SOCKET_SAMPLE_MS),
    );

    const samples: MemorySample[] = [];
    const sample = async () => {
      const m = process.memoryUsage();
      const engine = await control.call<EngineMemory>('memory', null, 10_000).catch(() => null);
      samples.push({
        t: since(),
        rss: m.rss,
        heapUsed: m.heapUsed,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        workerHeap: engine?.heapUsed ?? NaN,
        heldFrameBytes: engine?.heldFrameBytes ?? NaN,
        callsInFlight: broker.callsInFlight,
        brokerCpuMs: threadCpuMs(),
        workerCpuMs: engine?.cpuMs ?? NaN,
      });
    };
    await sample();
    timers.push(setInterval(() => void sample(), MEMORY_SAMPLE_MS));
    const progressRows = [['t s', 'broker heap MB', 'RSS MB', 'external MB', 'worker heap MB', 'engine held KB', 'calls in flight', 'held for stalled / acking / console KB', 'seq']];
    const progress = () => {
      const s = samples.at(-1)!;
      const kb = (label: string) => formatNumber((held.get(label) ?? 0) / 1024);
      progressRows.push([
        since().toFixed(0),
        (s.heapUsed / MB).toFixed(1),
        (s.rss / MB).toFixed(0),
        (s.external / MB).toFixed(1),
        (s.workerHeap / MB).toFixed(1),
        (s.heldFrameBytes / 1024).toFixed(0),
        String(s.callsInFlight),
        `${kb('stalled')} / ${kb('acking')} / ${kb('console')}`,
        String(broker.snapshot().seq),
      ]);
      console.log(`  ${progressRows.at(-1)!.join('  ')}`);
    };
    console.log(`  (${progressRows[0].join(', ')})`);
    timers.push(setInterval(progress, PROGRESS_MS));

    await sleep(durationMs);
    for (const timer of timers) clearInterval(timer);
    await sample();
    progress();

    const offsetsAtEnd = await Promise.all(normals.map(({ child }) => estimateOffset(() => child.call<number>('clock'))));
    const offsets: ClockOffset[] = offsetsAtStart.map((o, i) => ({ offsetMs: (o.offsetMs + offsetsAtEnd[i].offsetMs) / 2, rttMs: Math.max(o.rttMs, offsetsAtEnd[i].rttMs) }));
    const reports = await Promise.all(normals.map(({ spec, child }) => child.call<SoakWindowReport>('collect', { label: spec.label })));
    const badReports = new Map<string, SoakWindowReport>();
    for (const spec of BAD_WINDOWS) badReports.set(spec.label, await extras.call<SoakWindowReport>('collect', { label: spec.label }));
    const showS = durationMs / 1000;

    // Apply latency of the normal windows, from the broker sending an action to the window applying it.
    const span = Math.min(60, showS / 2);
    const first: number[] = [];
    const last: number[] = [];
    const windowRows = [['window', 'actions', 'p50 ms', 'p99 first min ms', 'p99 last min ms', 'last / first', 'video fps', 'MB/s received', 'snapshots', 'CPU %']];
    const ratios: number[] = [];
    const fps: number[] = [];
    reports.forEach((report, w) => {
      const all: number[] = [];
      const early: number[] = [];
      const late: number[] = [];
      for (let j = 0; j < report.seqs.length; j++) {
        const sent = stamps.get(report.seqs[j]);
        if (sent === undefined) continue;
        const latency = report.times[j] - offsets[w].offsetMs - sent;
        const at = (sent - t0) / 1000;
        if (at >= 0 && at < showS) all.push(latency);
        if (at >= 0 && at < span) early.push(latency);
        if (at >= showS - span && at < showS) late.push(latency);
      }
      const a = p99(early);
      const b = p99(late);
      const label = normals[w].spec.label;
      // The text-only window is a control, not one of the three windows the targets speak of.
      if (label !== TEXT_ONLY_WINDOW.label) {
        first.push(a);
        last.push(b);
        ratios.push(b / a);
        fps.push(report.frames / report.seconds);
      }
      windowRows.push([
        label,
        String(report.seqs.length),
        quantile(all, 0.5).toFixed(2),
        a.toFixed(2),
        b.toFixed(2),
        (b / a).toFixed(2),
        (report.frames / report.seconds).toFixed(1),
        (report.frameBytes / MB / report.seconds).toFixed(2),
        String(report.snapshots),
        ((report.processCpuMs / 1000 / report.seconds) * 100).toFixed(0),
      ]);
    });
    for (const [label, report] of badReports) {
      windowRows.push([label, '-', '-', '-', '-', '-', (report.frames / report.seconds).toFixed(1), (report.frameBytes / MB / report.seconds).toFixed(2), String(report.snapshots), '-']);
    }

    const warmupS = showS * WARMUP_FRACTION;
    const heap = growth(samples, (s) => s.heapUsed, warmupS, showS);
    const rss = growth(samples, (s) => s.rss, warmupS, showS);
    const external = growth(samples, (s) => s.external, warmupS, showS);
    const arrayBuffers = growth(samples, (s) => s.arrayBuffers, warmupS, showS);
    const workerHeap = growth(samples, (s) => s.workerHeap, warmupS, showS);
    const memoryRows = [['memory (after warm-up)', 'floor first quarter MB', 'floor last quarter MB', 'growth %', '% / min', 'line fit % / min', 'max MB']];
    const memoryRow = (name: string, g: Growth, pick: (s: MemorySample) => number) =>
      memoryRows.push([name, (g.from / MB).toFixed(1), (g.to / MB).toFixed(1), g.percent.toFixed(2), g.perMinute.toFixed(2), g.fitPerMinute.toFixed(2), (Math.max(...samples.map(pick)) / MB).toFixed(1)]);
    memoryRow('broker heap used (main thread)', heap, (s) => s.heapUsed);
    memoryRow('process RSS (broker + engine worker)', rss, (s) => s.rss);
    memoryRow('external (main thread)', external, (s) => s.external);
    memoryRow('arrayBuffers (main thread)', arrayBuffers, (s) => s.arrayBuffers);
    memoryRow('engine worker heap used', workerHeap, (s) => s.workerHeap);

    console.log(`\nMemory over ${minutes} min (samples every ${MEMORY_SAMPLE_MS / 1000} s; the first ${(warmupS).toFixed(0)} s are warm-up and left out)`);
    console.log(formatTable(memoryRows));
    console.log(`\nWindows (apply latency = broker's first write of an action -> window applied; "minute" = the first and last ${span.toFixed(0)} s)`);
    console.log(formatTable(windowRows));
    const heldRows = [['window', 'most held by the host (ws bufferedAmount) KB', 'closed by the safety valve at']];
    for (const label of [...NORMAL_WINDOWS, TEXT_ONLY_WINDOW, ...BAD_WINDOWS].map((s) => s.label)) {
      heldRows.push([label, formatNumber((held.get(label) ?? 0) / 1024), valved.has(label) ? `${valved.get(label)!.toFixed(0)} s (> ${VALVE_BYTES / MB} MB)` : '']);
    }
    console.log(`\nBytes the host held per socket (sampled every ${SOCKET_SAMPLE_MS} ms; the kernel's socket buffers come on top)`);
    console.log(formatTable(heldRows));
    // A stalled window is sent every action like the others: its socket holds all of them, after the kernel's buffers.
    const textOnly = reports[normals.findIndex((n) => n.spec.label === TEXT_ONLY_WINDOW.label)];
    const textKBperMin = textOnly.textBytes / 1024 / (textOnly.seconds / 60);
    console.log(
      `Every window is sent ${formatNumber(textKBperMin)} KB of actions a minute: a stalled window's socket would hold ` +
        `${formatNumber(HELD_TARGET_BYTES / 1024 / textKBperMin)} min of them in ${HELD_TARGET_BYTES / MB} MB (the kernel's socket buffers take the first few MB).`,
    );
    const [firstSample, lastSample] = [samples[0], samples.at(-1)!];
    const share = (cpu: (s: MemorySample) => number) => formatNumber(((cpu(lastSample) - cpu(firstSample)) / ((lastSample.t - firstSample.t) * 1000)) * 100);
    console.log(
      `CPU over the show: broker main thread ${share((s) => s.brokerCpuMs)} % of a core, engine worker ${share((s) => s.workerCpuMs)} % ` +
        `(relaying ${formatNumber(reports.reduce((a, r) => a + r.frameBytes / MB / r.seconds, 0))} MB/s of video to the normal windows, and more to the others).`,
    );
    const engineHeld = Math.max(...samples.map((s) => s.heldFrameBytes).filter(Number.isFinite));
    const calls = Math.max(...samples.map((s) => s.callsInFlight));
    console.log(
      `\nEngine side: frame router held at most ${formatNumber(engineHeld / 1024)} KB (all viewers). Broker calls in flight: at most ${calls}. ` +
        `PK: ${pk.requested} requested, ${pk.connected} connected, ${pk.disconnected} ended${pk.refusals.length ? `, refused: ${pk.refusals.join(', ')}` : ''}. ` +
        `Reconnects: ${badReports.get('reconnector')?.reconnects ?? 0}. Actions: ${stamps.size}. ` +
        `Remote users at the end: ${broker.snapshot().state.remoteUsers.ids.length}. Offsets: ${offsets.map((o) => `${(o.offsetMs * 1000).toFixed(0)} µs`).join(', ')}.`,
    );
    console.log(`Soak took ${((performance.now() - started) / 1000).toFixed(1)} s.`);

    const heldFor = (label: string) => (held.get(label) ?? 0) / MB;
    const valveNote = (label: string) => (valved.has(label) ? `the soak closed it at ${valved.get(label)!.toFixed(0)} s, past ${VALVE_BYTES / MB} MB` : 'sampled every 250 ms');
    const growthNote = (g: Growth) => `${g.perMinute.toFixed(2)} %/min; floors ${(g.from / MB).toFixed(1)} -> ${(g.to / MB).toFixed(1)} MB; line fit ${g.fitPerMinute.toFixed(2)} %/min`;
    return [
      figure('broker heap growth after warm-up', [heap.percent], '%', { op: '<=', value: GROWTH_TARGET_PERCENT }, { note: growthNote(heap) }),
      figure('process RSS growth after warm-up', [rss.percent], '%', { op: '<=', value: GROWTH_TARGET_PERCENT }, { note: growthNote(rss) }),
      figure('engine worker heap growth after warm-up', [workerHeap.percent], '%', { op: '<=', value: GROWTH_TARGET_PERCENT }, { note: growthNote(workerHeap) }),
      figure('external memory growth after warm-up', [external.percent], '%', undefined, { note: growthNote(external) }),
      figure('stalled window: most bytes held by the host', [heldFor('stalled')], 'MB', { op: '<=', value: HELD_TARGET_BYTES / MB }, { note: valveNote('stalled') }),
      figure('acking-not-reading window: most bytes held by the host', [heldFor('acking')], 'MB', { op: '<=', value: HELD_TARGET_BYTES / MB }, { note: valveNote('acking') }),
      figure('normal windows: p99 apply latency, first minute', first, 'ms'),
      figure('normal windows: p99 apply latency, last minute', last, 'ms'),
      figure('normal windows: p99 last / first minute', ratios, 'x', { op: '<=', value: LATENCY_RATIO_TARGET }, { note: "per window; latency from the broker's first write of an action to the window applying it" }),
      figure('normal windows: video frames received', fps, 'frames/s', undefined, { note: 'per window: console and preview one 15 fps stream each, the wall 4' }),
      figure('broker calls in flight, most', [calls], 'calls'),
    ];
  } finally {
    restoreConnect();
    for (const timer of timers) clearInterval(timer);
    await Promise.all(processes.map((p) => p.call('close', null, 5_000).catch(() => undefined)));
    await Promise.all(processes.map((p) => p.stop()));
    await session.shutdown().catch((e: unknown) => console.error(`stopping the session: ${String(e)}`));
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    control.close();
  }
}

/** The soak, for bench/run.ts. */
export const soakBenchmark: Benchmark = {
  name: 'soak',
  run: () => runSoak(minutesOption()),
};

// `npx tsx bench/soak/soak.bench.ts [--minutes=N]`: runs it alone and prints its figures.
if (require.main === module) runAlone(() => soakBenchmark.run());
