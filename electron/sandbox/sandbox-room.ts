import type { TRTCAppScene } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomMember } from './room-member';
import { roomKeyOf, type RoomId, type RoomKey } from './room-key';
import { isLiveScene } from './scene-rules';

/** A room on the simulated service: its scene, its members, and a head count of virtual audience. */
export class SandboxRoom {
  /** Members by userId (one session per userId). */
  readonly members = new Map<string, RoomMember>();
  /** Simulated viewers: a number, so 100,000 of them cost nothing. */
  virtualAudience = 0;
  /** The map key of this room. */
  readonly key: RoomKey;

  constructor(
    /** The room's id: a number for roomId rooms, a string for strRoomId rooms. */
    readonly roomId: RoomId,
    /** The scene fixed by its first member. */
    readonly scene: TRTCAppScene,
  ) {
    this.key = roomKeyOf(roomId);
  }

  /** Whether the room has anchors and audience (LIVE, VoiceChatRoom). */
  get isLive(): boolean {
    return isLiveScene(this.scene);
  }

  /** Members plus virtual audience. */
  get onlineCount(): number {
    return this.members.size + this.virtualAudience;
  }

  /** Members holding the anchor role. */
  anchorCount(): number {
    let count = 0;
    for (const member of this.members.values()) if (member.isAnchor) count++;
    return count;
  }
}
