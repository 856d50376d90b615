import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCRoleType, TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { localMediaFeature, sessionFeature } from '@broadcast-core/room-state';
import { SessionBanner, roleKey } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

/** The local preview window: the host's own picture with the overlays a host reads at a glance. */
@Component({
  selector: 'bc-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, VideoView, TranslatePipe],
  template: `
    <bc-session-banner />
    <section class="preview" aria-label="Local preview">
      <bc-video-view class="stage" stream="local" [fillMode]="fillMode()" [mirror]="media().mirror">
        <p class="placeholder">{{ media().previewStarted ? 'Waiting for the camera…' : 'Camera off' }}</p>
      </bc-video-view>
      <div class="badges overlay">
        <span data-testid="on-air-badge" [class.on-air]="onAir()">{{ onAir() ? 'ON AIR' : 'OFF AIR' }}</span>
        <span data-testid="preview-role">{{ role() | translate }}</span>
        <span data-testid="preview-camera">{{ media().previewStarted ? 'Camera on' : 'Camera off' }}</span>
        @if (media().firstFrame; as size) {
          <span data-testid="preview-resolution">{{ size.width }}×{{ size.height }}</span>
        }
      </div>
    </section>
  `,
})
export class PreviewPage {
  private readonly store = inject(Store);
  private readonly session = this.store.selectSignal(sessionFeature.selectSessionState);

  protected readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly fillMode = computed(() => (this.media().fillMode === TRTCVideoFillMode.TRTCVideoFillMode_Fill ? 'fill' : 'fit'));
  protected readonly role = computed(() => roleKey(this.session().role));
  /** On air: in the room as an anchor with the camera or mic going out. */
  protected readonly onAir = computed(() => {
    const s = this.session();
    const m = this.media();
    return s.status === 'in-room' && s.role === TRTCRoleType.TRTCRoleAnchor && ((m.previewStarted && !m.videoMuted) || (m.audioStarted && !m.audioMuted));
  });
}
