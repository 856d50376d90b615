import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { DeviceNotices } from './device-notices';
import { DevicePicker } from './device-picker';
import { LocalViewOptions } from './local-view-options';
import { MicLevel } from './mic-level';

/** Camera and microphone: start/stop capture, mute what goes out, pick devices, local view and mic level. */
@Component({
  selector: 'bc-media-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DeviceNotices, DevicePicker, LocalViewOptions, MicLevel, RefusalTextPipe],
  styles: `
    :host { display: grid; gap: 0.75rem; }
    .devices { display: grid; gap: 0.5rem; }
  `,
  template: `
    <bc-device-notices />
    <div class="actions" role="group" [attr.aria-label]="'media.camera.group' | translate">
      <button type="button" data-testid="toggle-preview" [attr.aria-pressed]="media().previewStarted"
        (click)="command.send({ type: media().previewStarted ? 'stopLocalPreview' : 'startLocalPreview' })">
        {{ (media().previewStarted ? 'media.camera.stop' : 'media.camera.start') | translate }}
      </button>
      <button type="button" data-testid="mute-video" [attr.aria-pressed]="media().videoMuted"
        (click)="command.send({ type: 'muteLocalVideo', mute: !media().videoMuted })">
        {{ (media().videoMuted ? 'media.camera.unmute' : 'media.camera.mute') | translate }}
      </button>
    </div>
    <div class="actions" role="group" [attr.aria-label]="'media.mic.group' | translate">
      <button type="button" data-testid="toggle-mic" [attr.aria-pressed]="media().audioStarted"
        (click)="command.send({ type: media().audioStarted ? 'stopLocalAudio' : 'startLocalAudio' })">
        {{ (media().audioStarted ? 'media.mic.stop' : 'media.mic.start') | translate }}
      </button>
      <button type="button" data-testid="mute-audio" [attr.aria-pressed]="media().audioMuted"
        (click)="command.send({ type: 'muteLocalAudio', mute: !media().audioMuted })">
        {{ (media().audioMuted ? 'media.mic.unmute' : 'media.mic.mute') | translate }}
      </button>
    </div>
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="media-refusal">{{ 'media.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
    <bc-mic-level />
    <div class="devices" role="group" [attr.aria-label]="'media.devices.group' | translate">
      <bc-device-picker kind="camera" />
      <bc-device-picker kind="mic" />
      <bc-device-picker kind="speaker" />
    </div>
    <bc-local-view-options />
  `,
})
export class MediaPanel {
  protected readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
}
