import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { SpeedTestFigures } from './models';
import { initialPreflight, preflightFeature, type PreflightState } from './preflight';
import type { RoomAction } from './room-state';

const reduce = (state: PreflightState | undefined, ...actions: RoomAction[]): PreflightState =>
  actions.reduce((s, a) => preflightFeature.reducer(s, a), state ?? initialPreflight);
const figures = (up: number, loss: number): SpeedTestFigures => ({
  quality: TRTCQuality.TRTCQuality_Good,
  upLostRate: loss,
  downLostRate: 0,
  rtt: 40,
  availableUpBandwidth: up,
  availableDownBandwidth: 5000,
});
const measured = (up: number, loss = 0) => EngineActions.speedTestMeasured({ result: figures(up, loss), at: 2 });
const requested = ConsoleActions.speedTestRequested({ expectedUpKbps: 1200, at: 1 });

describe('preflight reducer', () => {
  it('starts with nothing tested', () => {
    expect(preflightFeature.reducer(undefined, { type: '@init' })).toEqual(initialPreflight);
  });

  it('runs the speed test with the uplink asked for, and keeps the best server: more uplink, then less loss', () => {
    const running = reduce(undefined, requested);
    expect(running.speedTest).toEqual({ status: 'running', expectedUpKbps: 1200, best: null, error: null });
    const state = reduce(running, measured(2000, 0.1), measured(3000, 0.2), measured(3000, 0.05), measured(1000));
    expect(state.speedTest.status).toBe('measured');
    expect(state.speedTest.best).toEqual(figures(3000, 0.05));
  });

  it('ignores results once stopped, and a stop when not running', () => {
    const stopped = reduce(undefined, requested, ConsoleActions.speedTestStopped({ at: 3 }));
    expect(stopped.speedTest.status).toBe('idle');
    expect(reduce(stopped, measured(2000))).toBe(stopped);
    const idle = reduce(undefined);
    expect(reduce(idle, ConsoleActions.speedTestStopped({ at: 3 }))).toBe(idle);
  });

  it('records a failed speed test', () => {
    const error = { code: -1, message: 'refused' };
    expect(reduce(undefined, requested, EngineActions.speedTestFailed({ error, at: 2 })).speedTest).toEqual(expect.objectContaining({ status: 'failed', error }));
  });

  it('runs the mic test: level now and loudest heard, only while running', () => {
    const state = reduce(
      undefined,
      ConsoleActions.micTestToggled({ started: true, at: 10 }),
      EngineActions.micTestLevelReported({ volume: 30, at: 11 }),
      EngineActions.micTestLevelReported({ volume: 70, at: 12 }),
      EngineActions.micTestLevelReported({ volume: 20, at: 13 }),
    );
    expect(state.micTest).toEqual({ running: true, startedAt: 10, level: 20, loudest: 70, playback: false });
    const stopped = reduce(state, ConsoleActions.micTestToggled({ started: false, at: 14 }));
    expect(stopped.micTest).toEqual({ running: false, startedAt: 10, level: 0, loudest: 70, playback: false });
    expect(reduce(stopped, EngineActions.micTestLevelReported({ volume: 90, at: 15 }))).toBe(stopped);
  });

  it('returns the same state for a level report that changes nothing', () => {
    const state = reduce(undefined, ConsoleActions.micTestToggled({ started: true, at: 10 }), EngineActions.micTestLevelReported({ volume: 30, at: 11 }));
    expect(reduce(state, EngineActions.micTestLevelReported({ volume: 30, at: 12 }))).toBe(state);
  });

  it('clears the results once a room is entered or the engine is lost', () => {
    const tested = reduce(undefined, requested, measured(2000), ConsoleActions.micTestToggled({ started: true, at: 10 }));
    expect(reduce(tested, EngineActions.roomEntered({ elapsedMs: 100, at: 20 }))).toEqual(initialPreflight);
    expect(reduce(tested, EngineActions.engineLost({ reason: 'crashed', at: 20, capture: { camera: false, mic: false, share: null } }))).toEqual(initialPreflight);
  });
});
