import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { PkState, RoomState } from '@broadcast-core/room-state';

import { SHOW_ROOM, type PkTarget, type ShowGoal } from './show-script';

/**
 * How the room state differs from the show's goal, in words; empty when the show is on air as planned: the
 * engine ready, in the show's room with the goal's role, camera and mic as planned, the network up, and the PK
 * connected to the goal's opponent (or none).
 */
export function offAir(state: RoomState, goal: ShowGoal): string[] {
  const { engineInfo, session, localMedia, pk, connection } = state;
  const gaps: string[] = [];
  if (engineInfo.status !== 'ready') gaps.push(`engine ${engineInfo.status}`);
  if (session.status !== 'in-room') gaps.push(`session ${session.status}`);
  else if (session.params?.roomId !== SHOW_ROOM.roomId) gaps.push(`in room ${session.params?.roomId ?? session.params?.strRoomId}`);
  if (session.role !== goal.role || session.pendingRole !== null) gaps.push(`role ${roleName(session.role)}${session.pendingRole !== null ? '→' + roleName(session.pendingRole) : ''}`);
  if (localMedia.previewStarted !== goal.camera) gaps.push(`camera ${localMedia.previewStarted ? 'on' : 'off'}`);
  if (localMedia.audioStarted !== goal.mic) gaps.push(`mic ${localMedia.audioStarted ? 'on' : 'off'}`);
  if (connection.status !== 'ok') gaps.push(`network ${connection.status}`);
  const pkOk = goal.pk ? isPkWith(pk, goal.pk) : pk.status === 'idle';
  if (!pkOk) gaps.push(`PK ${pk.status}${pk.targetUserId ? ' ' + pk.targetUserId : ''}`);
  return gaps;
}

/** The role's name for the report. */
export function roleName(role: TRTCRoleType | null): string {
  return role === TRTCRoleType.TRTCRoleAnchor ? 'anchor' : role === TRTCRoleType.TRTCRoleAudience ? 'audience' : 'none';
}

/** Whether a PK is connected with this opponent (a numeric room: the target is addressed by roomId). */
export function isPkWith(pk: PkState, target: PkTarget): boolean {
  return pk.status === 'connected' && pk.targetUserId === target.userId && pk.target !== null && 'roomId' in pk.target && pk.target.roomId === target.roomId;
}
