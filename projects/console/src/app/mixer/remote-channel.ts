import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { audioMixFeature, remoteMetersFeature, remoteVolumeOf, voiceLevelOf, type RemoteUser } from '@broadcast-core/room-state';
import { LevelMeter } from '@broadcast-core/ui';

import { VolumeSlider } from './volume-slider';

/** One remote user's mixer channel: how loud you hear them (after their volume and the playout volume) and their volume. */
@Component({
  selector: 'bc-remote-channel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LevelMeter, VolumeSlider],
  template: `
    <strong class="user">{{ user().userId }}</strong>
    <bc-level-meter data-testid="remote-channel-meter" [peakHold]="true" [level]="level()" [muted]="user().audioMuted"
      [label]="'mixer.remote.meter' | translate: { user: user().userId }"
      [valueText]="'mixer.level' | translate: { level: level() }" />
    <bc-volume-slider testId="remote-volume" [label]="'mixer.remote.volume' | translate" [volume]="volume()"
      (volumeChange)="volumeChange.emit($event)" />
    @if (user().audioMuted) { <span class="hint">{{ 'mixer.remote.muted' | translate }}</span> }
  `,
  styles: `
    :host { display: grid; gap: 0.3rem; }
    .user { font-size: 0.85rem; }
    bc-level-meter { width: 100%; height: 0.5rem; }
  `,
})
export class RemoteChannel {
  private readonly store = inject(Store);
  private readonly voice = this.store.selectSignal(remoteMetersFeature.selectVoice);
  private readonly mix = this.store.selectSignal(audioMixFeature.selectAudioMixState);

  /** The remote user of this channel. */
  readonly user = input.required<RemoteUser>();
  /** The volume (0-100) the user chose for this remote user. */
  readonly volumeChange = output<number>();

  protected readonly level = computed(() => voiceLevelOf(this.voice(), this.user().userId));
  protected readonly volume = computed(() => remoteVolumeOf(this.mix(), this.user().userId));
}
