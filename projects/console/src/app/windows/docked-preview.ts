import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { localMediaFeature, selectLocalViewFill } from '@broadcast-core/room-state';
import { VideoView } from '@broadcast-core/video-view';

import { PreviewDock } from './preview-dock';

/** The local preview inside the control panel, with the way back out to its own window. */
@Component({
  selector: 'bc-docked-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, VideoView],
  styles: `
    :host { display: grid; gap: 0.5rem; }
    bc-video-view, .camera-off { aspect-ratio: 16 / 9; width: 100%; border-radius: 6px; background: #000; }
    .placeholder { color: var(--muted); display: grid; place-items: center; height: 100%; margin: 0; }
    .camera-off { display: grid; }
  `,
  template: `
    @if (media().previewStarted) {
      <bc-video-view data-testid="docked-preview" stream="local" [fillMode]="fillMode()" [mirror]="media().mirror">
        <p class="placeholder">{{ 'windows.waiting' | translate }}</p>
      </bc-video-view>
    } @else {
      <div class="camera-off" data-testid="docked-preview-off"><p class="placeholder">{{ 'windows.cameraOff' | translate }}</p></div>
    }
    <div class="actions">
      <button type="button" data-testid="pop-out-preview-panel" (click)="dock.popOut()">{{ 'windows.popOut' | translate }}</button>
    </div>
  `,
})
export class DockedPreview {
  protected readonly dock = inject(PreviewDock);
  protected readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly fillMode = inject(Store).selectSignal(selectLocalViewFill);
}
