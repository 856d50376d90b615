import type { AlignedData } from 'uplot';

import type { StatsSample } from '@broadcast-core/room-state';

import type { StatsMetric } from './stats-metrics';

/** History as uPlot wants it: x in Unix seconds (its time scale), then one y array per metric, oldest first. */
export function toPlotData(history: readonly StatsSample[], metrics: readonly StatsMetric[]): AlignedData {
  return [history.map((s) => s.at / 1000), ...metrics.map((metric) => history.map((s) => s[metric]))];
}
