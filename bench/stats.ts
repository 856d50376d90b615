/** Small order statistics for benchmark samples (no dependencies, so page bundles and workers can use them too). */

/** The samples in ascending order (a copy). */
export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The q-quantile (0 to 1) by linear interpolation between closest ranks; NaN for no samples. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = sorted(values);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** The median (mean of the two middle samples for an even count); NaN for no samples. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Smallest and largest sample. */
export function minMax(values: readonly number[]): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** First and third quartile. */
export function iqr(values: readonly number[]): [number, number] {
  return [quantile(values, 0.25), quantile(values, 0.75)];
}

/** Element-wise a[i] / b[i]: ratios of measurements taken in the same round. */
export function pairwiseRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(a[i] / b[i]);
  return out;
}
