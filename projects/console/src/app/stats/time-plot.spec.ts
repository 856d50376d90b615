import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { AlignedData } from 'uplot';

import { RESIZE_WATCH, type ResizeWatch } from './resize-watch';
import { TimePlot } from './time-plot';
import { TIME_PLOT_FACTORY } from './time-plot-factory';
import type { PlotConfig, PlotHandle } from './time-plot-models';

/** What happened to one chart the fake factory made. */
interface FakePlot {
  config: PlotConfig;
  data: AlignedData[];
  sizes: { width: number; height: number }[];
  destroyed: boolean;
}

/** Resize watches the spec fires by hand. */
class ManualResizes {
  readonly active = new Map<Element, (size: { width: number; height: number }) => void>();
  readonly watch: ResizeWatch = (element, onResize) => {
    this.active.set(element, onResize);
    return () => this.active.delete(element);
  };
  fire(element: Element, width: number, height = 999): void {
    this.active.get(element)!({ width, height });
  }
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TimePlot],
  template: `<bc-time-plot [data]="data()" [colours]="colours()" [max]="max()" label="RTT, last 3 minutes" />`,
})
class Host {
  readonly data = signal<AlignedData>([[1], [40]]);
  readonly colours = signal<readonly string[]>(['--accent']);
  readonly max = signal<number | null>(null);
}

describe('TimePlot', () => {
  let plots: FakePlot[];
  let resizes: ManualResizes;
  let fixture: ComponentFixture<Host>;
  const plotElement = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('bc-time-plot')!;

  beforeEach(async () => {
    plots = [];
    resizes = new ManualResizes();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        { provide: RESIZE_WATCH, useValue: resizes.watch },
        {
          provide: TIME_PLOT_FACTORY,
          useValue: (config: PlotConfig): PlotHandle => {
            const plot: FakePlot = { config, data: [], sizes: [], destroyed: false };
            plots.push(plot);
            return {
              setData: (data) => plot.data.push(data),
              setSize: (size) => plot.sizes.push(size),
              destroy: () => (plot.destroyed = true),
            };
          },
        },
      ],
    });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('draws one chart into its host after the first render, with the data, colours and range given', () => {
    expect(plots).toHaveLength(1);
    const { config } = plots[0];
    expect(config.element).toBe(plotElement());
    expect(config.data).toEqual([[1], [40]]);
    expect(config.colours).toEqual(['--accent']);
    expect(config.max).toBeNull();
    expect(config.height).toBe(100);
    // jsdom lays nothing out: the chart gets a usable width anyway.
    expect(config.width).toBe(300);
    expect(plots[0].data).toEqual([]);
  });

  it('is an image to screen readers, named by its label', () => {
    expect(plotElement().getAttribute('role')).toBe('img');
    expect(plotElement().getAttribute('aria-label')).toBe('RTT, last 3 minutes');
  });

  it('hands new data to the same chart instead of redrawing it', async () => {
    fixture.componentInstance.data.set([[1, 3], [40, 55]]);
    await fixture.whenStable();
    fixture.componentInstance.data.set([[1, 3, 5], [40, 55, 61]]);
    await fixture.whenStable();
    expect(plots).toHaveLength(1);
    expect(plots[0].data).toEqual([
      [[1, 3], [40, 55]],
      [[1, 3, 5], [40, 55, 61]],
    ]);
  });

  it('follows its box width, keeping its height, and ignores an unlaid or unchanged width', () => {
    resizes.fire(plotElement(), 300);
    resizes.fire(plotElement(), 0);
    resizes.fire(plotElement(), 512);
    resizes.fire(plotElement(), 512);
    expect(plots[0].sizes).toEqual([{ width: 512, height: 100 }]);
  });

  it('replaces the chart when its colours or range change, freeing the old one', async () => {
    fixture.componentInstance.max.set(100);
    await fixture.whenStable();
    expect(plots).toHaveLength(2);
    expect(plots[0].destroyed).toBe(true);
    expect(plots[1].destroyed).toBe(false);
    expect(plots[1].config.max).toBe(100);
    expect(resizes.active.size).toBe(1);
  });

  it('destroys the chart and stops watching its size when it leaves the page', () => {
    fixture.destroy();
    expect(plots[0].destroyed).toBe(true);
    expect(resizes.active.size).toBe(0);
  });
});
