import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import type { Command } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { localMediaFeature } from '@broadcast-core/room-state';

/** Camera and microphone: start/stop capture and mute what goes out. */
@Component({
  selector: 'bc-media-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="actions" role="group" aria-label="Camera">
      <button type="button" data-testid="toggle-preview" [attr.aria-pressed]="media().previewStarted"
        (click)="send({ type: media().previewStarted ? 'stopLocalPreview' : 'startLocalPreview' })">
        {{ media().previewStarted ? 'Stop camera' : 'Start camera' }}
      </button>
      <button type="button" data-testid="mute-video" [attr.aria-pressed]="media().videoMuted"
        (click)="send({ type: 'muteLocalVideo', mute: !media().videoMuted })">
        {{ media().videoMuted ? 'Unmute video' : 'Mute video' }}
      </button>
    </div>
    <div class="actions" role="group" aria-label="Microphone">
      <button type="button" data-testid="toggle-mic" [attr.aria-pressed]="media().audioStarted"
        (click)="send({ type: media().audioStarted ? 'stopLocalAudio' : 'startLocalAudio' })">
        {{ media().audioStarted ? 'Stop mic' : 'Start mic' }}
      </button>
      <button type="button" data-testid="mute-audio" [attr.aria-pressed]="media().audioMuted"
        (click)="send({ type: 'muteLocalAudio', mute: !media().audioMuted })">
        {{ media().audioMuted ? 'Unmute mic' : 'Mute mic' }}
      </button>
    </div>
  `,
})
export class MediaPanel {
  private readonly bridge = inject(BridgeClient);
  protected readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);

  protected send(command: Command): void {
    void this.bridge.command(command);
  }
}
