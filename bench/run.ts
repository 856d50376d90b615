// Runs the benchmarks: `npm run bench` runs all, `npm run bench -- <name part> [<name part>...]` those whose name
// contains one of the parts; `--option=value` arguments go to the benchmarks (e.g. `-- soak --minutes=10`). Prints one table of every figure at the end, writes bench/results.json, and exits 1
// when a target was missed or a benchmark failed.
import '@angular/compiler'; // @ngrx/store (the room state, the broker) in plain Node needs the JIT compiler loaded before it

import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import type { Benchmark, FigureRecord } from './benchmark';
import { formatNumber, formatTable } from './format-table';
import { frameGenerationBenchmark } from './frame-generation.bench';
import { fanoutBenchmark } from './fanout/fanout.bench';
import { frameTransportBenchmark } from './frames/frame-transport.bench';
import { rendererBenchmark } from './renderers/renderers.bench';
import { soakBenchmark } from './soak/soak.bench';
import { reducerBenchmark } from './state/reducer.bench';
import { sandboxBenchmark } from './sandbox/join-leave.bench';
import { showBenchmark } from './show/show.bench';

/** A benchmark known to the runner. */
interface Entry {
  /** Matched against the command line's name parts. */
  name: string;
  /** The benchmarks of this entry, or a reason they cannot run. */
  load(): Promise<Benchmark[] | string>;
}

const builtIn = (benchmark: Benchmark): Entry => ({ name: benchmark.name, load: async () => [benchmark] });

/** Every benchmark, in run order; add new ones here. */
const BENCHMARKS: readonly Entry[] = [
  builtIn(frameGenerationBenchmark),
  builtIn(rendererBenchmark),
  builtIn(reducerBenchmark),
  builtIn(sandboxBenchmark),
  builtIn(frameTransportBenchmark),
  builtIn(fanoutBenchmark),
  builtIn(soakBenchmark),
  builtIn(showBenchmark),
];

const RESULTS_FILE = join(__dirname, 'results.json');

function targetText(f: FigureRecord): string {
  return f.target ? `${f.target.op} ${formatNumber(f.target.value)}` : '';
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const unknown = filters.filter((f) => !BENCHMARKS.some((b) => b.name.includes(f)));
  if (unknown.length > 0) {
    console.error(`No benchmark matches ${unknown.map((f) => `"${f}"`).join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}.`);
    return 2;
  }
  const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));

  const started = performance.now();
  const figures: FigureRecord[] = [];
  /** Per benchmark: its time, and the machine's 1-minute load average before and after (other work on the machine skews figures). */
  const runs: { name: string; seconds: number; load?: [number, number]; error?: string; skipped?: string }[] = [];
  for (const entry of selected) {
    let loaded: Benchmark[] | string;
    try {
      loaded = await entry.load();
    } catch (err) {
      loaded = `could not be loaded: ${(err as Error).stack ?? String(err)}`;
    }
    if (typeof loaded === 'string') {
      console.log(`\n== ${entry.name}: skipped, ${loaded}`);
      // Asked for by name, a missing benchmark is an error; in a full run it is only noted.
      runs.push(filters.length > 0 || loaded.startsWith('could not') ? { name: entry.name, seconds: 0, error: loaded } : { name: entry.name, seconds: 0, skipped: loaded });
      continue;
    }
    for (const benchmark of loaded) {
      const start = performance.now();
      const loadBefore = loadavg()[0];
      console.log(`\n== ${benchmark.name}`);
      let error: string | undefined;
      try {
        const result = await benchmark.run();
        figures.push(...result.map((f) => ({ benchmark: benchmark.name, ...f })));
      } catch (err) {
        console.error(`${benchmark.name} failed: ${(err as Error).stack ?? String(err)}`);
        error = (err as Error).message ?? String(err);
      }
      const seconds = (performance.now() - start) / 1000;
      const load: [number, number] = [loadBefore, loadavg()[0]];
      runs.push({ name: benchmark.name, seconds, load, ...(error ? { error } : {}) });
      console.log(`(${benchmark.name}: ${seconds.toFixed(1)} s; load average ${load[0].toFixed(2)} before, ${load[1].toFixed(2)} after, on ${cpus().length} cores)`);
    }
  }

  const rows = [['benchmark', 'figure', 'median', 'spread', 'unit', 'target', 'met'], ...figures.map((f) => [
    f.benchmark,
    f.name,
    formatNumber(f.median),
    `${formatNumber(f.spread[0])} - ${formatNumber(f.spread[1])}${f.spreadKind === 'iqr' ? ' (IQR)' : ''}`,
    f.unit,
    targetText(f),
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ])];
  console.log(`\n== Results (median of repeated runs; spread = min - max unless marked IQR)\n`);
  console.log(formatTable(rows, 2));
  const notes = figures.filter((f) => f.note);
  if (notes.length) console.log(`\n${notes.map((f) => `- ${f.benchmark} / ${f.name}: ${f.note}`).join('\n')}`);

  const missed = figures.filter((f) => f.met === false);
  const failed = runs.filter((r) => r.error);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpus();
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        timestamp: new Date().toISOString(),
        node: process.version,
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        platform: `${process.platform} ${process.arch}`,
        filters,
        seconds,
        benchmarks: runs,
        figures,
      },
      null,
      2,
    )}\n`,
  );
  const targets = figures.filter((f) => f.met !== undefined).length;
  console.log(
    `\n${missed.length === 0 && failed.length === 0 ? 'PASS' : 'FAIL'}: ${targets - missed.length}/${targets} targets met` +
      `${missed.length ? ` (missed: ${missed.slice(0, 6).map((f) => `${f.benchmark} / ${f.name}`).join('; ')}${missed.length > 6 ? `; and ${missed.length - 6} more` : ''})` : ''}` +
      `${failed.length ? `; failed: ${failed.map((r) => `${r.name} (${r.error?.split('\n')[0]})`).join('; ')}` : ''}` +
      ` in ${seconds.toFixed(0)} s. Figures in ${RESULTS_FILE}.`,
  );
  return missed.length > 0 || failed.length > 0 ? 1 : 0;
}

main().then(
  // Exit explicitly: a benchmark's stray handle (a socket, a timer) must not keep the run alive.
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
