import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { connectionFeature, connectionNotice, RECOVERY_NEWS_MS, type ConnectionState } from './connection';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';

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
