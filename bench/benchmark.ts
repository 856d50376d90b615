/**
 * What a benchmark is, and how it reports figures to `npm run bench` (bench/run.ts).
 *
 * Writing one:
 *
 *   import { figure, type Benchmark } from '../benchmark';
 *
 *   export const fanoutBenchmark: Benchmark = {
 *     name: 'fanout',
 *     async run() {
 *       const perRound: number[] = [];            // one value per repeat, never a single run
 *       for (let r = 0; r < 7; r++) perRound.push(await oneRound());
 *       console.log('details as you go...');      // free-form report while running
 *       return [
 *         figure('3 windows: µs per action', perRound, 'µs', { op: '<', value: 20 }),
 *         figure('actions / whole state, bytes', ratiosOfTheSameRound, 'x'),   // comparisons: ratios of one run
 *       ];
 *     },
 *   };
 *
 * Then list it in BENCHMARKS in bench/run.ts (`fanout` and `soak` are already listed: bench/run.ts imports
 * `./fanout/fanout.bench` and `./soak/soak.bench` when those files exist, and runs every exported Benchmark).
 *
 * - `figure(name, samples, unit, target?, options?)`: the median of the samples and their spread (min-max by
 *   default; `{ spread: 'iqr' }` for many noisy samples such as per-frame latencies). With a target, `met` says
 *   whether the median meets it. Targets are goals the runner prints; a missed one makes `npm run bench` exit 1,
 *   but benchmarks never assert on time in tests.
 * - `summary(name, median, [lo, hi], unit, target?)`: a figure already summarized elsewhere (a child process,
 *   a browser page), with its spread.
 * - The runner prints one table of every figure at the end (benchmark, figure, median, spread, unit, target,
 *   met) and writes bench/results.json (each figure with its benchmark, plus node version, CPU and time).
 * - Absolute times differ between machines: compare things as ratios measured in the same run (see
 *   `pairwiseRatios` in ./stats), and keep the whole `npm run bench` under 10 minutes on 2 cores.
 */
import { iqr, median, minMax } from './stats';

/** A goal for a figure's median: `median op value` must hold. */
export interface Target {
  op: '<' | '<=' | '>' | '>=';
  value: number;
}

/** One reported figure: the median of repeated measurements and how far they spread. */
export interface Figure {
  /** What was measured, e.g. `voice volumes: window (Chromium)`; unique within its benchmark. */
  name: string;
  median: number;
  /** [lo, hi]: min-max of the samples, or the interquartile range (see spreadKind). */
  spread: [number, number];
  unit: string;
  target?: Target;
  /** Whether the median meets the target; absent without a target. */
  met?: boolean;
  /** How `spread` was taken. */
  spreadKind: 'min-max' | 'iqr';
  /** How many samples the median is of. */
  samples: number;
  /** A short remark printed under the table (what the figure includes, why it may be off). */
  note?: string;
}

/** A figure as bench/results.json holds it: with the benchmark that reported it. */
export type FigureRecord = Figure & { benchmark: string };

/** One benchmark that bench/run.ts can run. */
export interface Benchmark {
  /** Short name, also used to pick benchmarks from the command line (`npm run bench -- frame`). */
  readonly name: string;
  /** Runs, prints its details as it goes, and returns its figures. Throwing fails the benchmark (and the run). */
  run(): Promise<Figure[]>;
}

/** Options of `figure`. */
export interface FigureOptions {
  /** min-max (default) for a few repeats; iqr for many noisy samples. */
  spread?: 'min-max' | 'iqr';
  note?: string;
}

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
  }
}

/** A figure from raw samples: their median and spread, and whether the median meets the target. */
export function figure(name: string, samples: readonly number[], unit: string, target?: Target, options: FigureOptions = {}): Figure {
  const finite = samples.filter((v) => Number.isFinite(v));
  const spreadKind = options.spread ?? 'min-max';
  return summary(name, median(finite), spreadKind === 'iqr' ? iqr(finite) : minMax(finite), unit, target, {
    spreadKind,
    samples: finite.length,
    note: options.note,
  });
}

/** A figure summarized elsewhere (a child process, a browser page): its median and spread as given. */
export function summary(
  name: string,
  medianValue: number,
  spread: [number, number],
  unit: string,
  target?: Target,
  extra: { spreadKind?: Figure['spreadKind']; samples?: number; note?: string } = {},
): Figure {
  return {
    name,
    median: medianValue,
    spread,
    unit,
    ...(target ? { target, met: Number.isFinite(medianValue) && meets(medianValue, target) } : {}),
    spreadKind: extra.spreadKind ?? 'min-max',
    samples: extra.samples ?? 1,
    ...(extra.note ? { note: extra.note } : {}),
  };
}
