import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { initialRoomState, type RoomState } from '@broadcast-core/room-state';

import { SHOW_ROOM, type ShowGoal } from '../show-script';

/** A room state that is exactly on air as `goal` plans it (for specs). */
export function onAirState(goal: ShowGoal): RoomState {
  const base = initialRoomState();
  return {
    ...base,
    engineInfo: { ...base.engineInfo, status: 'ready' },
    session: { ...base.session, status: 'in-room', params: { ...SHOW_ROOM, role: goal.role }, role: goal.role },
    localMedia: { ...base.localMedia, previewStarted: goal.camera, audioStarted: goal.mic },
    pk: goal.pk ? { ...base.pk, status: 'connected', target: { roomId: goal.pk.roomId }, targetUserId: goal.pk.userId } : base.pk,
  } as RoomState;
}

/** Changes a state's slices (for specs). */
export function withSlices(state: RoomState, change: { [K in keyof RoomState]?: Partial<RoomState[K]> }): RoomState {
  const out = { ...state } as Record<string, unknown>;
  for (const [key, slice] of Object.entries(change)) out[key] = { ...(state as Record<string, object>)[key], ...slice };
  return out as RoomState;
}

export const ANCHOR = TRTCRoleType.TRTCRoleAnchor;
export const AUDIENCE = TRTCRoleType.TRTCRoleAudience;
