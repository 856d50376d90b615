import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import type { RoomId } from './room-key';
import { SandboxFailure } from './sandbox-failure';
import { isValidUserId, roomIdFrom } from './trtc-params-validation';

/** Where connectOtherRoom points: the other room and the anchor in it. */
export interface ConnectTarget {
  roomId: RoomId;
  userId: string;
}

const DIGITS = /^\d+$/;

function invalid(message: string): SandboxFailure {
  return new SandboxFailure(TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM, `connectOtherRoom: ${message}`);
}

/** The target userId of a request, when it can be read at all (for the onConnectOtherRoom userId argument). */
export function targetUserIdOf(json: unknown): string {
  try {
    const userId: unknown = typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>)?.userId : undefined;
    return typeof userId === 'string' ? userId : '';
  } catch {
    return '';
  }
}

/**
 * Reads connectOtherRoom's JSON: `{"roomId": 978, "userId": "userB"}`, with roomId a number or a string of
 * digits (the guide passes "978"), or `{"strRoomId": "studio", "userId": ...}`. As in TRTCParams a non-zero
 * roomId wins over strRoomId. Anything else is ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM.
 */
export function parseConnectOtherRoomParams(json: unknown): ConnectTarget | SandboxFailure {
  if (typeof json !== 'string') return invalid('params must be a JSON string');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return invalid(`malformed JSON: ${json}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return invalid('params must be a JSON object');
  const { roomId, strRoomId, userId } = parsed as Record<string, unknown>;
  const numeric = typeof roomId === 'string' && DIGITS.test(roomId) ? Number(roomId) : roomId;
  const target = roomIdFrom(numeric, strRoomId);
  if (target === undefined) return invalid('needs "roomId" (1..4294967294, a number or a string of digits) or "strRoomId"');
  if (!isValidUserId(userId)) return invalid('needs "userId" of the anchor to connect to');
  return { roomId: target, userId };
}
