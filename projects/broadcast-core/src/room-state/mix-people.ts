import type { TRTCUser } from 'trtc-electron-sdk/liteav/trtc_define';

import type { MixPeople } from './mix-layouts';
import type { RoomAddress } from './models';
import { remoteUsersInOrder } from './remote-users';
import type { RoomState } from './room-state';

/** A user of a room as TRTCUser names it: intRoomId for a numeric room, strRoomId for a string room. */
export function trtcUser(userId: string, room: RoomAddress | { roomId?: number; strRoomId?: string } | null): TRTCUser {
  const roomId = room && 'roomId' in room ? room.roomId : undefined;
  const strRoomId = room && 'strRoomId' in room ? room.strRoomId : undefined;
  return { userId, intRoomId: roomId ?? 0, strRoomId: roomId === undefined ? (strRoomId ?? '') : '' };
}

/** Who the mix can show now: the local anchor, the own room's remote users with their camera on, and the connected PK opponent. */
export function mixPeopleOf(state: RoomState): MixPeople {
  const params = state.session.params;
  const { pk } = state;
  const opponentId = pk.status === 'connected' ? pk.targetUserId : null;
  const coAnchors = remoteUsersInOrder(state.remoteUsers)
    .filter((u) => u.room === 'own' && u.videoAvailable && u.userId !== opponentId)
    .map((u) => trtcUser(u.userId, params));
  return {
    own: trtcUser(params?.userId ?? '', params),
    coAnchors,
    opponent: opponentId ? trtcUser(opponentId, pk.target) : null,
  };
}
