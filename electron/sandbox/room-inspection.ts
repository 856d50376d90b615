import type { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { SandboxRoomSummary } from '@broadcast-core/room-state';

import type { CrossRoomLink } from './cross-room-links';
import type { RoomMember } from './room-member';
import type { RoomId } from './room-key';
import type { SandboxRoom } from './sandbox-room';

/** A member as an admin panel shows it. */
export interface SandboxMemberInfo {
  userId: string;
  role: TRTCRoleType;
  /** Others receive its camera. */
  publishingVideo: boolean;
  /** Others receive its microphone. */
  publishingAudio: boolean;
  /** Its network is cut (dropConnection). */
  connectionDown: boolean;
  /** When it entered, in clock milliseconds. */
  enteredAt: number;
}

/** One end of a cross-room link. */
export interface SandboxLinkEnd {
  roomId: RoomId;
  userId: string;
}

/** A cross-room PK link: who called connectOtherRoom, and whom it reached. */
export interface SandboxLinkInfo {
  caller: SandboxLinkEnd;
  target: SandboxLinkEnd;
}

/** A room as an admin panel shows it. */
export interface SandboxRoomInfo {
  roomId: RoomId;
  scene: TRTCAppScene;
  members: SandboxMemberInfo[];
  anchorCount: number;
  virtualAudience: number;
  /** Members plus virtual audience. */
  onlineCount: number;
  /** Links with a party in this room. */
  links: SandboxLinkInfo[];
}

/** A read-only copy of a member's state. */
export function memberInfo(member: RoomMember): SandboxMemberInfo {
  return {
    userId: member.userId,
    role: member.role,
    publishingVideo: member.publishesVideo(),
    publishingAudio: member.publishesAudio(),
    connectionDown: member.client.isConnectionDown(),
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

/** A room reduced to what the console's sandbox panel shows, as plain serialisable data. */
export function roomSummary(room: SandboxRoomInfo): SandboxRoomSummary {
  return {
    roomId: room.roomId,
    scene: room.scene,
    members: room.members.map(({ userId, role, publishingVideo, publishingAudio, connectionDown }) => ({
      userId,
      role,
      publishingVideo,
      publishingAudio,
      connectionDown,
    })),
    anchorCount: room.anchorCount,
    virtualAudience: room.virtualAudience,
    onlineCount: room.onlineCount,
    links: room.links.map(({ caller, target }) => ({ caller: { ...caller }, target: { ...target } })),
  };
}
