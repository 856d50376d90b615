import { InjectionToken } from '@angular/core';

/** When the view may draw, and what time it is: requestAnimationFrame and performance.now, stubbed in specs. */
export interface FrameScheduler {
  /** Calls back once before the next paint; returns a handle for cancel. */
  request(callback: () => void): number;
  /** Cancels a pending callback. */
  cancel(handle: number): void;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/** The scheduler the VideoView draws on; the browser's animation frames by default. */
export const FRAME_SCHEDULER = new InjectionToken<FrameScheduler>('FRAME_SCHEDULER', {
  providedIn: 'root',
  factory: () => ({
    request: (callback) => requestAnimationFrame(() => callback()),
    cancel: (handle) => cancelAnimationFrame(handle),
    now: () => performance.now(),
  }),
});
