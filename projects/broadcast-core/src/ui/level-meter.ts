import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A voice level bar (0-100), exposed to screen readers as a meter. A muted
 * source shows an empty, striped bar rather than a level nobody hears. The
 * bar is scaled, not resized, so a level change never reflows its row.
 */
@Component({
  selector: 'bc-level-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    '[attr.aria-valuenow]': 'shown()',
    '[attr.aria-valuetext]': 'valueText() ?? null',
    '[attr.aria-label]': 'label()',
    '[attr.data-level]': 'shown()',
    '[style.--level]': 'shown() / 100',
    '[class.muted]': 'muted()',
  },
  template: `<span class="fill"></span>`,
  styles: `
    :host {
      display: inline-block; width: 6em; height: 0.6em; border-radius: 999px;
      background: #0d1014; border: 1px solid var(--line); overflow: hidden; vertical-align: middle;
    }
    .fill {
      display: block; width: 100%; height: 100%; background: var(--ok);
      transform-origin: left; transform: scaleX(var(--level)); transition: transform 120ms linear;
    }
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
  /** The level in words, for screen readers; the number alone when not given. */
  readonly valueText = input<string>();

  protected readonly shown = computed(() => (this.muted() ? 0 : Math.round(Math.min(100, Math.max(0, this.level())))));
}
