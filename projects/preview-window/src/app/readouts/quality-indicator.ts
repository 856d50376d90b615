import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { qualityKey } from '@broadcast-core/ui';

/** How a quality reads at a glance: bars lit (0-5) and a colour. */
export interface QualityLook {
  bars: number;
  tone: 'unknown' | 'ok' | 'warn' | 'bad';
}

/** Excellent lights five bars, Down none; Unknown is grey rather than alarming. */
export function qualityLook(quality: TRTCQuality): QualityLook {
  if (quality === TRTCQuality.TRTCQuality_Unknown) return { bars: 0, tone: 'unknown' };
  const bars = Math.max(0, TRTCQuality.TRTCQuality_Down - quality);
  const tone = quality <= TRTCQuality.TRTCQuality_Good ? 'ok' : quality <= TRTCQuality.TRTCQuality_Bad ? 'warn' : 'bad';
  return { bars, tone };
}

/** A network quality (TRTCQuality) as signal bars and a word. */
@Component({
  selector: 'bc-quality-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { '[attr.data-quality]': 'quality()', '[attr.data-tone]': 'look().tone' },
  template: `
    <span class="bars" aria-hidden="true">
      @for (bar of levels; track bar) {
        <i [class.on]="bar <= look().bars" [style.height.%]="30 + bar * 14"></i>
      }
    </span>
    <span class="label">{{ label() }}</span>&ngsp;<span class="value">{{ key() | translate }}</span>
  `,
  styles: `
    :host { display: inline-flex; align-items: center; gap: 0.35em; }
    .bars { display: inline-flex; align-items: flex-end; gap: 2px; height: 1em; }
    .bars i { display: block; width: 0.25em; background: #3a434e; border-radius: 1px; }
    :host([data-tone='ok']) .bars i.on { background: var(--ok); }
    :host([data-tone='warn']) .bars i.on { background: var(--warn); }
    :host([data-tone='bad']) .bars i.on { background: var(--live); }
    :host([data-tone='bad']) .value { color: #ff8a8f; }
    .label { color: var(--muted); }
  `,
})
export class QualityIndicator {
  /** The quality to show. */
  readonly quality = input.required<TRTCQuality>();
  /** Which link this is (for example "Upstream"), shown before the word. */
  readonly label = input.required<string>();

  protected readonly levels = [1, 2, 3, 4, 5];
  protected readonly look = computed(() => qualityLook(this.quality()));
  protected readonly key = computed(() => qualityKey(this.quality()));
}
