import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** A live voice level (0-100) as a bar, exposed to screen readers as a meter. */
@Component({
  selector: 'bc-voice-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    '[attr.aria-valuenow]': 'level()',
    '[attr.aria-valuetext]': 'valueText()',
    '[attr.aria-label]': 'label()',
    '[style.--level]': 'percent()',
  },
  template: `<span class="bar"></span>`,
  styles: `
    :host {
      display: inline-block; width: 5rem; height: 0.5rem; border-radius: 999px;
      background: #0d1014; border: 1px solid var(--line); overflow: hidden; vertical-align: middle;
    }
    /* Scaled rather than resized so a level change never reflows the row. */
    .bar {
      display: block; width: 100%; height: 100%; background: var(--ok);
      transform-origin: left; transform: scaleX(var(--level)); transition: transform 120ms linear;
    }
  `,
})
export class VoiceMeter {
  /** Voice level 0-100, as onUserVoiceVolume reports it. */
  readonly level = input.required<number>();
  /** What the meter measures, for screen readers. */
  readonly label = input.required<string>();
  /** The level in words, for screen readers. */
  readonly valueText = input<string>();

  protected readonly percent = computed(() => Math.min(100, Math.max(0, this.level())) / 100);
}
