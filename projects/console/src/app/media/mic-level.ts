import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { localMediaFeature } from '@broadcast-core/room-state';
import { LevelMeter } from '@broadcast-core/ui';

/** The local microphone's level as the SDK reports it (onUserVoiceVolume, userId ''), 0-100. */
@Component({
  selector: 'bc-mic-level',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LevelMeter],
  styles: `
    :host { display: grid; gap: 0.25rem; font-size: 0.85rem; color: var(--muted); }
    bc-level-meter { width: 100%; height: 0.5rem; }
    bc-level-meter[data-loud='true'] { --ok: var(--warn); }
  `,
  template: `
    <span id="mic-level-label">{{ 'media.level.label' | translate }}</span>
    <bc-level-meter data-testid="mic-level" aria-labelledby="mic-level-label" [level]="level()" [attr.data-loud]="level() >= 90" [label]="'media.level.label' | translate"
      [valueText]="on() ? ('media.level.value' | translate: { level: level() }) : ('media.level.off' | translate)" />
    @if (media().volumeIntervalMs === 0) { <span class="hint" data-testid="mic-level-off">{{ 'media.level.reportsOff' | translate }}</span> }
  `,
})
export class MicLevel {
  protected readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly on = computed(() => this.media().audioStarted);
  // Still shown while muted: the host sees they are talking into a muted mic.
  protected readonly level = computed(() => (this.on() ? Math.round(this.media().volume) : 0));
}
