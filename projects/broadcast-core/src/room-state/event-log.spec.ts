import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';

import { EngineActions } from './engine-actions';
import { eventLogFeature, type EventLogState } from './event-log';

const run = (...actions: Parameters<typeof eventLogFeature.reducer>[1][]): EventLogState =>
  actions.reduce((s, a) => eventLogFeature.reducer(s, a), eventLogFeature.reducer(undefined, { type: '@init' }));

describe('event log: the console’s own notes', () => {
  it('logs a lost engine as an error with code 0 and the engine’s reason', () => {
    const state = run(EngineActions.engineLost({ reason: 'engine thread exited with code 1', at: 10, capture: { camera: true, mic: true, share: null } }));
    expect(state.entries).toEqual([{ id: 1, at: 10, level: 'error', code: 0, message: 'engine thread exited with code 1', note: 'engineLost' }]);
  });

  it('logs a restarted engine as a warning, but not the first engine starting', () => {
    const state = run(
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation: 1, at: 1 }),
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation: 2, at: 20 }),
    );
    expect(state.entries).toEqual([{ id: 1, at: 20, level: 'warning', code: 0, message: 'engine restarted (sandbox-1.0)', note: 'engineRestarted' }]);
  });

  it('logs a refused PK request as an error with its TRTC code, beside the engine’s own entries', () => {
    const error = { code: TXLiteAVError.ERR_SERVER_CENTER_CONN_ROOM_CONNED_USER_NOT_EXIST, message: 'no such anchor' };
    const state = run(
      EngineActions.warningRaised({ error: { code: TXLiteAVWarning.WARNING_ROOM_NET_BUSY, message: '' }, at: 8 }),
      EngineActions.otherRoomConnectFailed({ userId: 'userB', error, at: 9 }),
    );
    expect(state.entries.map((e) => [e.id, e.level, e.code, e.note])).toEqual([
      [1, 'warning', TXLiteAVWarning.WARNING_ROOM_NET_BUSY, undefined],
      [2, 'error', error.code, 'pkFailed'],
    ]);
    expect(state.entries[1].message).toBe('no such anchor');
  });

  it('logs failed background music as an error with the music code, which comes by no onError', () => {
    const state = run(EngineActions.musicFailed({ id: 3, error: { code: -4001, message: 'the music file could not be opened' }, at: 5 }));
    expect(state.entries).toEqual([{ id: 1, at: 5, level: 'error', code: -4001, message: 'the music file could not be opened', note: 'musicFailed' }]);
  });
});
