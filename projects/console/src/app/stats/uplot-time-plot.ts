import type uPlot from 'uplot';

import { TIME_STEPS, clockTimes, timeRange } from './time-axis';
import type { PlotConfig, PlotHandle } from './time-plot-models';

/**
 * Draws a PlotConfig with uPlot. uPlot is loaded on first use: it probes
 * matchMedia as it loads, so a static import would break every jsdom spec
 * that merely imports the panel, and the chart code stays out of the main bundle.
 */
export function createUplotTimePlot(config: PlotConfig): PlotHandle {
  let plot: uPlot | null = null;
  let destroyed = false;
  let data = config.data;
  let size = { width: config.width, height: config.height };
  import('uplot')
    .then(({ default: UPlot }) => {
      if (!destroyed) plot = new UPlot(uplotOptions(config, size), data, config.element);
    })
    .catch((err: unknown) => console.error('bc-time-plot: uPlot could not be loaded', err));
  return {
    setData: (next) => {
      data = next;
      plot?.setData(next);
    },
    setSize: (next) => {
      size = next;
      plot?.setSize(next);
    },
    destroy: () => {
      destroyed = true;
      plot?.destroy();
      plot = null;
    },
  };
}

/** A small, legend-less line chart in the theme's colours, time along x, zero-based y. */
function uplotOptions(config: PlotConfig, size: { width: number; height: number }): uPlot.Options {
  // Canvas needs real colours: resolve the theme's custom properties once, here.
  const style = getComputedStyle(config.element);
  const colour = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const axis: uPlot.Axis = {
    stroke: colour('--muted', '#9aa6b2'),
    grid: { stroke: colour('--line', '#2e3640'), width: 1 },
    ticks: { stroke: colour('--line', '#2e3640'), width: 1 },
    font: '11px system-ui, sans-serif',
  };
  return {
    ...size,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: true, range: (u) => timeRange(u.data[0]) },
      y: { range: (_u, _min, max) => [0, config.max ?? Math.max(1, Math.ceil(max * 1.15))] },
    },
    axes: [
      { ...axis, size: 26, incrs: [...TIME_STEPS], values: (_u, splits) => clockTimes(splits) },
      // A small chart: allow ticks closer than uPlot's default so y gets more than a lone 0.
      { ...axis, size: 44, space: 16 },
    ],
    series: [{}, ...config.colours.map((name) => ({ stroke: colour(name, '#3d8bfd'), width: 1.5, points: { show: false } }))],
  };
}
