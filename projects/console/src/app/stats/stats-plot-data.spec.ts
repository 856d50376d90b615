import type { StatsSample } from '@broadcast-core/room-state';

import { toPlotData } from './stats-plot-data';

function sample(at: number, over: Partial<StatsSample> = {}): StatsSample {
  return { at, rtt: 40, upLoss: 0, downLoss: 0, sendKbps: 900, receiveKbps: 0, fps: 15, appCpu: 10, systemCpu: 30, ...over };
}

describe('toPlotData', () => {
  it('puts the sample times in Unix seconds first, then one array per metric in the order asked, oldest first', () => {
    const history = [
      sample(1_700_000_000_000, { upLoss: 0.5, downLoss: 1.2 }),
      sample(1_700_000_002_000, { upLoss: 6.1, downLoss: 0 }),
      sample(1_700_000_004_500, { upLoss: 11, downLoss: 3.3 }),
    ];
    expect(toPlotData(history, ['upLoss', 'downLoss'])).toEqual([
      [1_700_000_000, 1_700_000_002, 1_700_000_004.5],
      [0.5, 6.1, 11],
      [1.2, 0, 3.3],
    ]);
  });

  it('maps a single metric to one y series', () => {
    expect(toPlotData([sample(2000, { rtt: 250 }), sample(4000, { rtt: 90 })], ['rtt'])).toEqual([
      [2, 4],
      [250, 90],
    ]);
  });

  it('gives empty arrays for an empty history, one per metric', () => {
    expect(toPlotData([], ['appCpu', 'systemCpu'])).toEqual([[], [], []]);
  });
});
