import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { localMediaFeature } from '@broadcast-core/room-state';

/** The local microphone's level as the SDK reports it (onUserVoiceVolume, userId ''), 0-100. */
@Component({
  selector: 'bc-mic-level',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    :host { display: grid; gap: 0.25rem; font-size: 0.85rem; color: var(--muted); }
    .meter { height: 0.5rem; border-radius: 999px; background: #0d1014; border: 1px solid var(--line); overflow: hidden; }
    .bar { display: block; height: 100%; background: var(--ok); transition: width 120ms linear; }
    .meter[data-loud='true'] .bar { background: var(--warn); }
  `,
  template: `
    <span id="mic-level-label">{{ 'media.level.label' | translate }}</span>
    <div class="meter" role="meter" aria-labelledby="mic-level-label" aria-valuemin="0" aria-valuemax="100"
      data-testid="mic-level" [attr.aria-valuenow]="level()" [attr.data-loud]="level() >= 90"
      [attr.aria-valuetext]="on() ? ('media.level.value' | translate: { level: level() }) : ('media.level.off' | translate)">
      <span class="bar" [style.width.%]="level()"></span>
    </div>
    @if (media().volumeIntervalMs === 0) { <span class="hint" data-testid="mic-level-off">{{ 'media.level.reportsOff' | translate }}</span> }
  `,
})
export class MicLevel {
  protected readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly on = computed(() => this.media().audioStarted);
  // Still shown while muted: the host sees they are talking into a muted mic.
  protected readonly level = computed(() => (this.on() ? Math.round(this.media().volume) : 0));
}
