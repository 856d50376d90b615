import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCAudioQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { injectCommand } from '@broadcast-core/bridge-client';
import { audioMixFeature, localMediaFeature, remoteUsersFeature } from '@broadcast-core/room-state';
import { LevelMeter, RefusalTextPipe } from '@broadcast-core/ui';

import { RemoteChannel } from './remote-channel';
import { VolumeSlider } from './volume-slider';

/** The microphone qualities startLocalAudio takes, with their text keys. */
const QUALITIES = [
  { value: TRTCAudioQuality.TRTCAudioQualitySpeech, key: 'mixer.quality.speech' },
  { value: TRTCAudioQuality.TRTCAudioQualityDefault, key: 'mixer.quality.default' },
  { value: TRTCAudioQuality.TRTCAudioQualityMusic, key: 'mixer.quality.music' },
] as const;

/** The values of TRTCVoiceReverbType and of TRTCVoiceChangerType (both 0-11, 0 none). */
const VOICE_EFFECTS = Array.from({ length: 12 }, (_, i) => i);

/** The audio mixer: microphone quality and volumes, speaker volumes, ear monitoring, and a channel per remote user. */
@Component({
  selector: 'bc-mixer-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LevelMeter, VolumeSlider, RemoteChannel, RefusalTextPipe],
  template: `
    <fieldset data-testid="mixer-mic">
      <legend>{{ 'mixer.mic.heading' | translate }}</legend>
      <bc-level-meter data-testid="mixer-mic-meter" [peakHold]="true" [level]="micLevel()" [muted]="mix().micDevice.muted"
        [label]="'mixer.mic.meter' | translate" [valueText]="'mixer.level' | translate: { level: micLevel() }" />
      <label class="row">
        <span class="name">{{ 'mixer.quality.label' | translate }}</span>
        <select data-testid="mixer-quality" [value]="mix().quality" (change)="command.send({ type: 'setAudioQuality', quality: toNumber($event) })">
          @for (q of qualities; track q.value) { <option [value]="q.value" [selected]="q.value === mix().quality">{{ q.key | translate }}</option> }
        </select>
      </label>
      <label class="row">
        <span class="name">{{ 'mixer.effects.reverb' | translate }}</span>
        <select data-testid="voice-reverb" (change)="command.send({ type: 'setVoiceReverbType', reverbType: toNumber($event) })">
          @for (r of effects; track r) { <option [value]="r" [selected]="r === mix().reverbType">{{ 'mixer.effects.reverbs.' + r | translate }}</option> }
        </select>
      </label>
      <label class="row">
        <span class="name">{{ 'mixer.effects.changer' | translate }}</span>
        <select data-testid="voice-changer" (change)="command.send({ type: 'setVoiceChangerType', changerType: toNumber($event) })">
          @for (c of effects; track c) { <option [value]="c" [selected]="c === mix().changerType">{{ 'mixer.effects.changers.' + c | translate }}</option> }
        </select>
      </label>
      <bc-volume-slider testId="capture-volume" [label]="'mixer.mic.capture' | translate" [volume]="mix().captureVolume"
        (volumeChange)="command.send({ type: 'setAudioCaptureVolume', volume: $event })" />
      <bc-volume-slider testId="mic-device-volume" [label]="'mixer.mic.device' | translate" [volume]="mix().micDevice.volume"
        (volumeChange)="command.send({ type: 'setCurrentMicDeviceVolume', volume: $event })" />
      <div class="toggles">
        <label><input type="checkbox" data-testid="mic-device-mute" [checked]="mix().micDevice.muted"
          (change)="command.send({ type: 'setCurrentMicDeviceMute', mute: checked($event) })" /> {{ 'mixer.mic.deviceMute' | translate }}</label>
        <label><input type="checkbox" data-testid="ear-monitor" [checked]="mix().earMonitor"
          (change)="command.send({ type: 'enableVoiceEarMonitor', enable: checked($event) })" /> {{ 'mixer.mic.earMonitor' | translate }}</label>
      </div>
    </fieldset>
    <fieldset data-testid="mixer-speaker">
      <legend>{{ 'mixer.speaker.heading' | translate }}</legend>
      <bc-volume-slider testId="playout-volume" [label]="'mixer.speaker.playout' | translate" [volume]="mix().playoutVolume"
        (volumeChange)="command.send({ type: 'setAudioPlayoutVolume', volume: $event })" />
      <bc-volume-slider testId="speaker-device-volume" [label]="'mixer.speaker.device' | translate" [volume]="mix().speakerDevice.volume"
        (volumeChange)="command.send({ type: 'setCurrentSpeakerVolume', volume: $event })" />
      <label><input type="checkbox" data-testid="speaker-device-mute" [checked]="mix().speakerDevice.muted"
        (change)="command.send({ type: 'setCurrentSpeakerDeviceMute', mute: checked($event) })" /> {{ 'mixer.speaker.deviceMute' | translate }}</label>
    </fieldset>
    <fieldset data-testid="mixer-remotes">
      <legend>{{ 'mixer.remote.heading' | translate }}</legend>
      @for (user of remotes(); track user.userId) {
        <bc-remote-channel data-testid="remote-channel" [attr.data-user]="user.userId" [user]="user"
          (volumeChange)="command.send({ type: 'setRemoteAudioVolume', userId: user.userId, volume: $event })" />
      } @empty {
        <p class="hint">{{ 'mixer.remote.empty' | translate }}</p>
      }
    </fieldset>
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="mixer-refusal">{{ 'mixer.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.75rem; }
    /* min-width: 0 lets a fieldset shrink to the panel (its default minimum is its content's width). */
    fieldset { display: grid; gap: 0.4rem; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0; min-width: 0; }
    legend { font-size: 0.85rem; color: var(--muted); }
    bc-level-meter { width: 100%; height: 0.5rem; }
    .row { display: grid; grid-template-columns: minmax(5rem, 8rem) minmax(0, 1fr); align-items: center; gap: 0.5rem; font-size: 0.85rem; }
    select { min-width: 0; }
    .name { color: var(--muted); }
    .toggles { display: flex; flex-wrap: wrap; gap: 1rem; font-size: 0.85rem; }
    label { font-size: 0.85rem; }
  `,
})
export class MixerPanel {
  private readonly store = inject(Store);
  private readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly mix = this.store.selectSignal(audioMixFeature.selectAudioMixState);
  protected readonly remotes = this.store.selectSignal(remoteUsersFeature.selectAllRemoteUsers);
  protected readonly qualities = QUALITIES;
  /** TRTCVoiceReverbType and TRTCVoiceChangerType both run 0 (none) to 11. */
  protected readonly effects = VOICE_EFFECTS;
  /** The local level as others hear it (the SDK reports it after the device and capture volumes). */
  protected readonly micLevel = computed(() => (this.media().audioStarted ? Math.round(this.media().volume) : 0));
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  protected toNumber(event: Event): number {
    return Number((event.target as HTMLSelectElement).value);
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
