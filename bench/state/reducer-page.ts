// Runs in both Node and the benchmark page (bundled by esbuild): times the room reducer and a window's handling of
// the broker's action messages on a replica loaded from the broker's snapshot, as a window loads it.
import '@angular/compiler'; // @ngrx/store's partially compiled classes need the JIT compiler when not linked

import { SyncActions, isRoomAction, replicaMetaReducer, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { measure, type MeasureOptions } from '../measure';

/** One kind of action, as the broker sent it: the message texts of the actions that changed state. */
export interface CaseMessages {
  name: string;
  /** `{"t":"action","seq":…,"action":…}` texts, in order. */
  texts: string[];
}

/** Timings of one kind of action: microseconds per action of every sample. */
export interface CaseTiming {
  name: string;
  actions: number;
  /** roomReducer alone on the replica's state. */
  reducerUs: number[];
  /** JSON.parse of the message, the replica's check, and replicaMetaReducer(roomReducer). */
  windowUs: number[];
}

const replica = replicaMetaReducer(roomReducer);

/** The replica's state after the broker's snapshot message, as a window's store takes it. */
export function loadSnapshot(snapshotText: string): RoomState {
  const message = JSON.parse(snapshotText) as { t: 'snapshot'; seq: number; state: RoomState };
  return replica(undefined, SyncActions.snapshotLoaded({ seq: message.seq, state: message.state }));
}

/** The state before each action, applied in order from `state`. */
function statesBefore(state: RoomState, actions: readonly RoomAction[]): RoomState[] {
  const before: RoomState[] = [];
  let s = state;
  for (const action of actions) {
    before.push(s);
    s = roomReducer(s, action);
  }
  return before;
}

/** What `timeCases` measures besides the cases: other callables, timed in the same rounds (ms per call of every sample). */
export type ExtraTimings = Record<string, number[]>;

/**
 * Times each kind of action: `reducer` applies the parsed actions to `reducerState` (the broker's own state in Node,
 * the replica's in a page), `window` does what a window does per message (parse the text, check it is a room action,
 * apply it through the replica reducer) on `windowState`, loaded from the broker's snapshot. Every case starts from
 * the same state; a kind with several actions applies them in order (each on the state the previous one left), and
 * its time is divided by their number. Samples are taken round-robin across all cases and `extra` callables
 * (bench/measure.ts), so load on the machine hits them all alike.
 */
export function timeCases(
  windowState: RoomState,
  cases: readonly CaseMessages[],
  options: MeasureOptions,
  reducerState: RoomState = windowState,
  extra: Record<string, () => void> = {},
): { cases: CaseTiming[]; extra: ExtraTimings } {
  const prepared = cases.map(({ name, texts }) => {
    const actions = texts.map((t) => (JSON.parse(t) as { action: RoomAction }).action);
    return { name, texts, actions, before: statesBefore(reducerState, actions), windowBefore: statesBefore(windowState, actions) };
  });
  const fns: Record<string, () => void> = {};
  let sink = 0;
  prepared.forEach((c, i) => {
    if (c.actions.length === 0) return;
    fns[`${i}:reducer`] = () => {
      for (let k = 0; k < c.actions.length; k++) if (roomReducer(c.before[k], c.actions[k]) !== c.before[k]) sink++;
    };
    fns[`${i}:window`] = () => {
      for (let k = 0; k < c.texts.length; k++) {
        const message = JSON.parse(c.texts[k]) as { t: string; seq: number; action: RoomAction };
        if (message.t !== 'action' || !isRoomAction(message.action)) throw new Error(`not a room action: ${c.texts[k].slice(0, 80)}`);
        if (replica(c.windowBefore[k], message.action) !== c.windowBefore[k]) sink++;
      }
    };
  });
  for (const [key, fn] of Object.entries(extra)) fns[`extra:${key}`] = fn;
  const timings = measure(fns, options);
  if (sink < 0) throw new Error('unreachable'); // keeps the results observable, so nothing is optimized away
  return {
    cases: prepared.map((c, i) => {
      const us = (key: string) => (timings[`${i}:${key}`]?.samples ?? []).map((ms) => (ms * 1000) / c.actions.length);
      return { name: c.name, actions: c.actions.length, reducerUs: us('reducer'), windowUs: us('window') };
    }),
    extra: Object.fromEntries(Object.keys(extra).map((key) => [key, timings[`extra:${key}`].samples])),
  };
}

/** The page's API, called through page.evaluate. */
export const reducerPage = {
  run(snapshotText: string, cases: CaseMessages[], options: MeasureOptions): CaseTiming[] {
    return timeCases(loadSnapshot(snapshotText), cases, options).cases;
  },
  userAgent: () => (typeof navigator === 'undefined' ? 'node' : navigator.userAgent),
};

(globalThis as unknown as { reducerPage: typeof reducerPage }).reducerPage = reducerPage;
