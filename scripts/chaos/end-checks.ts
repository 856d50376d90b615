import { brokerSnapshot } from './broker-snapshot';
import type { PageWindow } from './page-window';
import type { ReplicaStore } from './replica-store';
import { firstDifference } from './state-diff';
import { waitUntil } from './wait';

/** One check of the run, passed or not. */
export interface ChaosCheck {
  name: string;
  ok: boolean;
  detail: string;
}

/** A window the end checks compare with the broker. */
export interface ComparedWindow {
  label: string;
  store: ReplicaStore;
  /** A Chromium page, drained before each comparison and checked on screen as well. */
  page?: PageWindow;
}

/** How long a window may lag behind a fresh snapshot's seq before it counts as behind. */
const CATCH_UP_MS = 3000;

/**
 * Compares every window with the broker: a fresh connection's snapshot is the broker's state at its seq, and
 * each window's store must have been at that very state when it applied that seq. A page must also show its
 * bridge connected and the session "In room". Returns what differs, by window; empty when all agree.
 */
export async function windowsDiffer(bridgeUrl: string, windows: readonly ComparedWindow[]): Promise<string[]> {
  const broker = await brokerSnapshot(bridgeUrl);
  const problems: string[] = [];
  for (const w of windows) {
    const reached = await waitUntil(async () => {
      await w.page?.drain();
      return w.store.seq !== null && w.store.seq >= broker.seq;
    }, CATCH_UP_MS, 50);
    if (!reached) {
      problems.push(`${w.label}: at seq ${w.store.seq}, broker at ${broker.seq}`);
      continue;
    }
    const mine = w.store.stateAt(broker.seq);
    if (!mine) {
      problems.push(`${w.label}: never held seq ${broker.seq} (jumped past it with a snapshot)`);
      continue;
    }
    const difference = firstDifference(mine, broker.state);
    if (difference) problems.push(`${w.label} at seq ${broker.seq}: ${difference}`);
    if (w.page && !(await w.page.shows('In room').catch(() => false))) problems.push(`${w.label}: page does not show a connected bridge and "In room"`);
  }
  return problems;
}
