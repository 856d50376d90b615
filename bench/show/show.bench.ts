import '@angular/compiler'; // the broker's @ngrx/store in plain Node needs the JIT compiler loaded first

import { performance } from 'node:perf_hooks';

import { figure, type Benchmark, type Figure } from '../benchmark';
import { metricsReader } from './cpu-profile';
import { watchFrameSends } from './send-probe';
import { buildShowApp } from './show-app-build';
import { measureRound, percentOfCore, type Round, type RoundProbes } from './show-round';
import { SHOW_VIEWS, clockOffset, startShow, type ShowRig } from './show-rig';
import { viewFigures } from './view-figures';
import { whereTimeGoes } from './where-time-goes';

/** Untimed seconds after every view has drawn, before the first round. */
const WARMUP_MS = 2_000;
/** The profile and the trace run after the rounds, each this long: both slow what they watch. */
const PROFILE_MS = 3_000;
const TRACE_MS = 2_000;
const SCREENSHOTS = { wall: '/tmp/show-wall.png', preview: '/tmp/show-preview.png' } as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A numeric `--name=value` option of the command line, or its default. */
function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Extra Chromium flags: `--chromium-flags=--use-angle=swiftshader,!--disable-gpu` (`!` drops a default flag). */
function chromiumFlags(): string[] {
  const arg = process.argv.find((a) => a.startsWith('--chromium-flags='));
  return arg ? arg.slice('--chromium-flags='.length).split(/[,\s]+/).filter(Boolean) : [];
}

/**
 * The show end to end in headless Chromium through the browser host: the preview window showing the local
 * 1080p30 camera and the wall showing eight 360p30 anchors and a 720p30 co-host, all from the sandbox engine
 * in the host's worker thread over the bridge's WebSocket. Per view: frames drawn per second (target >= 29 on
 * a machine with a GPU), latency from the engine's frame timestamp to paint (p50, p99) and the renderer; the
 * CPU of the host and of Chromium's processes; then a CPU profile of both pages and a trace of Chromium.
 * Options: `--rounds=3 --round-seconds=10 --chromium-flags=...`.
 */
export const showBenchmark: Benchmark = {
  name: 'show',
  async run(): Promise<Figure[]> {
    const started = performance.now();
    await buildShowApp(console.log);
    const sends = watchFrameSends();
    const rig = await startShow(chromiumFlags(), console.log);
    try {
      return await measure(rig, sends, started);
    } finally {
      sends.stop();
      await rig.close();
    }
  },
};

async function measure(rig: ShowRig, sends: ReturnType<typeof watchFrameSends>, started: number): Promise<Figure[]> {
  const rounds = option('rounds', 3);
  const roundMs = option('round-seconds', 10) * 1000;
  const gpu = await rig.pages.wall.evaluate<string>(
    `(() => { const gl = document.createElement('canvas').getContext('webgl'); return gl ? String(gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER)) : 'none'; })()`,
  );
  const software = /swiftshader|llvmpipe|softpipe|software|none/i.test(gpu);
  console.log(`WebGL in the pages: ${gpu}. ${software ? 'No GPU in use: Chromium rasterizes and composites in software.' : 'A GPU is in use.'}`);
  const probes: RoundProbes = { metrics: { preview: await metricsReader(rig.pages.preview.session), wall: await metricsReader(rig.pages.wall.session) }, sends };
  const worker = await clockOffset(() => rig.control.clock());
  const pages = { preview: await clockOffset(() => rig.pages.preview.evaluate('showProbe.clock()')), wall: await clockOffset(() => rig.pages.wall.evaluate('showProbe.clock()')) };
  console.log(
    `Clocks against the host's main thread (timeOrigin + now): engine worker ${worker.offsetMs.toFixed(2)} ms (round trip ${worker.rttMs.toFixed(2)}), ` +
      `preview page ${pages.preview.offsetMs.toFixed(2)} ms (${pages.preview.rttMs.toFixed(2)}), wall page ${pages.wall.offsetMs.toFixed(2)} ms (${pages.wall.rttMs.toFixed(2)}); ` +
      'latencies are corrected by them, each uncertain by about half its round trips.',
  );
  // A time on one clock minus a frame timestamp on the worker's, both brought to the host's clock.
  const clocks = { host: worker.offsetMs, pages: { preview: worker.offsetMs - pages.preview.offsetMs, wall: worker.offsetMs - pages.wall.offsetMs } };
  console.log(`Set up in ${((performance.now() - started) / 1000).toFixed(1)} s; warming up ${WARMUP_MS / 1000} s, then ${rounds} rounds of ${roundMs / 1000} s...`);
  await sleep(WARMUP_MS);

  const results: Round[] = [];
  for (let r = 0; r < rounds; r++) {
    const round = await measureRound(rig, probes, roundMs);
    results.push(round);
    const fps = SHOW_VIEWS.map((v) => (round.pages[v.page].streams[v.stream]?.frames ?? 0) / round.seconds);
    const chromium = Object.values(round.chromium).reduce((a, b) => a + b, 0);
    console.log(
      `  round ${r + 1}: fps per view ${fps.map((f) => f.toFixed(1)).join(' ')}; CPU % of a core: host ${percentOfCore(round.hostMs, round.seconds).toFixed(0)}, ` +
        `Chromium ${percentOfCore(chromium, round.seconds).toFixed(0)}; machine ${(round.machineBusy * 100).toFixed(0)}% busy; load ${round.load.map((l) => l.toFixed(2)).join(' -> ')}`,
    );
  }
  await rig.pages.wall.screenshot(SCREENSHOTS.wall);
  await rig.pages.preview.screenshot(SCREENSHOTS.preview);
  console.log(`Screenshots: ${SCREENSHOTS.wall}, ${SCREENSHOTS.preview}`);

  const figures = viewFigures(results, clocks);
  figures.push(...systemFigures(results));
  figures.push(...(await whereTimeGoes(rig, PROFILE_MS, TRACE_MS)));
  return figures;
}

/** Per page, the host and Chromium's processes: how busy, per round. */
function systemFigures(results: readonly Round[]): Figure[] {
  const figures: Figure[] = [];
  const perRound = (f: (r: Round) => number) => results.map(f);
  for (const page of ['preview', 'wall'] as const) {
    figures.push(figure(`${page} page: animation frames that drew`, perRound((r) => r.pages[page].paintTurns / r.seconds), 'per s'));
    figures.push(figure(`${page} page: main thread busy`, perRound((r) => (r.metrics[page].TaskDuration / r.seconds) * 100), '% of wall', undefined, {
      note: page === 'preview' ? "Blink's TaskDuration (Performance.getMetrics): wall time in tasks, including time waiting for a core" : undefined,
    }));
  }
  figures.push(figure('host process CPU', perRound((r) => percentOfCore(r.hostMs, r.seconds)), '% of a core', undefined, {
    note: 'the browser host runs in the bench process: broker thread, engine worker (sandbox cameras, frame router), libuv',
  }));
  figures.push(figure('host main thread (broker, relay, WebSocket)', perRound((r) => percentOfCore(r.mainThreadMs, r.seconds)), '% of a core'));
  figures.push(figure('host engine worker (sandbox cameras, router)', perRound((r) => percentOfCore(r.workerMs, r.seconds)), '% of a core'));
  const types = [...new Set(results.flatMap((r) => Object.keys(r.chromium)))].filter((t) => t !== 'esbuild').sort();
  for (const type of types) figures.push(figure(`Chromium ${type} CPU`, perRound((r) => percentOfCore(r.chromium[type] ?? 0, r.seconds)), '% of a core'));
  const drawn = (r: Round) => SHOW_VIEWS.reduce((n, v) => n + (r.pages[v.page].streams[v.stream]?.frames ?? 0), 0);
  const chromiumMs = (r: Round) => Object.entries(r.chromium).reduce((ms, [type, t]) => ms + (type === 'esbuild' ? 0 : t), 0);
  figures.push(figure('all views: frames drawn', perRound((r) => drawn(r) / r.seconds), 'per s'));
  figures.push(figure('Chromium renderers CPU per frame drawn', perRound((r) => (r.chromium['renderer'] ?? 0) / drawn(r)), 'ms', undefined, {
    note: 'both pages\' renderer processes (every thread), over every frame drawn in them: what a frame costs the window, less sensitive to the machine\'s load than fps',
  }));
  figures.push(figure('Chromium CPU per frame drawn', perRound((r) => chromiumMs(r) / drawn(r)), 'ms', undefined, { note: 'every Chromium process: renderers, GPU process (software compositing), network service, browser' }));
  figures.push(figure('machine busy (all cores)', perRound((r) => r.machineBusy * 100), '%'));
  figures.push(figure('load average (1 min) at round end', perRound((r) => r.load[1]), ''));
  return figures;
}
