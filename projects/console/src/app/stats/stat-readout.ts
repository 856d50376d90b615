import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import type { MetricDef } from './stats-metrics';
import { limitPassed, severityOf } from './stats-thresholds';

/** One figure as a large number with its unit, coloured and worded when it passes a limit. */
@Component({
  selector: 'bc-stat-readout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { class: 'stat-readout', '[attr.data-severity]': 'severity()' },
  template: `
    <div class="name"><span class="swatch" aria-hidden="true" [style.background]="swatch()"></span>{{ 'stats.metric.' + metric().key | translate }}</div>
    <div class="reading">
      <span class="value" [attr.data-testid]="metric().testId">{{ text() }}</span>&ngsp;<span class="unit">{{ unitKey() | translate }}</span>
    </div>
    @if (limit(); as l) {
      <div class="level" [attr.data-testid]="metric().testId + '-level'">{{ 'stats.level.' + severity() | translate: { limit: l, unit: (unitKey() | translate) } }}</div>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.1rem; align-content: start; }
    .name { font-size: 0.78rem; color: var(--muted); display: flex; align-items: center; gap: 0.35rem; }
    .swatch { width: 0.7rem; height: 0.2rem; border-radius: 2px; }
    .value { font-size: 1.9rem; font-weight: 600; font-variant-numeric: tabular-nums; line-height: 1.1; }
    .unit { font-size: 0.85rem; color: var(--muted); }
    :host([data-severity='warning']) .value { color: var(--warn); }
    :host([data-severity='critical']) .value { color: var(--live); }
    .level { justify-self: start; font-size: 0.75rem; font-weight: 600; padding: 0.05rem 0.45rem; border-radius: 999px; }
    :host([data-severity='warning']) .level { background: var(--warn); color: #1d1400; }
    :host([data-severity='critical']) .level { background: var(--live); color: #fff; }
  `,
})
export class StatReadout {
  /** Which figure this is. */
  readonly metric = input.required<MetricDef>();
  /** Its latest value. */
  readonly value = input.required<number>();

  protected readonly text = computed(() => this.value().toFixed(this.metric().decimals));
  protected readonly severity = computed(() => severityOf(this.metric().key, this.value()));
  protected readonly limit = computed(() => limitPassed(this.metric().key, this.value()));
  protected readonly unitKey = computed(() => `stats.unit.${this.metric().unit}`);
  protected readonly swatch = computed(() => `var(${this.metric().colour})`);
}
