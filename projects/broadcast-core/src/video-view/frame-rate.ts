/** Counts frames drawn over the last second. */
export class FrameRate {
  private readonly times: number[] = [];

  /** Notes a frame drawn at `time` (ms). */
  record(time: number): void {
    this.times.push(time);
    this.trim(time);
  }

  /** Frames drawn in the second before `now`. */
  perSecond(now: number): number {
    this.trim(now);
    return this.times.length;
  }

  /** Forgets every frame. */
  clear(): void {
    this.times.length = 0;
  }

  private trim(now: number): void {
    let stale = 0;
    while (stale < this.times.length && this.times[stale] <= now - 1000) stale++;
    if (stale) this.times.splice(0, stale);
  }
}
