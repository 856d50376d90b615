import { Observable, distinctUntilChanged, map, merge, of, skip, startWith } from 'rxjs';

import { EngineActions, initialSandboxRooms, type RoomAction } from '@broadcast-core/room-state';

import type { SandboxAdmin } from '../engine/sandbox-admin';

/** Repeating timers the broker runs on; a sandbox `Clock` fits, so specs poll on its virtual time. */
export interface IntervalTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Node's timers, unref'd so a poll never keeps a process alive. */
export const NODE_TIMERS: IntervalTimers = {
  setInterval: (fn, ms) => {
    const handle = setInterval(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** How often the broker looks at the sandbox's rooms when nothing asks it to. */
export const SANDBOX_INSPECTION_PERIOD_MS = 1_000;

/** What the inspection source runs on. */
export interface SandboxInspectionOptions {
  /** The broker's clock, for the action's `at`. */
  now: () => number;
  /** Where the periodic poll is scheduled. */
  timers: IntervalTimers;
  /** Emits when the broker just ran a sandbox admin command, to look again at once. */
  refresh$: Observable<unknown>;
  periodMs?: number;
}

/**
 * Turns the sandbox cloud's rooms into `sandboxRoomsInspected` actions: looks on subscribe, every
 * `periodMs` and on each `refresh$`, and emits only when what it sees differs from the last emission
 * (the first one is compared with the empty initial slice, so an empty cloud emits nothing).
 */
export function sandboxInspections(admin: SandboxAdmin, options: SandboxInspectionOptions): Observable<RoomAction> {
  const { now, timers, refresh$, periodMs = SANDBOX_INSPECTION_PERIOD_MS } = options;
  const ticks$ = new Observable<void>((subscriber) => {
    const handle = timers.setInterval(() => subscriber.next(), periodMs);
    return () => timers.clearInterval(handle);
  });
  const seed = { rooms: initialSandboxRooms.rooms, text: JSON.stringify(initialSandboxRooms.rooms) };
  return merge(of(undefined), ticks$, refresh$).pipe(
    map(() => admin.inspectRooms()),
    map((rooms) => ({ rooms, text: JSON.stringify(rooms) })),
    // Seeded with the initial slice, then dropped: only a difference from what windows hold goes out.
    startWith(seed),
    distinctUntilChanged((a, b) => a.text === b.text),
    skip(1),
    map(({ rooms }) => EngineActions.sandboxRoomsInspected({ rooms, at: now() })),
  );
}
