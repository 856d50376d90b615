import type { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomId } from '../../common/room-key';
import type { RoomMember } from '../room-member';
import type { SandboxRoom } from '../sandbox-room';
import type { I420Picture } from './i420-picture';
import type { MixInputs, MixSource } from './mix-layers';

/**
 * The mixer's inputs from the service's rooms: members' streams as they reach the cloud. Robots (mixes
 * published back into a room) are never taken to fill a layout: a mix would end up showing mixes.
 */
export function roomMixInputs(rooms: { room(roomId: RoomId): SandboxRoom | undefined }, isRobot: (member: RoomMember) => boolean): MixInputs {
  return {
    find: (roomId, userId) => {
      const member = rooms.room(roomId)?.members.get(userId);
      return member && mixSourceOf(member);
    },
    anchors: (roomId) => {
      const members = rooms.room(roomId)?.members.values() ?? [];
      return [...members].filter((m) => !isRobot(m) && (m.publishesVideo() || m.publishesAudio())).map(mixSourceOf);
    },
  };
}

/** A member as a mix input: its picture while it publishes video and its network is up. */
function mixSourceOf(member: RoomMember): MixSource {
  return {
    userId: member.userId,
    picture: (streamType: TRTCVideoStreamType, timestampMs: number): I420Picture | undefined => {
      if (!member.publishesVideo() || member.client.isConnectionDown()) return undefined;
      const frame = member.client.videoFrame(streamType, timestampMs);
      return frame?.data ? { data: new Uint8Array(frame.data, 0, frame.length), width: frame.width, height: frame.height } : undefined;
    },
  };
}
