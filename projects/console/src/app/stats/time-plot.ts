import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, effect, inject, input, signal, untracked } from '@angular/core';
import type { AlignedData } from 'uplot';

import { RESIZE_WATCH } from './resize-watch';
import { TIME_PLOT_FACTORY } from './time-plot-factory';
import type { PlotHandle } from './time-plot-models';

/** Width used until the box has been laid out (jsdom never lays out). */
const FALLBACK_WIDTH = 300;

/**
 * A small line chart over time. Drawn once the host is on screen, fed new data
 * as it comes, fitted to its box as that changes, and freed when it goes.
 * Recreated only if its colours or y range change.
 */
@Component({
  selector: 'bc-time-plot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'label()', 'data-testid': 'time-plot', '[style.height.px]': 'height()' },
  template: '',
  styles: `:host { display: block; min-width: 0; overflow: hidden; }`,
})
export class TimePlot {
  /** x in Unix seconds, then one y array per series. */
  readonly data = input.required<AlignedData>();
  /** One theme CSS custom property per y series, e.g. '--accent'. */
  readonly colours = input.required<readonly string[]>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  /** Fixed top of the y axis, or null to fit the data. */
  readonly max = input<number | null>(null);
  /** Height in CSS pixels; the width follows the box. */
  readonly height = input(100);

  private readonly element: HTMLElement = inject(ElementRef).nativeElement;
  private readonly createPlot = inject(TIME_PLOT_FACTORY);
  private readonly watchResize = inject(RESIZE_WATCH);
  private readonly rendered = signal(false);
  private plot: PlotHandle | null = null;
  /** The data the chart shows, so a redraw is asked only for new data. */
  private shown: AlignedData | null = null;

  constructor() {
    // The chart measures its box: wait until the host is laid out.
    afterNextRender(() => this.rendered.set(true));

    effect((onCleanup) => {
      if (!this.rendered()) return;
      const colours = this.colours();
      const max = this.max();
      const height = this.height();
      untracked(() => {
        let width = this.element.clientWidth || FALLBACK_WIDTH;
        this.shown = this.data();
        const plot = this.createPlot({ element: this.element, width, height, colours, max, data: this.shown });
        this.plot = plot;
        const stopWatching = this.watchResize(this.element, (size) => {
          if (size.width > 0 && size.width !== width) plot.setSize({ width: (width = size.width), height });
        });
        onCleanup(() => {
          stopWatching();
          plot.destroy();
          this.plot = null;
        });
      });
    });

    effect(() => {
      const data = this.data();
      if (!this.plot || data === this.shown) return;
      this.shown = data;
      this.plot.setData(data);
    });
  }
}
