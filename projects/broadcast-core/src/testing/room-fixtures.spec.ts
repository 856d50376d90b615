import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { initialRoomState, selectOnAir, type RemoteUser } from '../room-state';
import { generateMockRemoteUser, generateMockRoomState, generateMockSandboxMember, generateMockSandboxRoom } from './room-fixtures';

describe('room fixtures', () => {
  it('generateMockRoomState is the initial state with the given fields set, slice by slice', () => {
    expect(generateMockRoomState()).toEqual(initialRoomState());
    const state = generateMockRoomState({
      session: { status: 'in-room', role: TRTCRoleType.TRTCRoleAnchor },
      localMedia: { previewStarted: true },
    });
    expect(state.session.status).toBe('in-room');
    expect(state.localMedia.videoMuted).toBe(false);
    expect(state.pk).toEqual(initialRoomState().pk);
    expect(selectOnAir(state)).toBe(true);
  });

  it('generateMockRemoteUser is an own-room user with nothing published, with the given fields set', () => {
    const user: RemoteUser = generateMockRemoteUser({ userId: 'anna', videoAvailable: true });
    expect(user).toEqual(expect.objectContaining({ userId: 'anna', room: 'own', videoAvailable: true, audioAvailable: false, audioMuted: false }));
  });

  it('generates sandbox members and rooms with the given fields set', () => {
    expect(generateMockSandboxMember({ userId: 'fan_01', role: TRTCRoleType.TRTCRoleAudience })).toEqual(
      expect.objectContaining({ userId: 'fan_01', role: TRTCRoleType.TRTCRoleAudience, publishingVideo: true, connectionDown: false }),
    );
    expect(generateMockSandboxRoom({ roomId: 'stage-2' })).toEqual(expect.objectContaining({ roomId: 'stage-2', members: [], links: [] }));
  });
});
