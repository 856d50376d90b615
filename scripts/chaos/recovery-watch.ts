import type { FaultRecord } from './fault-record';

/** What a fault waits for: its effect (optional) and then its recovery; both polled. */
export interface RecoveryCheck {
  /** True once the fault's effect was seen (the engine not ready, the show off air); none: no effect to see. */
  effect?: () => boolean;
  /** True when the fault is recovered from. */
  recovered: () => boolean;
  /** Earliest recovery, in ms after the fault (a network outage lasts at least its length). */
  notBeforeMs?: number;
  /** After this long without the effect, the recovery counts from the fault on. */
  effectGraceMs?: number;
  /** A fault whose effect must be seen (a crash that did not happen proves nothing): unseen within the grace, it fails. */
  effectRequired?: boolean;
}

interface Watched {
  record: FaultRecord;
  check: RecoveryCheck;
  startedAt: number;
  effectSeen: boolean;
}

/** Watches open faults and stamps each with the time its recovery was first seen. */
export class RecoveryWatch {
  private readonly open: Watched[] = [];

  /** Starts watching a fault that just happened. */
  watch(record: FaultRecord, check: RecoveryCheck, startedAt = Date.now()): void {
    this.open.push({ record, check, startedAt, effectSeen: !check.effect });
  }

  /** Faults not recovered yet. */
  get pending(): number {
    return this.open.length;
  }

  /** Polls every open fault once. */
  poll(now = Date.now()): void {
    for (const w of [...this.open]) {
      const elapsed = now - w.startedAt;
      if (!w.effectSeen && (safe(w.check.effect!) || elapsed > (w.check.effectGraceMs ?? 10_000))) {
        w.effectSeen = true;
        if (elapsed > (w.check.effectGraceMs ?? 10_000)) {
          w.record.note = 'effect not seen';
          if (w.check.effectRequired) {
            this.open.splice(this.open.indexOf(w), 1);
            continue;
          }
        }
      }
      if (!w.effectSeen || elapsed < (w.check.notBeforeMs ?? 0) || !safe(w.check.recovered)) continue;
      w.record.recoveredAfterMs = elapsed;
      this.open.splice(this.open.indexOf(w), 1);
    }
  }
}

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
