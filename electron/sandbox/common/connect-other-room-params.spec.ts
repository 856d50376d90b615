import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import { parseConnectOtherRoomParams, targetUserIdOf } from './connect-other-room-params';
import { isFailure } from './sandbox-failure';

describe('parseConnectOtherRoomParams', () => {
  it.each([
    ['{"roomId": 978, "userId": "userB"}', { roomId: 978, userId: 'userB' }],
    ['{"roomId": "978","userId": "userB"}', { roomId: 978, userId: 'userB' }],
    ['{"strRoomId": "studio-2", "userId": "userB"}', { roomId: 'studio-2', userId: 'userB' }],
    ['{"roomId": 978, "strRoomId": "studio", "userId": "userB"}', { roomId: 978, userId: 'userB' }],
  ])('reads %s', (json, expected) => {
    expect(parseConnectOtherRoomParams(json)).toEqual(expected);
  });

  it.each([
    ['malformed JSON', '{"roomId": 978,'],
    ['a JSON array', '[978, "userB"]'],
    ['no room', '{"userId": "userB"}'],
    ['a non-numeric roomId string', '{"roomId": "abc", "userId": "userB"}'],
    ['no userId', '{"roomId": 978}'],
    ['an invalid userId', '{"roomId": 978, "userId": "user B"}'],
  ])('rejects %s with ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM', (_label, json) => {
    const result = parseConnectOtherRoomParams(json);
    expect(isFailure(result) && result.code).toBe(TXLiteAVError.ERR_ROOM_REQUEST_CONN_ROOM_INVALID_PARAM);
  });

  it('recovers the target userId for the callback when it can', () => {
    expect(targetUserIdOf('{"roomId": "x", "userId": "userB"}')).toBe('userB');
    expect(targetUserIdOf('not json')).toBe('');
  });
});
