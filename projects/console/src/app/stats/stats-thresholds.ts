import type { StatsMetric } from './stats-metrics';

/** How worrying a figure is. */
export type Severity = 'ok' | 'warning' | 'critical';

/** Values strictly above `warning` warn; strictly above `critical` are critical. */
export interface Limits {
  readonly warning: number;
  readonly critical: number;
}

/**
 * Where a broadcast engineer starts to worry: past 200 ms RTT interaction lags
 * and past 400 ms it breaks; past 5 % loss FEC stops hiding it and past 10 %
 * picture and voice break up; past 80 % CPU the encoder starts dropping frames.
 * Bitrate and frame rate depend on the encoder settings and role, so have none.
 */
export const STATS_LIMITS: Readonly<Partial<Record<StatsMetric, Limits>>> = {
  rtt: { warning: 200, critical: 400 },
  upLoss: { warning: 5, critical: 10 },
  downLoss: { warning: 5, critical: 10 },
  appCpu: { warning: 80, critical: 90 },
  systemCpu: { warning: 80, critical: 90 },
};

/** The severity of one value of a figure. */
export function severityOf(metric: StatsMetric, value: number): Severity {
  const limits = STATS_LIMITS[metric];
  if (!limits) return 'ok';
  if (value > limits.critical) return 'critical';
  return value > limits.warning ? 'warning' : 'ok';
}

/** The limit a value has passed, to say it in words; null while within limits. */
export function limitPassed(metric: StatsMetric, value: number): number | null {
  const severity = severityOf(metric, value);
  return severity === 'ok' ? null : STATS_LIMITS[metric]![severity];
}
