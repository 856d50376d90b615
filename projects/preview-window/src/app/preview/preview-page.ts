import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { localMediaFeature, sessionFeature } from '@broadcast-core/room-state';
import { SessionBanner, roleLabel } from '@broadcast-core/ui';

/** The local preview window: the host's own picture with the overlays a host reads at a glance. */
@Component({
  selector: 'bc-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner],
  template: `
    <bc-session-banner />
    <section class="preview" aria-label="Local preview">
      <div class="badges">
        <span data-testid="on-air-badge" [class.on-air]="onAir()">{{ onAir() ? 'ON AIR' : 'OFF AIR' }}</span>
        <span data-testid="preview-role">{{ role() }}</span>
        <span data-testid="preview-camera">{{ media().previewStarted ? 'Camera on' : 'Camera off' }}</span>
      </div>
    </section>
  `,
})
export class PreviewPage {
  private readonly store = inject(Store);
  private readonly session = this.store.selectSignal(sessionFeature.selectSessionState);

  protected readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly role = computed(() => roleLabel(this.session().role));
  /** On air: in the room as an anchor with the camera or mic going out. */
  protected readonly onAir = computed(() => {
    const s = this.session();
    const m = this.media();
    return s.status === 'in-room' && s.role === TRTCRoleType.TRTCRoleAnchor && ((m.previewStarted && !m.videoMuted) || (m.audioStarted && !m.audioMuted));
  });
}
