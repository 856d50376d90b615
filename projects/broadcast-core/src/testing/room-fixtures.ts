import { TRTCAppScene, TRTCRoleType, TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { initialRoomState, type RemoteUser, type RoomState, type SandboxMemberSummary, type SandboxRoomSummary } from '../room-state';

/** Per slice, the fields a spec sets; the rest stay as the reducer starts them. */
export type RoomStateOverrides = { [K in keyof RoomState]?: Partial<RoomState[K]> };

/** A room state as before the engine reported anything, with the slices' fields a spec sets (slice by slice, shallow). */
export function generateMockRoomState(overrides: RoomStateOverrides = {}): RoomState {
  const state = initialRoomState();
  for (const key of Object.keys(overrides) as (keyof RoomState)[]) {
    (state as Record<keyof RoomState, unknown>)[key] = { ...state[key], ...overrides[key] };
  }
  return state;
}

/** A remote user of the own room as the reducer first records one (nothing published yet), with the fields a spec sets. */
export function generateMockRemoteUser(overrides: Partial<RemoteUser> = {}): RemoteUser {
  return {
    userId: 'guest_anchor',
    room: 'own',
    videoAvailable: false,
    audioAvailable: false,
    firstFrame: null,
    audioMuted: false,
    fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill,
    joinedAt: null,
    ...overrides,
  };
}

/** A sandbox room member: an anchor sending camera and mic, connected, not sharing, with the fields a spec sets. */
export function generateMockSandboxMember(overrides: Partial<SandboxMemberSummary> = {}): SandboxMemberSummary {
  return {
    userId: 'host_1',
    role: TRTCRoleType.TRTCRoleAnchor,
    publishingVideo: true,
    publishingAudio: true,
    connectionDown: false,
    sharingScreen: false,
    ...overrides,
  };
}

/** A sandbox room as the sandbox inspects it: room 29834, live scene, nobody in it yet, with the fields a spec sets. */
export function generateMockSandboxRoom(overrides: Partial<SandboxRoomSummary> = {}): SandboxRoomSummary {
  return {
    roomId: 29834,
    scene: TRTCAppScene.TRTCAppSceneLIVE,
    members: [],
    anchorCount: 0,
    virtualAudience: 0,
    onlineCount: 0,
    links: [],
    ...overrides,
  };
}
