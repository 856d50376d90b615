import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { bucketGet, bucketOf, bucketSet, type BucketedMap } from './bucketed-map';
import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { FrameSize, RemoteRoom } from './models';

/** A remote user the local user can see or hear: a room anchor or the PK opponent. */
export interface RemoteUser {
  userId: string;
  room: RemoteRoom;
  videoAvailable: boolean;
  audioAvailable: boolean;
  firstFrame: FrameSize | null;
  /** muteRemoteAudio: the local user stopped playing this user's audio. */
  audioMuted: boolean;
  fillMode: TRTCVideoFillMode;
  joinedAt: number | null;
}

/**
 * Remote users in the order they appeared: `ids` holds their keys in that order, `users` the users by key
 * in hash buckets, so a change to one user copies one small bucket instead of every user (an entity map
 * of 200 users cost about 50 µs per change).
 */
export interface RemoteUsersState {
  ids: readonly string[];
  users: BucketedMap<RemoteUser>;
}

/**
 * The key of a user. TRTC allows userIds such as `__proto__` or `constructor`; used bare as object keys
 * they would hit Object.prototype, so every key carries a prefix.
 */
export function remoteUserKey(userId: string): string {
  return `u:${userId}`;
}

/** Keys and buckets of userIds seen lately; cleared when it grows past this, so fresh userIds never pile up. */
const PLACES_KEPT = 4096;
const places = new Map<string, { key: string; bucket: string }>();

/**
 * A user's key and the bucket it falls in, remembered: a voice report names every speaker several times a
 * second, and making each key and hashing it again cost a third of the broker's work on the report.
 */
export function remoteUserPlace(userId: string): { readonly key: string; readonly bucket: string } {
  let place = places.get(userId);
  if (!place) {
    if (places.size >= PLACES_KEPT) places.clear();
    const key = remoteUserKey(userId);
    place = { key, bucket: bucketOf(key) };
    places.set(userId, place);
  }
  return place;
}

/** The userId a key stands for. */
export function userIdOfKey(key: string): string {
  return key.slice(2);
}

/** The user with this userId, if present. */
export function findRemoteUser(state: RemoteUsersState, userId: string): RemoteUser | undefined {
  return bucketGet(state.users, remoteUserKey(userId));
}

/** Every remote user, in the order they appeared. */
export function remoteUsersInOrder(state: RemoteUsersState): RemoteUser[] {
  return state.ids.map((key) => bucketGet(state.users, key)!);
}

const initialRemoteUsers: RemoteUsersState = { ids: [], users: {} };

/** The slice with `user` added (at the end) or replaced (in place). */
function put(state: RemoteUsersState, user: RemoteUser): RemoteUsersState {
  const key = remoteUserKey(user.userId);
  const known = bucketGet(state.users, key) !== undefined;
  return { ids: known ? state.ids : [...state.ids, key], users: bucketSet(state.users, [[key, user]]) };
}

/** The slice without the users these keys name; the same object when none was there. */
function removeKeys(state: RemoteUsersState, keys: readonly string[]): RemoteUsersState {
  const gone = new Set(keys.filter((key) => bucketGet(state.users, key) !== undefined));
  if (gone.size === 0) return state;
  return { ids: state.ids.filter((key) => !gone.has(key)), users: bucketSet(state.users, [...gone].map((key) => [key, undefined] as const)) };
}

function blankUser(userId: string, room: RemoteRoom, joinedAt: number | null): RemoteUser {
  return {
    userId,
    room,
    videoAvailable: false,
    audioAvailable: false,
    firstFrame: null,
    audioMuted: false,
    fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill,
    joinedAt,
  };
}

/** Applies a change to a user, adding it first when an event arrives before its entry. */
function patch(state: RemoteUsersState, userId: string, change: (u: RemoteUser) => Partial<RemoteUser>): RemoteUsersState {
  const known = findRemoteUser(state, userId);
  const current = known ?? blankUser(userId, 'own', null);
  const next = changed(current, change(current));
  // A change to nothing leaves the slice as it was, so the broker does not number it.
  return known && next === known ? state : put(state, next);
}

/** Remote users slice. */
export const remoteUsersFeature = createFeature({
  name: 'remoteUsers',
  reducer: createReducer(
    initialRemoteUsers,
    on(EngineActions.remoteUserEntered, (s, { userId, room, at }): RemoteUsersState =>
      patch(s, userId, () => ({ room, joinedAt: at })),
    ),
    on(EngineActions.remoteUserLeft, (s, { userId }): RemoteUsersState => removeKeys(s, [remoteUserKey(userId)])),
    on(EngineActions.userVideoAvailabilityChanged, (s, { userId, available }): RemoteUsersState =>
      patch(s, userId, (u) => ({ videoAvailable: available, firstFrame: available ? u.firstFrame : null })),
    ),
    on(EngineActions.userAudioAvailabilityChanged, (s, { userId, available }): RemoteUsersState =>
      patch(s, userId, () => ({ audioAvailable: available })),
    ),
    on(EngineActions.firstVideoFrameRendered, (s, { userId, size }): RemoteUsersState =>
      userId === '' ? s : patch(s, userId, () => ({ firstFrame: size })),
    ),
    on(ConsoleActions.remoteAudioMuted, (s, { userId, mute }): RemoteUsersState => patch(s, userId, () => ({ audioMuted: mute }))),
    on(ConsoleActions.remoteFillModeSet, (s, { userId, mode }): RemoteUsersState => patch(s, userId, () => ({ fillMode: mode }))),
    on(EngineActions.otherRoomDisconnected, (s): RemoteUsersState =>
      removeKeys(s, s.ids.filter((key) => bucketGet(s.users, key)!.room === 'pk')),
    ),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (s): RemoteUsersState =>
      s.ids.length ? initialRemoteUsers : s,
    ),
  ),
  extraSelectors: ({ selectRemoteUsersState }) => {
    const selectAll = createSelector(selectRemoteUsersState, remoteUsersInOrder);
    return {
      selectAllRemoteUsers: selectAll,
      selectOwnRoomUsers: createSelector(selectAll, (all) => all.filter((u) => u.room === 'own')),
      selectPkUsers: createSelector(selectAll, (all) => all.filter((u) => u.room === 'pk')),
    };
  },
});
