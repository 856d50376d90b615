import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A voice level bar (0-100) that reads from across a room; a muted source shows
 * an empty, struck-through bar rather than a level nobody hears.
 */
@Component({
  selector: 'bc-level-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    '[attr.aria-valuenow]': 'shown()',
    '[attr.aria-label]': 'label()',
    '[attr.data-level]': 'shown()',
    '[class.muted]': 'muted()',
  },
  template: `<span class="fill" [style.width.%]="shown()"></span>`,
  styles: `
    :host { position: relative; display: inline-block; width: 6em; height: 0.6em; border-radius: 999px; background: #2b333d; overflow: hidden; vertical-align: middle; }
    .fill { position: absolute; inset: 0 auto 0 0; background: var(--ok); transition: width 120ms linear; }
    :host(.muted) { background: repeating-linear-gradient(135deg, #2b333d 0 6px, #3a1d20 6px 12px); }
  `,
})
export class LevelMeter {
  /** The level as the SDK reports it, 0-100. */
  readonly level = input(0);
  /** The source is muted: the bar shows nothing. */
  readonly muted = input(false);
  /** What the meter measures, for screen readers. */
  readonly label = input.required<string>();

  protected readonly shown = computed(() => (this.muted() ? 0 : Math.round(Math.min(100, Math.max(0, this.level())))));
}
