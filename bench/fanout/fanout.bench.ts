// State fan-out: engine callbacks to three window processes through the real product path, against the
// whole-state baseline in the same run. `npm run bench -- fanout`; options --reps=N, --storm-seconds=S, --mixes=a,b
// (or FANOUT_REPS, FANOUT_STORM_SECONDS, FANOUT_MIXES in the environment).
import '@angular/compiler';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';
import type { WebSocketServer } from 'ws';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { Broker } from '../../electron/broker/broker';
import { EngineSupervisor } from '../../electron/broker/engine-supervisor';
import { loopbackPolicy } from '../../electron/browser-host/access-check';
import { attachBridgeServer } from '../../electron/browser-host/bridge-server';
import { startConsoleSession } from '../../electron/session/start-console-session';
import { ViewerRelay } from '../../electron/session/viewer-relay';
import { RealClock } from '../../electron/time/clock';
import { figure, type Benchmark, type Figure } from '../benchmark';
import { formatNumber, formatTable } from '../format-table';
import { median, minMax, pairwiseRatios } from '../stats';
import { ChildRpc } from './child-rpc';
import { ControlClient } from './control-channel';
import { benchEngines, type BenchEngines } from './engine-launcher';
import { runAlone } from './print-figures';
import { MIXES, type Mix } from './storm-room';
import type { StormLog, StormRequest, SyntheticEngineData } from './synthetic-engine-worker';
import { threadCpuMs } from '../thread-cpu';
import { estimateOffset, type ClockOffset } from './wall-clock';
import type { WindowRecording } from './window-process';

const WORKER_ENTRY = join(__dirname, 'synthetic-engine-worker');
const WINDOW_ENTRY = join(__dirname, 'window-process.ts');
const TOKEN = 'bench-fanout';

/** Storm rates, in callbacks a second. */
export const RATES = [200, 1000, 3000] as const;
/** The rate of the whole-state baseline and of the targets. */
const BASELINE_RATE = 1000;
/** Remote users in the room. */
const USERS = 200;
const WINDOWS = 3;
/** Pause before each storm, so the previous one's garbage and sockets settle. */
const SETTLE_MS = 150;
/** A storm whose actions stop coming for this long is over, whatever it was expected to make. */
const QUIET_MS = 5_000;

/** The targets: p99 engine callback to all windows at 1,000/s; broker CPU 10x below the baseline; only changes sent. */
const LATENCY_TARGET_MS = 1;
const CPU_RATIO_TARGET = 10;
const CHANGED_ONLY_TARGET = 0.5;

type FanOut = 'actions' | 'whole-state';

/** How long and how often: `--reps=N` (default 3), `--storm-seconds=S` (default 1; 1.5 at 200/s), `--mixes=a,b`. */
interface FanoutOptions {
  reps: number;
  seconds: number;
  /** `--mixes=voice,quality`: only these storms (all by default). */
  mixes: readonly Mix[];
}

/** `--name=N` on the command line, or FANOUT_NAME=N in the environment (e.g. FANOUT_REPS=5). */
function numberOption(name: string): number | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const fromEnv = process.env[`FANOUT_${name.toUpperCase().replace(/-/g, '_')}`];
  const value = Number(arg ? arg.slice(name.length + 3) : (fromEnv ?? NaN));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function mixesOption(): readonly Mix[] {
  const arg = process.argv.find((a) => a.startsWith('--mixes='));
  const chosen = (arg?.slice('--mixes='.length) ?? process.env['FANOUT_MIXES'] ?? '').split(',');
  const known = MIXES.filter((m) => chosen.includes(m));
  return known.length ? known : MIXES;
}

/** A broker session with its synthetic engine worker and its bridge server. */
interface Rig {
  mode: FanOut;
  broker: Broker;
  engines: BenchEngines;
  control: ControlClient;
  wss: WebSocketServer;
  url: string;
  stop(): Promise<void>;
}

/** One storm's outcome, as seen by the three windows. */
interface StormResult {
  events: number;
  p50: number;
  p99: number;
  max: number;
  /** Broker main thread CPU time per callback, from the storm's start until every window applied its last action. */
  brokerUs: number;
  /** The same span's event loop busy time per callback (ELU active): counts time the thread waited for a core. */
  brokerEluUs: number;
  /** Engine worker thread CPU time per callback while it emitted them (building, cloning and posting the events). */
  workerUs: number;
  /** Engine worker event loop busy time per callback. */
  workerEluUs: number;
  /** CPU time of one window process per action it applied (parsing, replicate, reducer). */
  windowUs: number;
  /** Text bytes the windows received per action (actions, or whole snapshots in the baseline). */
  bytesPerAction: number;
  wholeReportBytes: number | null;
  /** From the last callback emitted to the last window applying its action. */
  drainMs: number;
  /** Set when the storm did not map one callback to one action (latency is then left out). */
  problem?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Starts a broker over a synthetic engine worker: through `startConsoleSession` for the product's fan-out; for the
 * baseline, the same assembly by hand (EngineSupervisor, ViewerRelay, Broker), since the session does not expose
 * `fanOut`. Then enters a room and brings USERS remote anchors into it.
 */
async function startRig(mode: FanOut): Promise<Rig> {
  const control = new ControlClient(`bench-fanout-${process.pid}-${mode}`);
  const engines = benchEngines(WORKER_ENTRY, { control: control.name, seed: 7 } satisfies SyntheticEngineData);
  let broker: Broker;
  let shutdown: () => Promise<void>;
  if (mode === 'actions') {
    const session = startConsoleSession({ engine: { kind: 'trtc' }, launcherFor: () => engines.launcher });
    broker = session.broker;
    shutdown = () => session.shutdown();
  } else {
    const clock = new RealClock();
    const supervisor = new EngineSupervisor(engines.launcher, clock);
    const viewers = new ViewerRelay(supervisor);
    const wholeState = new Broker(supervisor, { engine: 'trtc', clock, viewers, fanOut: 'whole-state' });
    supervisor.start();
    broker = wholeState;
    shutdown = async () => {
      await wholeState.shutdown();
      viewers.dispose();
      await supervisor.stop();
    };
  }
  const server = createServer((_request, response) => response.writeHead(404).end());
  const wss = attachBridgeServer(server, broker, loopbackPolicy(server, { control: TOKEN, view: `${TOKEN}-view` }));
  const port = await listen(server);
  await until(() => broker.snapshot().state.engineInfo.status === 'ready', 30_000, `the ${mode} engine to be ready`);
  const refused = await broker.execute({
    type: 'enterRoom',
    params: { sdkAppId: SANDBOX_SDK_APP_ID, roomId: 29834, userId: 'bench_host', role: TRTCRoleType.TRTCRoleAnchor, userSig: 'bench-user-sig' },
    scene: TRTCAppScene.TRTCAppSceneLIVE,
  });
  if (refused) throw new Error(`enterRoom refused: ${refused.message}`);
  await until(() => broker.snapshot().state.session.status === 'in-room', 10_000, 'the room entry');
  await control.call('populate', USERS);
  await until(() => broker.snapshot().state.remoteUsers.ids.length === USERS, 10_000, `${USERS} remote users`);
  return {
    mode,
    broker,
    engines,
    control,
    wss,
    url: `ws://127.0.0.1:${port}/bridge?token=${TOKEN}`,
    stop: async () => {
      await shutdown();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      control.close();
    },
  };
}

/** p50, p99 and max of latencies (sorted in place). */
function percentiles(values: Float64Array): { p50: number; p99: number; max: number } {
  if (values.length === 0) return { p50: NaN, p99: NaN, max: NaN };
  values.sort();
  const at = (q: number) => {
    const pos = (values.length - 1) * q;
    const lo = Math.floor(pos);
    return values[lo] + (values[Math.ceil(pos)] - values[lo]) * (pos - lo);
  };
  return { p50: at(0.5), p99: at(0.99), max: values[values.length - 1] };
}

/** Clock offsets of the windows and of each rig's engine worker, relative to this thread. */
interface Offsets {
  windows: ClockOffset[];
  workers: Map<FanOut, ClockOffset>;
}

/**
 * Runs one storm on a rig and correlates it: callback i of the storm is the action numbered `seq0 + i + 1` (every
 * callback of a storm changes the room, and nothing else makes actions meanwhile: checked by counting).
 */
async function storm(rig: Rig, windows: ChildRpc[], offsets: Offsets, request: StormRequest): Promise<StormResult> {
  await sleep(SETTLE_MS);
  const label = rig.mode;
  const base = rig.broker.snapshot().seq;
  await Promise.all(windows.map((w) => w.call('mark', { label })));

  // Counts the broker's actions, to know when it made the storm's last one (or stopped making any).
  let actions = 0;
  let expected = Infinity;
  let brokerDone: () => void = () => undefined;
  const brokerFinished = new Promise<void>((resolve) => (brokerDone = resolve));
  let quiet: NodeJS.Timeout | undefined;
  const armQuiet = () => {
    clearTimeout(quiet);
    quiet = setTimeout(brokerDone, QUIET_MS);
  };
  const counting = rig.broker.actions$.subscribe(() => {
    actions++;
    if (actions >= expected) brokerDone();
    else if (expected !== Infinity) armQuiet();
  });

  const worker = rig.engines.worker!;
  const cpu0 = threadCpuMs();
  const elu0 = performance.eventLoopUtilization();
  const workerElu0 = worker.performance.eventLoopUtilization();
  const log = await rig.control.call<StormLog>('storm', request);
  const workerElu = worker.performance.eventLoopUtilization(workerElu0);
  const n = log.emitted.length;
  expected = n;
  if (actions >= n) brokerDone();
  else armQuiet();
  await brokerFinished;
  clearTimeout(quiet);
  counting.unsubscribe();
  const made = rig.broker.snapshot().seq - base;
  const last = base + Math.min(n, made);
  const reached = await Promise.all(windows.map((w) => w.call<boolean>('reach', { label, seq: last, timeoutMs: 60_000 }, 70_000)));
  const elu = performance.eventLoopUtilization(elu0);
  const cpu = threadCpuMs() - cpu0;
  const recordings = await Promise.all(windows.map((w) => w.call<WindowRecording>('collect', { label })));

  const problems: string[] = [];
  if (made !== n) problems.push(`${n} callbacks made ${made} actions`);
  if (reached.some((r) => !r)) problems.push('a window did not get every action within 60 s');
  const worker0 = offsets.workers.get(rig.mode)!.offsetMs;
  const latencies = new Float64Array(n * windows.length);
  let count = 0;
  let bytes = 0;
  let applied = 0;
  let lastApply = -Infinity;
  recordings.forEach((recording, w) => {
    const window0 = offsets.windows[w].offsetMs;
    bytes += recording.bytes;
    applied += recording.seqs.length;
    for (let j = 0; j < recording.seqs.length; j++) {
      const i = recording.seqs[j] - base - 1;
      if (i < 0 || i >= n) continue;
      const appliedAt = recording.times[j] - window0;
      lastApply = Math.max(lastApply, appliedAt);
      latencies[count++] = appliedAt - (log.emitted[i] - worker0);
    }
  });
  if (count !== n * windows.length && made === n) problems.push(`${count} of ${n * windows.length} window applications seen`);
  const usable = problems.length === 0;
  const { p50, p99, max } = usable ? percentiles(latencies.subarray(0, count)) : { p50: NaN, p99: NaN, max: NaN };
  return {
    events: n,
    p50,
    p99,
    max,
    brokerUs: (cpu * 1000) / n,
    brokerEluUs: (elu.active * 1000) / n,
    workerUs: (log.cpuMs * 1000) / n,
    workerEluUs: (workerElu.active * 1000) / n,
    windowUs: (recordings.reduce((sum, r) => sum + r.cpuMs, 0) * 1000) / Math.max(1, applied),
    bytesPerAction: applied ? bytes / applied : NaN,
    wholeReportBytes: log.wholeReportBytes,
    drainMs: lastApply - (log.emitted[n - 1] - worker0),
    ...(usable ? {} : { problem: problems.join('; ') }),
  };
}

function secondsFor(rate: number, options: FanoutOptions): number {
  // Slow storms run longer, for enough latency samples.
  return rate <= 200 ? options.seconds * 1.5 : options.seconds;
}

/** Checks that every window's replica deep-equals the broker's state at the same seq (as JSON). */
async function replicasAgree(rig: Rig, windows: ChildRpc[]): Promise<string> {
  const { seq, state } = rig.broker.snapshot();
  await Promise.all(windows.map((w) => w.call('reach', { label: rig.mode, seq, timeoutMs: 10_000 })));
  const broker = JSON.stringify(state);
  const replicas = await Promise.all(windows.map((w) => w.call<{ seq: number; json: string }>('state', { label: rig.mode })));
  const differing = replicas.filter((r) => r.seq !== seq || r.json !== broker).length;
  return differing === 0 ? `all ${windows.length} replicas equal the broker's state at seq ${seq}` : `${differing} replica(s) DIFFER from the broker at seq ${seq}`;
}

/** `median [min-max]` of per-round values, or n/a. */
function spreadText(values: number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 'n/a';
  const [lo, hi] = minMax(finite);
  return `${formatNumber(median(finite))} [${formatNumber(lo)}-${formatNumber(hi)}]`;
}

async function runFanout(options: FanoutOptions): Promise<Figure[]> {
  const started = performance.now();
  console.log(
    `Fan-out: a synthetic engine worker (real serveEngine) in a room of ${USERS} remote users -> broker -> bridge WebSocket -> ` +
      `${WINDOWS} window processes keeping NgRx replicas (replicate + replicaMetaReducer(roomReducer)).`,
  );
  console.log(`Storms: ${options.mixes.join(', ')} at ${RATES.join(', ')} callbacks/s; baseline fanOut 'whole-state' at ${BASELINE_RATE}/s; ${options.reps} rounds.`);
  const rigs: Rig[] = [];
  const windows: ChildRpc[] = [];
  try {
    rigs.push(await startRig('actions'), await startRig('whole-state'));
    const [actionsRig, wholeRig] = rigs;
    for (let i = 1; i <= WINDOWS; i++) windows.push(new ChildRpc(WINDOW_ENTRY, `fanout window ${i}`));
    for (const rig of rigs) await Promise.all(windows.map((w) => w.call('connect', { label: rig.mode, url: rig.url }, 60_000)));

    const offsets: Offsets = { windows: [], workers: new Map() };
    for (const w of windows) offsets.windows.push(await estimateOffset(() => w.call<number>('clock')));
    for (const rig of rigs) offsets.workers.set(rig.mode, await estimateOffset(() => rig.control.call<number>('clock')));
    const offsetText = (o: ClockOffset) => `${(o.offsetMs * 1000).toFixed(0)} µs (±${((o.rttMs / 2) * 1000).toFixed(0)})`;
    console.log(
      `Clock offsets to this thread, corrected for: windows ${offsets.windows.map(offsetText).join(', ')}; ` +
        `engine workers ${rigs.map((r) => offsetText(offsets.workers.get(r.mode)!)).join(', ')}.`,
    );
    console.log(`Setup ${((performance.now() - started) / 1000).toFixed(1)} s. Warming up...`);
    await storm(actionsRig, windows, offsets, { mix: 'mixed', rate: BASELINE_RATE, seconds: options.seconds });
    await storm(wholeRig, windows, offsets, { mix: 'mixed', rate: BASELINE_RATE, seconds: options.seconds });

    const results = new Map<string, StormResult[]>();
    const key = (mode: FanOut, mix: Mix, rate: number) => `${mode} ${mix} ${rate}`;
    const add = (k: string, r: StormResult) => results.set(k, [...(results.get(k) ?? []), r]);
    for (let rep = 0; rep < options.reps; rep++) {
      const roundStart = performance.now();
      for (const mix of options.mixes) {
        // The baseline runs right after the same storm on the product's fan-out, so their ratio is of the same moment.
        for (const rate of RATES) {
          add(key('actions', mix, rate), await storm(actionsRig, windows, offsets, { mix, rate, seconds: secondsFor(rate, options) }));
          if (rate === BASELINE_RATE) add(key('whole-state', mix, rate), await storm(wholeRig, windows, offsets, { mix, rate, seconds: secondsFor(rate, options) }));
        }
      }
      console.log(`Round ${rep + 1}/${options.reps}: ${((performance.now() - roundStart) / 1000).toFixed(1)} s`);
    }
    console.log(`Actions fan-out: ${await replicasAgree(actionsRig, windows)}. Whole-state: ${await replicasAgree(wholeRig, windows)}.`);

    const problems = [...results.entries()].flatMap(([k, rs]) => rs.filter((r) => r.problem).map((r) => `${k}: ${r.problem}`));
    if (problems.length) console.log(`Storms left out of latency:\n  ${problems.join('\n  ')}`);

    const get = (mode: FanOut, mix: Mix, rate: number) => results.get(key(mode, mix, rate)) ?? [];
    const of = (rs: StormResult[], f: (r: StormResult) => number) => rs.map(f);
    const rows = [
      ['storm', 'fan-out', 'per s', 'events', 'p50 ms', 'p99 ms [rounds]', 'max ms', 'broker CPU µs/ev [rounds]', 'broker ELU µs/ev', 'worker CPU µs/ev', 'window CPU µs/action', 'B/action', 'drain ms'],
    ];
    for (const mix of options.mixes) {
      for (const [mode, rate] of [...RATES.map((r) => ['actions', r] as const), ['whole-state', BASELINE_RATE] as const]) {
        const rs = get(mode, mix, rate);
        rows.push([
          mix,
          mode,
          String(rate),
          String(rs[0]?.events ?? 0),
          formatNumber(median(of(rs, (r) => r.p50))),
          spreadText(of(rs, (r) => r.p99)),
          formatNumber(median(of(rs, (r) => r.max))),
          spreadText(of(rs, (r) => r.brokerUs)),
          formatNumber(median(of(rs, (r) => r.brokerEluUs))),
          formatNumber(median(of(rs, (r) => r.workerUs))),
          formatNumber(median(of(rs, (r) => r.windowUs))),
          formatNumber(median(of(rs, (r) => r.bytesPerAction))),
          formatNumber(median(of(rs, (r) => r.drainMs))),
        ]);
      }
    }
    console.log('\nEngine callback -> applied in all 3 windows (latency over every event x 3 windows per storm; medians of rounds)');
    console.log(formatTable(rows));

    const figures: Figure[] = [];
    for (const mix of options.mixes) {
      for (const rate of RATES) {
        figures.push(
          figure(
            `${mix} ${rate}/s: p99 engine callback -> 3 windows`,
            of(get('actions', mix, rate), (r) => r.p99),
            'ms',
            rate === BASELINE_RATE ? { op: '<', value: LATENCY_TARGET_MS } : undefined,
          ),
        );
      }
    }
    const ratioRows = [['storm', 'broker µs/ev actions', 'broker µs/ev whole-state', 'whole-state / actions', `target >= ${CPU_RATIO_TARGET}x`]];
    for (const mix of options.mixes) {
      const actionsUs = of(get('actions', mix, BASELINE_RATE), (r) => r.brokerUs);
      const wholeUs = of(get('whole-state', mix, BASELINE_RATE), (r) => r.brokerUs);
      const ratios = pairwiseRatios(wholeUs, actionsUs);
      figures.push(
        figure(`${mix} ${BASELINE_RATE}/s: broker CPU per event`, actionsUs, 'µs'),
        figure(`${mix} ${BASELINE_RATE}/s: broker CPU per event, whole-state`, wholeUs, 'µs'),
        figure(`${mix}: broker CPU whole-state / actions`, ratios, 'x', { op: '>=', value: CPU_RATIO_TARGET }),
      );
      ratioRows.push([mix, spreadText(actionsUs), spreadText(wholeUs), spreadText(ratios), median(ratios) >= CPU_RATIO_TARGET ? 'met' : 'MISSED']);
    }
    console.log(`\nBroker main thread CPU time per callback at ${BASELINE_RATE}/s (thread CPU time / callbacks; ratios of the same round)`);
    console.log(formatTable(ratioRows));

    const sizeRows = [['report', 'B/action (actions)', 'whole report B', 'action / whole report', `target < ${CHANGED_ONLY_TARGET}`]];
    for (const mix of (['voice', 'quality'] as const).filter((m) => options.mixes.includes(m))) {
      const rs = RATES.flatMap((rate) => get('actions', mix, rate));
      const perAction = of(rs, (r) => r.bytesPerAction);
      const whole = rs.map((r) => r.wholeReportBytes ?? NaN);
      const ratios = pairwiseRatios(perAction, whole);
      figures.push(
        figure(`${mix}: bytes per action`, perAction, 'B'),
        figure(`${mix}: whole report as [userId, value] pairs`, whole, 'B'),
        figure(`${mix}: action / whole report`, ratios, 'x', { op: '<', value: CHANGED_ONLY_TARGET }, { note: `${USERS} users, a fifth of them change per report` }),
      );
      sizeRows.push([mix, spreadText(perAction), spreadText(whole), spreadText(ratios), median(ratios) < CHANGED_ONLY_TARGET ? 'met' : 'MISSED']);
    }
    console.log(`\nBytes per action on the wire (text frames / actions, in the windows) vs the whole report (${USERS} users, ~20% change per report)`);
    console.log(formatTable(sizeRows));
    console.log(`\nFan-out took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return figures;
  } finally {
    await Promise.all(windows.map((w) => w.call('close', null, 5_000).catch(() => undefined)));
    await Promise.all(windows.map((w) => w.stop()));
    for (const rig of rigs) await rig.stop().catch((e: unknown) => console.error(`stopping the ${rig.mode} rig: ${String(e)}`));
  }
}

/** The fan-out benchmark, for bench/run.ts. */
export const fanoutBenchmark: Benchmark = {
  name: 'fanout',
  run: () => runFanout({ reps: numberOption('reps') ?? 3, seconds: numberOption('storm-seconds') ?? 1, mixes: mixesOption() }),
};

// `npx tsx bench/fanout/fanout.bench.ts`: runs it alone and prints its figures.
if (require.main === module) runAlone(() => fanoutBenchmark.run());
