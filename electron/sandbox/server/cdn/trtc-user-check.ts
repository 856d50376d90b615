import type { TRTCUser } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomId } from '../../common/room-key';
import { isValidUserId, roomIdFrom } from '../../common/trtc-params-validation';

/**
 * Why a TRTCUser is refused, or undefined when it is fine. `allowEmpty`: a user with no userId stands for
 * "any anchor" (TRTCVideoLayout.fixedVideoUser "支持不填写"), of its room when one is given. A room left out
 * (intRoomId 0 and strRoomId '') means the publisher's own room; intRoomId wins when both are set, as in TRTCParams.
 */
export function trtcUserProblem(value: unknown, what: string, allowEmpty = false): string | undefined {
  if (typeof value !== 'object' || value === null) return `${what} must be a TRTCUser object`;
  const { userId, intRoomId, strRoomId } = value as Partial<Record<keyof TRTCUser, unknown>>;
  const roomGiven = (intRoomId !== undefined && intRoomId !== 0) || (strRoomId !== undefined && strRoomId !== '');
  if (roomGiven && roomIdFrom(intRoomId, strRoomId) === undefined) return `${what} names no valid room (intRoomId ${String(intRoomId)}, strRoomId "${String(strRoomId)}")`;
  if (allowEmpty && isEmptyUser(value as Partial<TRTCUser>)) return undefined;
  if (!isValidUserId(userId)) return `${what}.userId "${String(userId)}" is not a TRTC userId (letters, digits, _ and -, at most 32)`;
  return undefined;
}

/** Whether a TRTCUser names no user (an auto-filled layout). */
export function isEmptyUser(user: Partial<TRTCUser> | null | undefined): boolean {
  return (user?.userId ?? '') === '';
}

/** The room a checked TRTCUser names, or `own` when it names none. */
export function roomOfUser(user: TRTCUser, own: RoomId): RoomId {
  return roomIdFrom(user.intRoomId, user.strRoomId) ?? own;
}

/** A plain copy of a checked TRTCUser with every field present. */
export function copyUser(user: Partial<TRTCUser>): TRTCUser {
  return { userId: user.userId ?? '', intRoomId: user.intRoomId ?? 0, strRoomId: user.strRoomId ?? '' };
}
