import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { connectionFeature, type ConnectionState } from './connection';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { RoomAction } from './room-state';

const reduce = (state: ConnectionState | undefined, ...actions: RoomAction[]): ConnectionState =>
  actions.reduce((s, a) => connectionFeature.reducer(s, a), state ?? connectionFeature.reducer(undefined, { type: '@init' }));

describe('connection reducer', () => {
  it('starts ok with unknown quality', () => {
    expect(reduce(undefined)).toEqual({ status: 'ok', since: null, localQuality: TRTCQuality.TRTCQuality_Unknown });
  });

  it('goes lost, then reconnecting keeping the time the trouble began, then ok when recovered', () => {
    const lost = reduce(undefined, EngineActions.connectionLost({ at: 10 }));
    expect(lost).toEqual(expect.objectContaining({ status: 'lost', since: 10 }));
    const retrying = reduce(lost, EngineActions.reconnecting({ at: 20 }), EngineActions.reconnecting({ at: 30 }));
    expect(retrying).toEqual(expect.objectContaining({ status: 'reconnecting', since: 10 }));
    expect(reduce(retrying, EngineActions.connectionRecovered({ at: 40 }))).toEqual(expect.objectContaining({ status: 'ok', since: 40 }));
  });

  it('dates reconnecting from its own time when the link was ok before', () => {
    expect(reduce(undefined, EngineActions.reconnecting({ at: 25 }))).toEqual(expect.objectContaining({ status: 'reconnecting', since: 25 }));
  });

  it('takes the local quality, and returns the same state when it did not change or was not given', () => {
    const good = reduce(undefined, EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [] }));
    expect(good.localQuality).toBe(TRTCQuality.TRTCQuality_Good);
    expect(reduce(good, EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [] }))).toBe(good);
    expect(reduce(good, EngineActions.networkQualityChanged({ remote: [['anna', TRTCQuality.TRTCQuality_Bad]] }))).toBe(good);
  });

  it('starts over when the room is exited, the engine is lost, or a room is entered anew', () => {
    const troubled = reduce(undefined, EngineActions.connectionLost({ at: 10 }), EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Bad, remote: [] }));
    const initial = reduce(undefined);
    expect(reduce(troubled, EngineActions.roomExited({ reason: 0, at: 50 }))).toEqual(initial);
    expect(reduce(troubled, EngineActions.engineLost({ reason: 'crashed', at: 50, capture: { camera: false, mic: false, share: null } }))).toEqual(initial);
    const enter = ConsoleActions.enterRoomRequested({
      params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      at: 60,
    });
    expect(reduce(troubled, enter)).toEqual(initial);
  });
});
