import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialPk, pkFeature, type PkState } from './pk';
import type { RoomAction } from './room-state';

const reduce = (state: PkState | undefined, ...actions: RoomAction[]): PkState => actions.reduce((s, a) => pkFeature.reducer(s, a), state ?? initialPk);
const request = ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 4 });
const connected = EngineActions.otherRoomConnected({ userId: 'userB', at: 5 });
const failure = { code: -3301, message: 'connectOtherRoom timed out' };

describe('pk reducer', () => {
  it('starts idle', () => {
    expect(pkFeature.reducer(undefined, { type: '@init' })).toEqual(initialPk);
    expect(initialPk.status).toBe('idle');
  });

  it('is connecting to the requested target, then connected from the time the engine said so', () => {
    const connecting = reduce(undefined, request);
    expect(connecting).toEqual(expect.objectContaining({ status: 'connecting', target: { roomId: 978 }, targetUserId: 'userB', requestedAt: 4, startedAt: null }));
    expect(reduce(connecting, connected)).toEqual(expect.objectContaining({ status: 'connected', startedAt: 5, target: { roomId: 978 } }));
  });

  it('goes back to idle with the error when the connection fails, and a new request clears the error', () => {
    const failed = reduce(undefined, request, EngineActions.otherRoomConnectFailed({ userId: 'userB', error: failure, at: 6 }));
    expect(failed).toEqual(expect.objectContaining({ status: 'idle', startedAt: null, lastError: failure }));
    expect(reduce(failed, request).lastError).toBeNull();
  });

  it('is disconnecting on request, and idle once disconnected, keeping the last error', () => {
    const failedBefore = reduce(undefined, request, EngineActions.otherRoomConnectFailed({ userId: 'userB', error: failure, at: 6 }));
    const live = reduce({ ...failedBefore, status: 'connected', target: { roomId: 978 }, startedAt: 7 });
    const leaving = reduce(live, ConsoleActions.otherRoomDisconnectRequested({ at: 8 }));
    expect(leaving.status).toBe('disconnecting');
    expect(reduce(leaving, EngineActions.otherRoomDisconnected({ at: 9 }))).toEqual({ ...initialPk, lastError: failure });
  });

  it('ends with the room exited or a room entered anew', () => {
    const live = reduce(undefined, request, connected);
    expect(reduce(live, EngineActions.roomExited({ reason: 0, at: 10 }))).toEqual(initialPk);
    const enter = ConsoleActions.enterRoomRequested({
      params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      at: 11,
    });
    expect(reduce(live, enter)).toEqual(initialPk);
  });

  it('ends with a lost engine, but leaves an idle state untouched', () => {
    const lost = EngineActions.engineLost({ reason: 'crashed', at: 12, capture: { camera: false, mic: false, share: null } });
    expect(reduce(reduce(undefined, request, connected), lost)).toEqual(initialPk);
    const idle = reduce(undefined);
    expect(reduce(idle, lost)).toBe(idle);
  });
});
