import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCParams, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { BAD_SCENE, INVALID_ROLE } from './sandbox-codes';
import { isFailure, type SandboxFailure } from './sandbox-failure';
import { roomIdFrom, validateTrtcParams, type EntryRequest } from './trtc-params-validation';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

function params(overrides: Partial<TRTCParams> = {}): TRTCParams {
  return Object.assign(new TRTCParams(1400000001, 'anchor_1', 'sig', 29834), overrides);
}

function codeOf(result: EntryRequest | SandboxFailure): number {
  return isFailure(result) ? result.code : 0;
}

describe('validateTrtcParams', () => {
  it('accepts the guide example and defaults the role to anchor', () => {
    const result = validateTrtcParams({ sdkAppId: 1400000123, userId: 'test_user_001', userSig: 'eJyr', roomId: 29834 }, LIVE);
    expect(result).toEqual({ sdkAppId: 1400000123, userId: 'test_user_001', userSig: 'eJyr', roomId: 29834, role: TRTCRoleType.TRTCRoleAnchor, scene: LIVE });
  });

  it.each([null, undefined, 'params'])('rejects %p params with ERR_ENTER_ROOM_PARAM_NULL', (value) => {
    expect(codeOf(validateTrtcParams(value, LIVE))).toBe(TXLiteAVError.ERR_ENTER_ROOM_PARAM_NULL);
  });

  it.each([0, -1, 1.5, Number.NaN, '1400000001'])('rejects sdkAppId %p with ERR_SDK_APPID_INVALID', (sdkAppId) => {
    expect(codeOf(validateTrtcParams({ ...params(), sdkAppId }, LIVE))).toBe(TXLiteAVError.ERR_SDK_APPID_INVALID);
  });

  it.each([
    ['no room at all', 0, ''],
    ['negative roomId', -5, ''],
    ['fractional roomId', 12.5, ''],
    ['roomId above 4294967294', 4294967295, ''],
    ['roomId as a string', '978', ''],
    ['strRoomId with a forbidden character', 0, 'room/1'],
    ['strRoomId with a quote', 0, 'room"1'],
    ['strRoomId longer than 64', 0, 'r'.repeat(65)],
  ])('rejects %s with ERR_ROOM_ID_INVALID', (_label, roomId, strRoomId) => {
    expect(codeOf(validateTrtcParams({ ...params(), roomId, strRoomId }, LIVE))).toBe(TXLiteAVError.ERR_ROOM_ID_INVALID);
  });

  it('accepts the limits of both room id kinds and the allowed strRoomId characters', () => {
    expect(roomIdFrom(1, '')).toBe(1);
    expect(roomIdFrom(4294967294, '')).toBe(4294967294);
    expect(roomIdFrom(0, 'r'.repeat(64))).toBe('r'.repeat(64));
    const allowed = 'aZ09 !#$%&()+-:;<=.>?@[]^_{}|~,';
    expect(roomIdFrom(0, allowed)).toBe(allowed);
  });

  it('lets the numeric roomId win when both are given', () => {
    const result = validateTrtcParams({ ...params(), roomId: 978, strRoomId: 'studio' }, LIVE);
    expect(isFailure(result) ? undefined : result.roomId).toBe(978);
    const byString = validateTrtcParams({ ...params(), roomId: 0, strRoomId: '978' }, LIVE);
    expect(isFailure(byString) ? undefined : byString.roomId).toBe('978');
  });

  it.each(['', 'a'.repeat(33), 'has space', 'dot.ted', 'ünï', undefined])('rejects userId %p with ERR_USER_ID_INVALID', (userId) => {
    expect(codeOf(validateTrtcParams({ ...params(), userId }, LIVE))).toBe(TXLiteAVError.ERR_USER_ID_INVALID);
  });

  it('accepts userIds of letters, digits, "_" and "-" up to 32 characters', () => {
    expect(codeOf(validateTrtcParams(params({ userId: 'A-z_09'.padEnd(32, 'x') }), LIVE))).toBe(0);
  });

  it.each(['', undefined, 42])('rejects userSig %p with ERR_USER_SIG_INVALID', (userSig) => {
    expect(codeOf(validateTrtcParams({ ...params(), userSig }, LIVE))).toBe(TXLiteAVError.ERR_USER_SIG_INVALID);
  });

  it('checks in the SDK order: the first bad field decides the code', () => {
    expect(codeOf(validateTrtcParams({ sdkAppId: 0, roomId: 0, userId: '', userSig: '' }, LIVE))).toBe(TXLiteAVError.ERR_SDK_APPID_INVALID);
    expect(codeOf(validateTrtcParams({ sdkAppId: 1, roomId: 0, userId: '', userSig: '' }, LIVE))).toBe(TXLiteAVError.ERR_ROOM_ID_INVALID);
    expect(codeOf(validateTrtcParams({ sdkAppId: 1, roomId: 2, userId: '', userSig: '' }, LIVE))).toBe(TXLiteAVError.ERR_USER_ID_INVALID);
  });

  it('rejects an unknown scene and, in live scenes, an unknown role', () => {
    expect(codeOf(validateTrtcParams(params(), 9))).toBe(BAD_SCENE);
    expect(codeOf(validateTrtcParams(params({ role: 99 }), LIVE))).toBe(INVALID_ROLE);
  });

  it('makes everyone an anchor in call scenes, whatever the role says', () => {
    const result = validateTrtcParams(params({ role: TRTCRoleType.TRTCRoleAudience }), TRTCAppScene.TRTCAppSceneVideoCall);
    expect(isFailure(result) ? undefined : result.role).toBe(TRTCRoleType.TRTCRoleAnchor);
  });
});
