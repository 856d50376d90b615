import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Wall-clock time for live timers (PK elapsed, time on air), ticking once a second. */
@Injectable({ providedIn: 'root' })
export class ElapsedClock {
  private readonly time = signal(Date.now());
  /** Milliseconds since the epoch, updated every second. */
  readonly now = this.time.asReadonly();

  constructor() {
    const timer = setInterval(() => this.time.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}

/** A duration as a host reads it on a timer: m:ss, or h:mm:ss from an hour on; never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The time since `startedAt` as a timer shows it at `now`; null when nothing runs (startedAt null). */
export function elapsedSince(startedAt: number | null, now: number): string | null {
  return startedAt === null ? null : formatElapsed(now - startedAt);
}
