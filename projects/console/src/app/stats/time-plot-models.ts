import type { AlignedData } from 'uplot';

/** What a chart needs to be drawn into an element. */
export interface PlotConfig {
  /** The element the chart is drawn into; its theme variables give the colours. */
  readonly element: HTMLElement;
  readonly width: number;
  readonly height: number;
  /** One theme CSS custom property per y series, e.g. '--accent'. */
  readonly colours: readonly string[];
  /** Fixed top of the y axis, or null to fit the data. */
  readonly max: number | null;
  /** x in Unix seconds, then one array per series. */
  readonly data: AlignedData;
}

/** A drawn chart, as the TimePlot component drives it. */
export interface PlotHandle {
  /** Redraws with new data. */
  setData(data: AlignedData): void;
  /** Fits the chart to a new box. */
  setSize(size: { width: number; height: number }): void;
  /** Removes the chart and frees its canvas. */
  destroy(): void;
}

/** Draws a time chart. */
export type TimePlotFactory = (config: PlotConfig) => PlotHandle;
