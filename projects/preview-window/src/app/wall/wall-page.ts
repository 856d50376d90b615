import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { remoteUsersFeature } from '@broadcast-core/room-state';
import { remoteStreamKey } from '@broadcast-core/bridge';
import { SessionBanner } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

/** The remote/PK wall: every remote anchor as a tile. */
@Component({
  selector: 'bc-wall-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, VideoView],
  template: `
    <bc-session-banner />
    <section class="wall" aria-label="Remote anchors">
      @for (user of users(); track user.userId) {
        <article class="tile" data-testid="wall-tile" [attr.data-user]="user.userId" [attr.data-room]="user.room">
          @if (user.videoAvailable) {
            <bc-video-view [stream]="smallStream(user.userId)" fillMode="fit" />
          } @else {
            <div class="video-off" aria-label="Video off">{{ user.userId }}</div>
          }
          <h3>{{ user.userId }}</h3>
          <span>{{ user.room === 'pk' ? 'PK opponent' : 'This room' }}</span>
          <span data-testid="tile-video">{{ user.videoAvailable ? 'Video on' : 'Video off' }}</span>
          <span data-testid="tile-audio">{{ user.audioAvailable ? 'Audio on' : 'Audio off' }}</span>
        </article>
      } @empty {
        <p data-testid="wall-empty">No remote anchors.</p>
      }
    </section>
  `,
})
export class WallPage {
  protected readonly users = inject(Store).selectSignal(remoteUsersFeature.selectAllRemoteUsers);

  /** Tiles show the small stream; the SDK sends the big one when the anchor publishes no small stream. */
  protected smallStream(userId: string) {
    return remoteStreamKey(userId, 'small');
  }
}
