import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import type { TRTCEventMap } from '../../engine/contract';
import { parseConnectOtherRoomParams, targetUserIdOf } from '../common/connect-other-room-params';
import type { RoomMember } from '../server/room-member';
import { NOT_IN_ROOM } from '../common/sandbox-codes';
import { isFailure } from '../common/sandbox-failure';
import type { SandboxServer } from '../server/sandbox-server';
import { REQUEST_TIMEOUT_MS } from '../common/sandbox-timing';

/** What answering a cross-room request needs from the client that made it. */
export interface CrossRoomContext {
  server: SandboxServer;
  /** The client's membership, if it is in a room. */
  member: RoomMember | undefined;
  /** Delivers a callback to the client's app, in order. */
  post<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void;
  /** Runs `fn` when a request the server never answers times out (cancelled if the session ends). */
  afterTimeout(fn: () => void): void;
}

/**
 * Answers connectOtherRoom once its latency has passed: checks the JSON, the
 * caller's role and the target, then links the rooms. Every outcome arrives as
 * onConnectOtherRoom(userId, code, message), as the SDK reports it.
 */
export function answerConnect(ctx: CrossRoomContext, json: string): void {
  const userId = targetUserIdOf(json);
  const target = parseConnectOtherRoomParams(json);
  if (isFailure(target)) return ctx.post('onConnectOtherRoom', userId, target.code, target.message);
  const member = ctx.member;
  if (!member) return ctx.post('onConnectOtherRoom', userId, NOT_IN_ROOM, 'connectOtherRoom: enter a room first');
  if (member.room.isLive && !member.isAnchor) {
    return ctx.post('onConnectOtherRoom', userId, TXLiteAVError.ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE, 'connectOtherRoom: audience cannot connect rooms; switchRole(TRTCRoleAnchor) first');
  }
  if (ctx.server.takeConnectTimeout()) {
    return ctx.afterTimeout(() =>
      ctx.post('onConnectOtherRoom', userId, TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_TIMEOUT, `connectOtherRoom: no answer from the server within ${REQUEST_TIMEOUT_MS} ms`),
    );
  }
  const anchor = ctx.server.checkConnect(member, target);
  if (isFailure(anchor)) return ctx.post('onConnectOtherRoom', userId, anchor.code, anchor.message);
  ctx.post('onConnectOtherRoom', userId, TXLiteAVError.ERR_NULL, '');
  ctx.server.link(member, anchor);
}

/** Answers disconnectOtherRoom: only the anchor who started the link can end it; onDisconnectOtherRoom reports how it went. */
export function answerDisconnect(ctx: CrossRoomContext): void {
  const member = ctx.member;
  if (!member) return ctx.post('onDisconnectOtherRoom', TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_NOT_CONNED, 'disconnectOtherRoom: not in a room');
  if (member.room.isLive && !member.isAnchor) {
    return ctx.post('onDisconnectOtherRoom', TXLiteAVError.ERR_CONNECT_OTHER_ROOM_AS_AUDIENCE, 'disconnectOtherRoom: audience cannot disconnect rooms');
  }
  const link = ctx.server.checkDisconnect(member);
  if (isFailure(link)) return ctx.post('onDisconnectOtherRoom', link.code, link.message);
  ctx.server.unlink(link);
  ctx.post('onDisconnectOtherRoom', TXLiteAVError.ERR_NULL, '');
}
