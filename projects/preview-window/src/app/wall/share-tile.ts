import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { remoteStreamKey } from '@broadcast-core/bridge';
import { VideoView } from '@broadcast-core/video-view';

/** A remote user's screen share on the wall: its own tile on the user's sub stream, fitted so no slide edge is cut. */
@Component({
  selector: 'bc-share-tile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, VideoView],
  host: { 'data-testid': 'share-tile', '[attr.data-user]': 'userId()' },
  template: `
    <figure>
      <bc-video-view [stream]="stream()" fillMode="fit">
        <span class="waiting">{{ 'wall.shares.waiting' | translate }}</span>
      </bc-video-view>
      <figcaption data-testid="share-tile-name">{{ 'wall.shares.tile' | translate: { user: userId() } }}</figcaption>
    </figure>
  `,
  styles: `
    :host { display: block; flex: 1 1 420px; max-width: 760px; }
    figure { margin: 0; display: grid; gap: 0.3rem; }
    bc-video-view { display: block; aspect-ratio: 16 / 9; background: #000; border: 2px solid rgba(61, 139, 253, 0.9); border-radius: 0.3rem; overflow: hidden; }
    .waiting { color: var(--muted); }
    figcaption { font-weight: 600; }
  `,
})
export class ShareTile {
  /** The remote user who shares. */
  readonly userId = input.required<string>();

  protected readonly stream = computed(() => remoteStreamKey(this.userId(), 'sub'));
}
