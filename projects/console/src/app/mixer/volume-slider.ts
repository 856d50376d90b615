import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * A 0-100 volume as a labelled range input with its value beside it. It reports the volume once the
 * user lets go (the change event), not on every step of a drag, so a drag is one command.
 */
@Component({
  selector: 'bc-volume-slider',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label>
      <span class="name">{{ label() }}</span>
      <input type="range" min="0" max="100" step="1" [value]="volume()" [disabled]="disabled()" [attr.data-testid]="testId()"
        (change)="volumeChange.emit(toVolume($event))" />
      <output class="value">{{ volume() }}</output>
    </label>
  `,
  styles: `
    label { display: grid; grid-template-columns: minmax(5rem, 8rem) minmax(0, 1fr) 2rem; align-items: center; gap: 0.5rem; font-size: 0.85rem; }
    .name { color: var(--muted); }
    .value { text-align: right; font-variant-numeric: tabular-nums; }
    input { width: 100%; min-width: 0; margin: 0; }
  `,
})
export class VolumeSlider {
  /** What the volume controls, shown beside it. */
  readonly label = input.required<string>();
  /** The volume now, 0-100. */
  readonly volume = input.required<number>();
  /** The slider cannot be moved. */
  readonly disabled = input(false);
  /** The range input's test id. */
  readonly testId = input<string>();
  /** The volume the user chose, 0-100. */
  readonly volumeChange = output<number>();

  protected toVolume(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }
}
