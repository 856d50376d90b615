/**
 * Milliseconds since the epoch with sub-millisecond resolution: `performance.timeOrigin + performance.now()`.
 * Every thread and process of one machine reads the same wall clock this way, so a time stamped in the engine
 * worker and one stamped in a window process can be subtracted (the benchmarks also measure the residual
 * offset between them, see `estimateOffset`).
 */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** How far another thread's or process's `wallNow` is ahead of ours, and how sure we are of it. */
export interface ClockOffset {
  /** Their clock minus ours, in ms. */
  offsetMs: number;
  /** The shortest round trip of the probes: the offset is known to within half of it. */
  rttMs: number;
}

/**
 * Estimates another clock's offset the NTP way: asks for its time `probes` times and keeps the probe with the
 * shortest round trip, assuming the answer was read halfway through it.
 */
export async function estimateOffset(readTheirClock: () => Promise<number>, probes = 25): Promise<ClockOffset> {
  let best: ClockOffset = { offsetMs: 0, rttMs: Infinity };
  for (let i = 0; i < probes; i++) {
    const sent = wallNow();
    const theirs = await readTheirClock();
    const back = wallNow();
    if (back - sent < best.rttMs) best = { offsetMs: theirs - (sent + back) / 2, rttMs: back - sent };
  }
  return best;
}
