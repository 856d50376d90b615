import type uPlot from 'uplot';

import { clockTime } from '@broadcast-core/ui';

/** Seconds either side of a lone sample: the span it will have once the next sample (2 s later) comes. */
const LONE_SAMPLE_MARGIN = 1;

/**
 * Tick steps in seconds for the time axis. Whole seconds only: uPlot's own steps go down
 * to a millisecond, and ticks half a second apart would read the same clock time twice.
 */
export const TIME_STEPS: readonly number[] = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200];

/**
 * The x range for sample times (Unix seconds, oldest first): their span, or a couple of
 * seconds around a lone sample. uPlot would stretch a lone sample over about 1000 days
 * (86 400 / ms), whose ticks all fall on midnights and read 00:00:00.
 */
export function timeRange(xs: ArrayLike<number>): uPlot.Range.MinMax {
  if (xs.length === 0) return [null, null];
  const first = xs[0];
  const last = xs[xs.length - 1];
  return last > first ? [first, last] : [first - LONE_SAMPLE_MARGIN, last + LONE_SAMPLE_MARGIN];
}

/** Tick labels for Unix-second splits as 24-hour local clock times: the same in both languages, unlike uPlot's am/pm. */
export function clockTimes(splits: readonly number[]): string[] {
  return splits.map((seconds) => clockTime(seconds * 1000));
}
