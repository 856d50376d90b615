import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RoomId } from './room-key';
import { BAD_SCENE, INVALID_ROLE } from './sandbox-codes';
import { SandboxFailure } from './sandbox-failure';
import { isLiveScene } from './scene-rules';

/** A checked enterRoom request. */
export interface EntryRequest {
  sdkAppId: number;
  userId: string;
  userSig: string;
  /** The numeric roomId when non-zero, else the strRoomId. */
  roomId: RoomId;
  /** The role asked for (always TRTCRoleAnchor in call scenes). */
  role: TRTCRoleType;
  scene: TRTCAppScene;
}

/** Largest numeric roomId: TRTC accepts 1..4294967294 (Web SDK error 5012 "roomId out of valid range [1, 4294967294]"). */
export const MAX_NUMERIC_ROOM_ID = 4294967294;

/** userId: letters, digits, underscore and hyphen, at most 32 (the guide's TRTCParams table; tls-sig-api-v2 "限制长度为32字节"). */
const USER_ID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * strRoomId: at most 64 bytes of letters, digits, space and !#$%&()+-:;<=.>?@[]^_{}|~, (TRTC's documented set).
 * Every allowed character is ASCII, so 64 characters are 64 bytes.
 */
const STR_ROOM_ID = /^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]{1,64}$/;

/** Whether a value is a userId TRTC accepts. */
export function isValidUserId(value: unknown): value is string {
  return typeof value === 'string' && USER_ID.test(value);
}

/** Whether a value is a numeric roomId TRTC accepts. */
export function isValidNumericRoomId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_NUMERIC_ROOM_ID;
}

/** Whether a value is a strRoomId TRTC accepts. */
export function isValidStrRoomId(value: unknown): value is string {
  return typeof value === 'string' && STR_ROOM_ID.test(value);
}

/**
 * The room a roomId/strRoomId pair names, or undefined when it names none. The SDK's rule
 * (trtc_define TRTCParams): when both are given the numeric roomId wins; strRoomId needs roomId 0.
 */
export function roomIdFrom(roomId: unknown, strRoomId: unknown): RoomId | undefined {
  if (roomId !== undefined && roomId !== null && roomId !== 0) return isValidNumericRoomId(roomId) ? roomId : undefined;
  return isValidStrRoomId(strRoomId) ? strRoomId : undefined;
}

/** Whether a value is one of the four TRTCAppScene values. */
export function isAppScene(value: unknown): value is TRTCAppScene {
  return Object.values(TRTCAppScene).includes(value as TRTCAppScene);
}

/** Whether a value is TRTCRoleAnchor or TRTCRoleAudience. */
export function isRole(value: unknown): value is TRTCRoleType {
  return value === TRTCRoleType.TRTCRoleAnchor || value === TRTCRoleType.TRTCRoleAudience;
}

function field(params: object, name: string): unknown {
  return (params as Record<string, unknown>)[name];
}

/**
 * Checks enterRoom's arguments as the SDK does before any request leaves the client, in the SDK's
 * order: params, sdkAppId, roomId, userId, userSig; then scene and role.
 */
export function validateTrtcParams(params: unknown, scene: unknown): EntryRequest | SandboxFailure {
  if (params === null || params === undefined || typeof params !== 'object') {
    return new SandboxFailure(TXLiteAVError.ERR_ENTER_ROOM_PARAM_NULL, 'enterRoom: params is empty; pass a TRTCParams');
  }
  const sdkAppId = field(params, 'sdkAppId');
  if (typeof sdkAppId !== 'number' || !Number.isInteger(sdkAppId) || sdkAppId <= 0) {
    return new SandboxFailure(TXLiteAVError.ERR_SDK_APPID_INVALID, `enterRoom: sdkAppId must be a positive integer, got ${String(sdkAppId)}`);
  }
  const roomId = roomIdFrom(field(params, 'roomId'), field(params, 'strRoomId'));
  if (roomId === undefined) {
    return new SandboxFailure(
      TXLiteAVError.ERR_ROOM_ID_INVALID,
      `enterRoom: roomId must be an integer 1..${MAX_NUMERIC_ROOM_ID}, or roomId 0 with a strRoomId of at most 64 allowed characters`,
    );
  }
  const userId = field(params, 'userId');
  if (!isValidUserId(userId)) {
    return new SandboxFailure(TXLiteAVError.ERR_USER_ID_INVALID, 'enterRoom: userId must be 1-32 letters, digits, "_" or "-"');
  }
  const userSig = field(params, 'userSig');
  if (typeof userSig !== 'string' || userSig.length === 0) {
    return new SandboxFailure(TXLiteAVError.ERR_USER_SIG_INVALID, 'enterRoom: userSig is empty');
  }
  if (!isAppScene(scene)) return new SandboxFailure(BAD_SCENE, `enterRoom: ${String(scene)} is not a TRTCAppScene`);
  const requestedRole = field(params, 'role');
  // TRTCParams' documented default role is the anchor; call scenes have no roles at all.
  const role = requestedRole === undefined || requestedRole === null || !isLiveScene(scene) ? TRTCRoleType.TRTCRoleAnchor : requestedRole;
  if (!isRole(role)) return new SandboxFailure(INVALID_ROLE, `enterRoom: role ${String(role)} is neither TRTCRoleAnchor nor TRTCRoleAudience`);
  return { sdkAppId, userId, userSig, roomId, role, scene };
}
