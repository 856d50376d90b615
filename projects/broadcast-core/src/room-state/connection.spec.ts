import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { connectionFeature, connectionNotice, RECOVERY_NEWS_MS, type ConnectionState } from './connection';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { RoomAction } from './room-state';

const reduce = (state: ConnectionState | undefined, ...actions: RoomAction[]): ConnectionState =>
  actions.reduce((s, a) => connectionFeature.reducer(s, a), state ?? connectionFeature.reducer(undefined, { type: '@init' }));

describe('connection reducer', () => {
  it('starts ok with unknown quality', () => {
    expect(reduce(undefined)).toEqual({ status: 'ok', since: null, localQuality: TRTCQuality.TRTCQuality_Unknown, lastOutage: null });
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

const run = (...actions: Parameters<typeof connectionFeature.reducer>[1][]): ConnectionState =>
  actions.reduce((s, a) => connectionFeature.reducer(s, a), connectionFeature.reducer(undefined, { type: '@init' }));

describe('connection: outages and how long they last', () => {
  it('keeps the start of the trouble through repeated reconnect attempts and records the outage on recovery', () => {
    const state = run(
      EngineActions.connectionLost({ at: 1000 }),
      EngineActions.reconnecting({ at: 3000 }),
      EngineActions.reconnecting({ at: 6000 }),
      EngineActions.connectionRecovered({ at: 9000 }),
    );
    expect(state).toMatchObject({ status: 'ok', since: 9000, lastOutage: { startedAt: 1000, recoveredAt: 9000 } });
  });

  it('records no outage for a recovery that follows no trouble', () => {
    expect(run(EngineActions.connectionRecovered({ at: 5 })).lastOutage).toBeNull();
  });

  it('keeps the upstream quality through an outage and forgets everything when the room is left or re-entered', () => {
    const troubled = run(
      EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Poor, remote: [] }),
      EngineActions.reconnecting({ at: 10 }),
      EngineActions.connectionRecovered({ at: 20 }),
    );
    expect(troubled.localQuality).toBe(TRTCQuality.TRTCQuality_Poor);
    const reset = connectionFeature.reducer(troubled, EngineActions.roomExited({ reason: 0, at: 30 }));
    expect(reset).toEqual(run());
    const reentered = connectionFeature.reducer(troubled, ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1, roomId: 1, userId: 'a', role: 20 }, scene: 1, at: 40 }));
    expect(reentered.lastOutage).toBeNull();
  });
});

describe('connectionNotice', () => {
  const lost = run(EngineActions.connectionLost({ at: 1000 }));
  const recovered = run(EngineActions.connectionLost({ at: 1000 }), EngineActions.connectionRecovered({ at: 13_000 }));

  it('says how long the trouble has lasted, never negative under clock skew', () => {
    expect(connectionNotice(lost, 4500)).toEqual({ kind: 'lost', ms: 3500 });
    expect(connectionNotice(run(EngineActions.reconnecting({ at: 2000 })), 2500)).toEqual({ kind: 'reconnecting', ms: 500 });
    expect(connectionNotice(lost, 0)).toEqual({ kind: 'lost', ms: 0 });
  });

  it('tells how long the outage took while the recovery is news, then goes steady', () => {
    expect(connectionNotice(recovered, 14_000)).toEqual({ kind: 'recovered', ms: 12_000 });
    expect(connectionNotice(recovered, 13_000 + RECOVERY_NEWS_MS)).toEqual({ kind: 'steady' });
    expect(connectionNotice(run(), 99)).toEqual({ kind: 'steady' });
  });
});
