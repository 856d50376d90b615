import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { statsFeature } from '@broadcast-core/room-state';

import { StatReadout } from './stat-readout';
import { STATS_GROUPS } from './stats-metrics';
import { toPlotData } from './stats-plot-data';
import { severityOf } from './stats-thresholds';
import { TimePlot } from './time-plot';

/** Live link and load figures from the SDK's statistics: the latest as numbers, the last 3 minutes as small plots. */
@Component({
  selector: 'bc-stats-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, StatReadout, TimePlot],
  template: `
    @if (latest(); as sample) {
      <p class="visually-hidden" role="status" data-testid="stats-alerts">
        @for (a of alerts(); track a.key) {
          {{ 'stats.alert.' + a.severity | translate: { metric: ('stats.metric.' + a.key | translate) } }}
        } @empty {
          {{ 'stats.allWithinLimits' | translate }}
        }
      </p>
      @for (group of groups; track group.id) {
        <section class="group" [attr.data-testid]="'stats-group-' + group.id" [attr.aria-labelledby]="'stats-group-' + group.id + '-title'">
          <h3 [id]="'stats-group-' + group.id + '-title'">{{ 'stats.group.' + group.id | translate }}</h3>
          <div class="readouts">
            @for (metric of group.metrics; track metric.key) {
              <bc-stat-readout [metric]="metric" [value]="sample[metric.key]" />
            }
          </div>
          <bc-time-plot
            [data]="plotData()[$index]"
            [colours]="colours[$index]"
            [max]="group.max"
            [label]="'stats.plot' | translate: { group: ('stats.group.' + group.id | translate) }"
          />
        </section>
      }
    } @else {
      <p class="hint" data-testid="stats-empty">{{ 'stats.empty' | translate }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 1rem; }
    .group { display: grid; gap: 0.4rem; }
    h3 { margin: 0; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
    .readouts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; }
  `,
})
export class StatsPanel {
  private readonly store = inject(Store);
  private readonly history = this.store.selectSignal(statsFeature.selectHistory);

  protected readonly groups = STATS_GROUPS;
  protected readonly colours = STATS_GROUPS.map((g) => g.metrics.map((m) => m.colour));
  protected readonly latest = this.store.selectSignal(statsFeature.selectLatestStats);
  /** One uPlot data set per group, in STATS_GROUPS order. */
  protected readonly plotData = computed(() => {
    const history = this.history();
    return STATS_GROUPS.map((g) => toPlotData(history, g.metrics.map((m) => m.key)));
  });
  /** Figures past a limit; the text changes only when a severity does, so screen readers are not flooded every 2 s. */
  protected readonly alerts = computed(() => {
    const sample = this.latest();
    if (!sample) return [];
    return STATS_GROUPS.flatMap((g) => g.metrics)
      .map((m) => ({ key: m.key, severity: severityOf(m.key, sample[m.key]) }))
      .filter((a) => a.severity !== 'ok');
  });
}
