import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

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

/** Remote users by userId, in the order they appeared. */
export type RemoteUsersState = EntityState<RemoteUser>;

/**
 * The entity key of a user. TRTC allows userIds such as `__proto__` or
 * `constructor`; used bare as object keys they would hit Object.prototype, so
 * every key carries a prefix.
 */
export function remoteUserKey(userId: string): string {
  return `u:${userId}`;
}

/** The user with this userId, if present. */
export function findRemoteUser(state: RemoteUsersState, userId: string): RemoteUser | undefined {
  return state.entities[remoteUserKey(userId)];
}

/** Entity adapter shared by the reducer and its selectors. */
export const remoteUsersAdapter = createEntityAdapter<RemoteUser>({ selectId: (u) => remoteUserKey(u.userId) });

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
  return known && next === known ? state : remoteUsersAdapter.upsertOne(next, state);
}

/** Remote users slice (entity adapter). */
export const remoteUsersFeature = createFeature({
  name: 'remoteUsers',
  reducer: createReducer(
    remoteUsersAdapter.getInitialState(),
    on(EngineActions.remoteUserEntered, (s, { userId, room, at }): RemoteUsersState =>
      patch(s, userId, () => ({ room, joinedAt: at })),
    ),
    on(EngineActions.remoteUserLeft, (s, { userId }): RemoteUsersState => remoteUsersAdapter.removeOne(remoteUserKey(userId), s)),
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
      remoteUsersAdapter.removeMany((s.ids as string[]).filter((id) => s.entities[id]!.room === 'pk'), s),
    ),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (s): RemoteUsersState =>
      s.ids.length ? remoteUsersAdapter.removeAll(s) : s,
    ),
  ),
  extraSelectors: ({ selectRemoteUsersState }) => {
    const { selectAll } = remoteUsersAdapter.getSelectors(selectRemoteUsersState);
    return {
      selectAllRemoteUsers: selectAll,
      selectOwnRoomUsers: createSelector(selectAll, (all) => all.filter((u) => u.room === 'own')),
      selectPkUsers: createSelector(selectAll, (all) => all.filter((u) => u.room === 'pk')),
    };
  },
});
