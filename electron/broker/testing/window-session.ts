import { deepStrictEqual, strictEqual } from 'node:assert/strict';

import type { Command } from '@broadcast-core/bridge';

import { createTestBroker, jsonNormal, parseAll, type TestBroker } from './broker-fixtures';
import { InMemoryWindow, type ResultMessage } from './in-memory-window';

/** A session with windows, on a stepped engine. */
export function session(options: Parameters<typeof createTestBroker>[0] = {}) {
  const t = createTestBroker(options);
  const windows = [new InMemoryWindow(t.broker), new InMemoryWindow(t.broker)];
  windows.forEach((w) => w.flush());
  return { t, a: windows[0], b: windows[1], windows };
}

/** Delivers everything to every window and checks each holds the broker's state at the broker's seq. */
export function expectInStep(t: TestBroker, windows: InMemoryWindow[]): void {
  while (windows.some((w) => w.pending > 0)) for (const w of windows) w.flush();
  const { seq, state } = t.broker.snapshot();
  for (const w of windows) {
    // node:assert, not jest's expect: testing/ compiles without the jest types.
    strictEqual(w.seq, seq, `window ${w.windowId} is at seq ${w.seq}, the broker at ${seq}`);
    deepStrictEqual(w.shared(), jsonNormal(state));
  }
}

/** The result a window received for a command id (failing when there is none, or more than one). */
export function resultOf(w: InMemoryWindow, id: string): ResultMessage {
  w.flush();
  const results = w.results.filter((r) => r.id === id);
  if (results.length !== 1) throw new Error(`window ${w.windowId} got ${results.length} results for ${id}`);
  return results[0];
}

/** Sends a command from a window and fails unless the broker took it at once. */
export function run(w: InMemoryWindow, id: string, command: Command): void {
  w.command(id, command);
  deepStrictEqual(resultOf(w, id), { t: 'result', id, ok: true });
}

/** Every result id a window was sent, delivered or not. */
export const resultIds = (w: InMemoryWindow) => parseAll(w.sent).flatMap((m) => (m.t === 'result' ? [m.id] : []));
