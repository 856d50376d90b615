import type { SandboxLinkInfo, SandboxMemberInfo, SandboxRoomInfo } from '../../engine/contract';

import type { CrossRoomLink } from './cross-room-links';
import type { RoomMember } from './room-member';
import type { SandboxRoom } from './sandbox-room';

export type { SandboxLinkEnd, SandboxLinkInfo, SandboxMemberInfo, SandboxRoomInfo } from '../../engine/contract';

/** A read-only copy of a member's state. */
export function memberInfo(member: RoomMember): SandboxMemberInfo {
  return {
    userId: member.userId,
    role: member.role,
    publishingVideo: member.publishesVideo(),
    publishingAudio: member.publishesAudio(),
    connectionDown: member.client.isConnectionDown(),
    sharingScreen: member.publishesSubStream(),
    enteredAt: member.enteredAt,
  };
}

/** A read-only copy of a link. */
export function linkInfo(link: CrossRoomLink): SandboxLinkInfo {
  return {
    caller: { roomId: link.caller.room.roomId, userId: link.caller.userId },
    target: { roomId: link.target.room.roomId, userId: link.target.userId },
  };
}

/** A read-only copy of a room's state, with the links touching it. */
export function roomInfo(room: SandboxRoom, links: readonly CrossRoomLink[]): SandboxRoomInfo {
  return {
    roomId: room.roomId,
    scene: room.scene,
    members: [...room.members.values()].map(memberInfo),
    anchorCount: room.anchorCount(),
    virtualAudience: room.virtualAudience,
    onlineCount: room.onlineCount,
    links: links.map(linkInfo),
  };
}
