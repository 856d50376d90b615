import { partnerSeenFrom, type CrossRoomLinks } from './cross-room-links';
import type { RemoteState, RoomMember } from './room-member';
import { LeaveReason } from './sdk-reasons';

/** Leave reasons by userId for one sync; users not listed left normally (0). */
export type LeaveReasons = ReadonlyMap<string, LeaveReason>;

/**
 * The remote users a member should know about now: the anchors of its own room (everyone in call
 * scenes) and, through each cross-room link touching its room, the anchor of the other room.
 */
export function visibleTo(member: RoomMember, links: CrossRoomLinks): Map<string, RoomMember> {
  const visible = new Map<string, RoomMember>();
  for (const other of member.room.members.values()) {
    if (other !== member && other.isAnchor) visible.set(other.userId, other);
  }
  for (const link of links.touching(member.room)) {
    const partner = partnerSeenFrom(link, member.room);
    if (partner !== member && !visible.has(partner.userId)) visible.set(partner.userId, partner);
  }
  return visible;
}

/**
 * Brings what a member's client was told in line with the room as it is, posting one SDK callback per
 * difference. Leavers first (availability to 0, then onRemoteUserLeaveRoom), then changes, then
 * arrivals (onRemoteUserEnterRoom, then availability to 1). Diffing instead of emitting per operation
 * keeps every transition (mute, role switch, PK, kick) reported exactly once and in a sane order.
 */
export function syncMember(member: RoomMember, links: CrossRoomLinks, reasons: LeaveReasons): void {
  const visible = visibleTo(member, links);
  const { client, told } = member;
  for (const [userId, state] of told) {
    if (visible.has(userId)) continue;
    if (state.video) client.post('onUserVideoAvailable', userId, 0);
    if (state.audio) client.post('onUserAudioAvailable', userId, 0);
    client.post('onRemoteUserLeaveRoom', userId, reasons.get(userId) ?? LeaveReason.Left);
    told.delete(userId);
    client.remoteVideoStopped(userId, true);
  }
  for (const [userId, other] of visible) {
    let state: RemoteState | undefined = told.get(userId);
    if (!state) {
      client.post('onRemoteUserEnterRoom', userId);
      state = { video: false, audio: false };
      told.set(userId, state);
    }
    const video = other.publishesVideo();
    const audio = other.publishesAudio();
    if (state.video !== video) {
      state.video = video;
      client.post('onUserVideoAvailable', userId, video ? 1 : 0);
      if (!video) client.remoteVideoStopped(userId, false);
    }
    if (state.audio !== audio) {
      state.audio = audio;
      client.post('onUserAudioAvailable', userId, audio ? 1 : 0);
    }
  }
}
