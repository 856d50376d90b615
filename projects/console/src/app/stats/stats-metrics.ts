import type { StatsSample } from '@broadcast-core/room-state';

/** One figure of a statistics sample. */
export type StatsMetric = Exclude<keyof StatsSample, 'at'>;

/** How a figure is read: its unit (a key under `stats.unit`). */
export type StatsUnit = 'ms' | 'percent' | 'kbps' | 'fps';

/** One number on the panel and its line in a plot. */
export interface MetricDef {
  readonly key: StatsMetric;
  /** data-testid of the number. */
  readonly testId: string;
  readonly unit: StatsUnit;
  /** Digits after the point: the SDK reports loss in tenths, the rest whole. */
  readonly decimals: number;
  /** The theme's CSS custom property the line and its swatch are drawn in. */
  readonly colour: string;
}

/** Figures shown together, with one plot. */
export interface MetricGroup {
  /** Also the key of its title under `stats.group`. */
  readonly id: 'rtt' | 'loss' | 'bitrate' | 'fps' | 'cpu';
  readonly metrics: readonly MetricDef[];
  /** A fixed top of the y axis (CPU is a share of 100); null scales to the data. */
  readonly max: number | null;
}

/** The panel's figures, in the order an engineer scans them: link first, then load. */
export const STATS_GROUPS: readonly MetricGroup[] = [
  { id: 'rtt', max: null, metrics: [{ key: 'rtt', testId: 'stat-rtt', unit: 'ms', decimals: 0, colour: '--accent' }] },
  {
    id: 'loss',
    max: null,
    metrics: [
      { key: 'upLoss', testId: 'stat-up-loss', unit: 'percent', decimals: 1, colour: '--accent' },
      { key: 'downLoss', testId: 'stat-down-loss', unit: 'percent', decimals: 1, colour: '--ok' },
    ],
  },
  {
    id: 'bitrate',
    max: null,
    metrics: [
      { key: 'sendKbps', testId: 'stat-send-kbps', unit: 'kbps', decimals: 0, colour: '--accent' },
      { key: 'receiveKbps', testId: 'stat-receive-kbps', unit: 'kbps', decimals: 0, colour: '--ok' },
    ],
  },
  { id: 'fps', max: null, metrics: [{ key: 'fps', testId: 'stat-fps', unit: 'fps', decimals: 0, colour: '--accent' }] },
  {
    id: 'cpu',
    max: 100,
    metrics: [
      { key: 'appCpu', testId: 'stat-app-cpu', unit: 'percent', decimals: 0, colour: '--accent' },
      { key: 'systemCpu', testId: 'stat-system-cpu', unit: 'percent', decimals: 0, colour: '--ok' },
    ],
  },
];
