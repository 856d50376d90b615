import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { StatsSample } from './models';
import type { RoomAction } from './room-state';
import { STATS_HISTORY_LENGTH, statsFeature, type StatsState } from './stats';

const reduce = (state: StatsState | undefined, ...actions: RoomAction[]): StatsState =>
  actions.reduce((s, a) => statsFeature.reducer(s, a), state ?? statsFeature.reducer(undefined, { type: '@init' }));
const sample = (at: number): StatsSample => ({ at, rtt: 40, upLoss: 0, downLoss: 1, sendKbps: 900, receiveKbps: 1200, fps: 15, appCpu: 10, systemCpu: 30 });
const update = (at: number) => EngineActions.statisticsUpdated({ sample: sample(at) });

describe('stats reducer', () => {
  it('starts with no history and no latest sample', () => {
    const state = reduce(undefined);
    expect(state.history).toEqual([]);
    expect(statsFeature.selectLatestStats.projector(state.history)).toBeNull();
  });

  it('keeps samples oldest first, the latest last', () => {
    const state = reduce(undefined, update(2000), update(4000));
    expect(state.history.map((s) => s.at)).toEqual([2000, 4000]);
    expect(statsFeature.selectLatestStats.projector(state.history)).toEqual(sample(4000));
  });

  it('keeps at most STATS_HISTORY_LENGTH samples, dropping the oldest', () => {
    const updates = Array.from({ length: STATS_HISTORY_LENGTH + 5 }, (_, i) => update(i));
    const state = reduce(undefined, ...updates);
    expect(state.history).toHaveLength(STATS_HISTORY_LENGTH);
    expect(state.history[0].at).toBe(5);
    expect(state.history.at(-1)!.at).toBe(STATS_HISTORY_LENGTH + 4);
  });

  it('clears the history when a room is entered', () => {
    const enter = ConsoleActions.enterRoomRequested({
      params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      at: 1,
    });
    expect(reduce(undefined, update(2000), enter).history).toEqual([]);
  });
});
