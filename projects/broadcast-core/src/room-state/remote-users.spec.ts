import { TRTCVideoFillMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { generateMockRemoteUser } from '../testing/room-fixtures';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { findRemoteUser, remoteUsersFeature, remoteUsersInOrder, type RemoteUsersState } from './remote-users';
import type { RoomAction } from './room-state';

const reduce = (state: RemoteUsersState | undefined, ...actions: RoomAction[]): RemoteUsersState =>
  actions.reduce((s, a) => remoteUsersFeature.reducer(s, a), state ?? remoteUsersFeature.reducer(undefined, { type: '@init' }));
const entered = (userId: string, room: 'own' | 'pk' = 'own', at = 1) => EngineActions.remoteUserEntered({ userId, room, at });

describe('remote users reducer', () => {
  it('lists users in the order they entered', () => {
    const state = reduce(undefined, entered('anna', 'own', 1), entered('ben', 'pk', 2));
    expect(remoteUsersInOrder(state)).toEqual([generateMockRemoteUser({ userId: 'anna', joinedAt: 1 }), generateMockRemoteUser({ userId: 'ben', room: 'pk', joinedAt: 2 })]);
  });

  it('removes a user who left, and ignores one it never knew', () => {
    const state = reduce(undefined, entered('anna'), entered('ben'));
    expect(remoteUsersInOrder(reduce(state, EngineActions.remoteUserLeft({ userId: 'anna', reason: 0, at: 3 }))).map((u) => u.userId)).toEqual(['ben']);
    expect(reduce(state, EngineActions.remoteUserLeft({ userId: 'zoe', reason: 0, at: 3 }))).toBe(state);
  });

  it('follows video and audio availability, the first frame, mute and fill mode', () => {
    const size = { width: 640, height: 360 };
    const state = reduce(
      undefined,
      entered('anna'),
      EngineActions.userVideoAvailabilityChanged({ userId: 'anna', available: true }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'anna', available: true }),
      EngineActions.firstVideoFrameRendered({ userId: 'anna', streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size }),
      ConsoleActions.remoteAudioMuted({ userId: 'anna', mute: true }),
      ConsoleActions.remoteFillModeSet({ userId: 'anna', mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit }),
    );
    expect(findRemoteUser(state, 'anna')).toEqual(
      generateMockRemoteUser({ userId: 'anna', joinedAt: 1, videoAvailable: true, audioAvailable: true, firstFrame: size, audioMuted: true, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fit }),
    );
    // Video going away forgets the first frame: the next one is a new first frame.
    expect(findRemoteUser(reduce(state, EngineActions.userVideoAvailabilityChanged({ userId: 'anna', available: false })), 'anna')?.firstFrame).toBeNull();
  });

  it('adds a user an event names before its entry, in the own room', () => {
    const state = reduce(undefined, EngineActions.userAudioAvailabilityChanged({ userId: 'early', available: true }));
    expect(remoteUsersInOrder(state)).toEqual([generateMockRemoteUser({ userId: 'early', audioAvailable: true })]);
  });

  it('returns the same state for a change to nothing, and ignores the local first frame', () => {
    const state = reduce(undefined, entered('anna'));
    expect(reduce(state, EngineActions.userAudioAvailabilityChanged({ userId: 'anna', available: false }))).toBe(state);
    expect(reduce(state, EngineActions.firstVideoFrameRendered({ userId: '', streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size: { width: 1, height: 1 } }))).toBe(state);
  });

  it('drops the PK room\'s users when the PK ends, keeping the own room\'s', () => {
    const state = reduce(undefined, entered('anna'), entered('userB', 'pk'), EngineActions.otherRoomDisconnected({ at: 5 }));
    expect(remoteUsersInOrder(state).map((u) => u.userId)).toEqual(['anna']);
  });

  it('empties when the room is exited or the engine lost, and stays the same object when already empty', () => {
    const state = reduce(undefined, entered('anna'), entered('userB', 'pk'));
    expect(remoteUsersInOrder(reduce(state, EngineActions.roomExited({ reason: 0, at: 9 })))).toEqual([]);
    expect(remoteUsersInOrder(reduce(state, EngineActions.engineLost({ reason: 'crashed', at: 9, capture: { camera: false, mic: false, share: null } })))).toEqual([]);
    const empty = reduce(undefined);
    expect(reduce(empty, EngineActions.roomExited({ reason: 0, at: 9 }))).toBe(empty);
  });

  it('selects own-room and PK users apart', () => {
    const state = reduce(undefined, entered('anna'), entered('userB', 'pk'), entered('cleo'));
    const root = { remoteUsers: state };
    expect(remoteUsersFeature.selectOwnRoomUsers(root).map((u) => u.userId)).toEqual(['anna', 'cleo']);
    expect(remoteUsersFeature.selectPkUsers(root).map((u) => u.userId)).toEqual(['userB']);
  });
});
