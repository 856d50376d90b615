import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineActions } from './engine-actions';
import { initialRoomState, roomReducer, ROOM_STATE_KEYS } from './room-state';
import { initialSandboxRooms, isRoomNamed, sandboxFeature } from './sandbox-rooms';
import type { SandboxRoomSummary } from './sandbox-rooms-models';

const room = (roomId: number | string, userIds: string[]): SandboxRoomSummary => ({
  roomId,
  scene: TRTCAppScene.TRTCAppSceneLIVE,
  members: userIds.map((userId) => ({
    userId,
    role: TRTCRoleType.TRTCRoleAnchor,
    publishingVideo: true,
    publishingAudio: false,
    connectionDown: false,
    sharingScreen: false,
  })),
  anchorCount: userIds.length,
  virtualAudience: 12,
  onlineCount: userIds.length + 12,
  links: [],
});

describe('sandbox rooms slice', () => {
  it('is a shared room slice, empty before any inspection', () => {
    expect(ROOM_STATE_KEYS).toContain('sandbox');
    expect(initialRoomState().sandbox).toEqual({ rooms: [], inspectedAt: null });
  });

  it('takes the rooms of each inspection whole, with its time', () => {
    const first = [room(29834, ['guest_anchor', 'fan_01']), room(978, ['userB'])];
    let state = roomReducer(initialRoomState(), EngineActions.sandboxRoomsInspected({ rooms: first, at: 1_000 }));
    expect(state.sandbox).toEqual({ rooms: first, inspectedAt: 1_000 });

    // A removed user and a dismissed room are simply absent from the next inspection.
    const second = [room(29834, ['guest_anchor'])];
    state = roomReducer(state, EngineActions.sandboxRoomsInspected({ rooms: second, at: 2_000 }));
    expect(state.sandbox).toEqual({ rooms: second, inspectedAt: 2_000 });

    state = roomReducer(state, EngineActions.sandboxRoomsInspected({ rooms: [], at: 3_000 }));
    expect(state.sandbox).toEqual({ rooms: [], inspectedAt: 3_000 });
  });

  it('ignores every other action', () => {
    const inspected = sandboxFeature.reducer(initialSandboxRooms, EngineActions.sandboxRoomsInspected({ rooms: [room(1, ['a'])], at: 5 }));
    for (const action of [
      EngineActions.roomExited({ reason: 2, at: 6 }),
      EngineActions.remoteUserLeft({ userId: 'a', reason: 1, at: 7 }),
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 }),
    ]) {
      expect(sandboxFeature.reducer(inspected, action)).toBe(inspected);
    }
  });

  it('selects the rooms', () => {
    const rooms = [room('stage', ['host'])];
    const state = roomReducer(initialRoomState(), EngineActions.sandboxRoomsInspected({ rooms, at: 9 }));
    expect(sandboxFeature.selectRooms(state)).toBe(rooms);
    expect(sandboxFeature.selectInspectedAt(state)).toBe(9);
  });
});

describe('isRoomNamed', () => {
  it('matches a numeric room by roomId and a string room by strRoomId, never across kinds', () => {
    expect(isRoomNamed(978, { roomId: 978 })).toBe(true);
    expect(isRoomNamed('978', { strRoomId: '978' })).toBe(true);
    expect(isRoomNamed('978', { roomId: 978 })).toBe(false);
    expect(isRoomNamed(978, { strRoomId: '978' })).toBe(false);
    expect(isRoomNamed(979, { roomId: 978 })).toBe(false);
    expect(isRoomNamed(978, null)).toBe(false);
  });
});
