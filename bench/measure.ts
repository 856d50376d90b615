/** How long to warm up and how much to sample. */
export interface MeasureOptions {
  /** Time each case runs before sampling, so the JIT has optimized it. */
  warmupMs?: number;
  /** Samples per case; the median is reported. */
  samples?: number;
  /** Target duration of one sample; calls are batched to reach it, so timer resolution does not matter. */
  sampleMs?: number;
}

/** The timing of one case. */
export interface Measurement {
  /** Median milliseconds per call across samples. */
  msPerCall: number;
  /** Fastest and slowest sample, per call: the spread shows how noisy the machine was. */
  minMsPerCall: number;
  maxMsPerCall: number;
  /** Calls per sample. */
  batch: number;
  /** Milliseconds per call of every sample, in round order: sample i of two cases was taken in the same round. */
  samples: number[];
}

const DEFAULTS: Required<MeasureOptions> = { warmupMs: 200, samples: 21, sampleMs: 20 };

/**
 * Times several cases against each other: each is warmed up and given a batch size that makes a sample last
 * about sampleMs; then samples are taken round-robin across the cases, so that background load hits every
 * case alike and ratios between them stay meaningful; the median per-call time is reported.
 */
export function measure<K extends string>(cases: Record<K, () => void>, options: MeasureOptions = {}): Record<K, Measurement> {
  const { warmupMs, samples, sampleMs } = { ...DEFAULTS, ...options };
  const names = Object.keys(cases) as K[];
  const batches = {} as Record<K, number>;
  for (const name of names) batches[name] = calibrate(cases[name], warmupMs, sampleMs);

  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let s = 0; s < samples; s++) {
    for (const name of names) times[name].push(timeBatch(cases[name], batches[name]) / batches[name]);
  }
  const result = {} as Record<K, Measurement>;
  for (const name of names) {
    const inOrder = times[name];
    const sorted = [...inOrder].sort((a, b) => a - b);
    result[name] = { msPerCall: sorted[sorted.length >> 1], minMsPerCall: sorted[0], maxMsPerCall: sorted[sorted.length - 1], batch: batches[name], samples: inOrder };
  }
  return result;
}

/** Runs fn for at least warmupMs, doubling the batch until one lasts a quarter sample; returns the batch that takes about sampleMs. */
function calibrate(fn: () => void, warmupMs: number, sampleMs: number): number {
  const warmupEnd = performance.now() + warmupMs;
  let batch = 1;
  for (;;) {
    const elapsed = timeBatch(fn, batch);
    const longEnough = elapsed >= sampleMs / 4;
    if (longEnough && performance.now() >= warmupEnd) return Math.max(1, Math.round((batch * sampleMs) / elapsed));
    if (!longEnough) batch *= 2;
  }
}

function timeBatch(fn: () => void, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return performance.now() - start;
}
