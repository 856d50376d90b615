import { combineReducers, type Action, type ActionReducer } from '@ngrx/store';

import { audioMixFeature } from './audio-mix';
import { musicFeature } from './music';
import { ConsoleActions } from './console-actions';
import { connectionFeature } from './connection';
import { EngineActions } from './engine-actions';
import { engineInfoFeature } from './engine-info';
import { eventLogFeature } from './event-log';
import { localMediaFeature } from './local-media';
import { pkFeature } from './pk';
import { preflightFeature } from './preflight';
import { remoteUsersFeature } from './remote-users';
import { sandboxFeature } from './sandbox-rooms';
import { sessionFeature } from './session';
import { statsFeature } from './stats';
import { remoteMetersFeature } from './remote-meters';
import { screenShareFeature } from './screen-share';
import { publishingFeature } from './publishing';

/** The shared room slices, by store key: the broker and every window register exactly these. */
export const ROOM_FEATURES = {
  [engineInfoFeature.name]: engineInfoFeature.reducer,
  [sessionFeature.name]: sessionFeature.reducer,
  [localMediaFeature.name]: localMediaFeature.reducer,
  [audioMixFeature.name]: audioMixFeature.reducer,
  [musicFeature.name]: musicFeature.reducer,
  [preflightFeature.name]: preflightFeature.reducer,
  [remoteUsersFeature.name]: remoteUsersFeature.reducer,
  [remoteMetersFeature.name]: remoteMetersFeature.reducer,
  [pkFeature.name]: pkFeature.reducer,
  [screenShareFeature.name]: screenShareFeature.reducer,
  [publishingFeature.name]: publishingFeature.reducer,
  [connectionFeature.name]: connectionFeature.reducer,
  [statsFeature.name]: statsFeature.reducer,
  [eventLogFeature.name]: eventLogFeature.reducer,
  [sandboxFeature.name]: sandboxFeature.reducer,
};

/** The store keys of the shared room state. */
export const ROOM_STATE_KEYS = Object.keys(ROOM_FEATURES) as (keyof RoomState)[];

/** Everything every window shows, identical in the broker and every window at equal seq. */
export type RoomState = {
  [K in keyof typeof ROOM_FEATURES]: ReturnType<(typeof ROOM_FEATURES)[K]>;
};

/** An action that changes shared room state; only the broker originates them. */
export type RoomAction =
  | ReturnType<(typeof EngineActions)[keyof typeof EngineActions]>
  | ReturnType<(typeof ConsoleActions)[keyof typeof ConsoleActions]>;

/** The one room reducer, run unchanged by the broker (plain Node) and by every window's store. */
export const roomReducer: ActionReducer<RoomState, Action> = combineReducers(ROOM_FEATURES) as ActionReducer<
  RoomState,
  Action
>;

/** The state before the engine reported anything. */
export function initialRoomState(): RoomState {
  return roomReducer(undefined, { type: '@broadcast/init' });
}

/** Type prefixes of room actions, so a receiver can reject anything else. */
const ROOM_ACTION_TYPES = new Set<string>([
  ...Object.values(EngineActions).map((a) => a.type),
  ...Object.values(ConsoleActions).map((a) => a.type),
]);

/** True when `action` is one of the room actions (by type). */
export function isRoomAction(action: { type?: unknown }): action is RoomAction {
  return typeof action.type === 'string' && ROOM_ACTION_TYPES.has(action.type);
}

/** The shared slices of a window store's state (which also holds window-local UI state). */
export function pickRoomState(state: Record<string, unknown>): RoomState {
  return Object.fromEntries(ROOM_STATE_KEYS.map((k) => [k, state[k]])) as RoomState;
}
