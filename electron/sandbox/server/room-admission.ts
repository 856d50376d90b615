import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomMember } from './room-member';
import { describeRoom } from '../common/room-key';
import { ANCHOR_SEATS_FULL, BAD_SCENE, ROOM_FULL } from '../common/sandbox-codes';
import { SandboxFailure } from '../common/sandbox-failure';
import type { SandboxLimits } from './sandbox-options';
import type { SandboxRoom } from './sandbox-room';
import { sceneName } from '../common/scene-rules';
import type { EntryRequest } from '../common/trtc-params-validation';

/**
 * Whether an existing room takes one more member. `replacing` is the older session of the same userId,
 * which leaves as this one enters, so it does not count against the limits.
 */
export function checkRoomAdmission(room: SandboxRoom, request: EntryRequest, limits: SandboxLimits, replacing?: RoomMember): SandboxFailure | undefined {
  const where = describeRoom(room.roomId);
  if (request.scene !== room.scene) {
    return new SandboxFailure(BAD_SCENE, `${where} is a ${sceneName(room.scene)} room; enterRoom used ${sceneName(request.scene)} (appScene must match across clients)`);
  }
  const leaving = replacing ? 1 : 0;
  if (room.isLive) {
    if (room.onlineCount - leaving >= limits.maxLiveOnline) return new SandboxFailure(ROOM_FULL, `${where} is full: ${limits.maxLiveOnline} users online`);
  } else if (room.members.size - leaving >= limits.maxCallMembers) {
    return new SandboxFailure(ROOM_FULL, `${where} is full: ${limits.maxCallMembers} members in a call`);
  }
  if (request.role === TRTCRoleType.TRTCRoleAnchor) return checkAnchorSeat(room, limits, replacing?.isAnchor ? 1 : 0);
  return undefined;
}

/** Whether a room has a free anchor seat; `freed` seats are about to be given up. Call scenes cap members, not anchors. */
export function checkAnchorSeat(room: SandboxRoom, limits: SandboxLimits, freed = 0): SandboxFailure | undefined {
  if (!room.isLive || room.anchorCount() - freed < limits.maxAnchors) return undefined;
  return new SandboxFailure(ANCHOR_SEATS_FULL, `${describeRoom(room.roomId)} already has ${limits.maxAnchors} anchors, the most that may publish at once`);
}
