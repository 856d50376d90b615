import type { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomMember } from './room-member';
import { roomKeyOf, type RoomId, type RoomKey } from '../common/room-key';
import { isLiveScene } from '../common/scene-rules';

/** A room on the simulated service: its scene, its members, and a head count of virtual audience. */
export class SandboxRoom {
  /** Members by userId (one session per userId); changed only through add, remove, clear and setRole. */
  readonly members: ReadonlyMap<string, RoomMember>;
  private readonly byUserId = new Map<string, RoomMember>();
  /** Kept as members come, go and switch roles, so admission does not count the room. */
  private anchors = 0;
  /** The one member allowed to publish a sub stream (screen share) now: TRTC lets one user per room share at a time. */
  subStreamHolder: RoomMember | undefined;
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
    this.members = this.byUserId;
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
    return this.anchors;
  }

  /** Puts a member in the room (its userId is not there yet). */
  add(member: RoomMember): void {
    this.byUserId.set(member.userId, member);
    if (member.isAnchor) this.anchors++;
  }

  /** Takes a member out, if it is this room's session of its userId. */
  remove(member: RoomMember): void {
    if (this.byUserId.get(member.userId) !== member) return;
    this.byUserId.delete(member.userId);
    if (member.isAnchor) this.anchors--;
    if (this.subStreamHolder === member) this.subStreamHolder = undefined;
  }

  /** Empties the room. */
  clear(): void {
    this.byUserId.clear();
    this.anchors = 0;
    this.subStreamHolder = undefined;
  }

  /** Gives a member of this room another role. */
  setRole(member: RoomMember, role: TRTCRoleType): void {
    const counted = member.inRoom;
    if (counted && member.isAnchor) this.anchors--;
    member.role = role;
    if (counted && member.isAnchor) this.anchors++;
    // Only anchors publish: an audience member gives the sub-stream seat back.
    if (!member.isAnchor && this.subStreamHolder === member) this.subStreamHolder = undefined;
  }
}
