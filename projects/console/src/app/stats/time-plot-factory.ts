import { InjectionToken } from '@angular/core';

import type { TimePlotFactory } from './time-plot-models';
import { createUplotTimePlot } from './uplot-time-plot';

/** How TimePlot draws: uPlot in the app; a recording fake in specs (jsdom has no canvas). */
export const TIME_PLOT_FACTORY = new InjectionToken<TimePlotFactory>('TIME_PLOT_FACTORY', {
  providedIn: 'root',
  factory: () => createUplotTimePlot,
});
