/** One sweep of the bar across the picture takes this long. */
export const BAR_SWEEP_MS = 2000;

/** Left edge of the moving bar at a time: it sweeps left to right once per BAR_SWEEP_MS, on even pixels. */
export function barLeft(timestampMs: number, frameWidth: number, barWidth: number): number {
  const phase = (((timestampMs % BAR_SWEEP_MS) + BAR_SWEEP_MS) % BAR_SWEEP_MS) / BAR_SWEEP_MS;
  return Math.floor((phase * Math.max(0, frameWidth - barWidth)) / 2) * 2;
}
