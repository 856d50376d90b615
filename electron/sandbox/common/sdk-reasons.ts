/*
 * Reason numbers the SDK documents in trtc.d.ts but trtc_define has no enum for.
 */

/** onExitRoom(reason): "0：主动调用 exitRoom 退房；1：被服务器踢出当前房间；2：当前房间整个被解散" (trtc.d.ts TRTCCallback#onExitRoom). */
export const ExitReason = {
  /** exitRoom() was called. */
  Exited: 0,
  /** Removed by the server (RemoveUser, or a newer login with the same userId). */
  Kicked: 1,
  /** The room was dismissed (DismissRoom). */
  Dismissed: 2,
} as const;

/** onRemoteUserLeaveRoom(userId, reason): "0表示用户主动退出房间，1表示用户超时退出，2表示被踢出房间" (trtc.d.ts TRTCCallback#onRemoteUserLeaveRoom). */
export const LeaveReason = {
  /** Left (exitRoom, switched to audience, cross-room link ended). */
  Left: 0,
  /** Timed out. */
  TimedOut: 1,
  /** Removed from the room by the server. */
  Removed: 2,
} as const;

/** One of the documented onExitRoom reasons. */
export type ExitReason = (typeof ExitReason)[keyof typeof ExitReason];
/** One of the documented onRemoteUserLeaveRoom reasons. */
export type LeaveReason = (typeof LeaveReason)[keyof typeof LeaveReason];
