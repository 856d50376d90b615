import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { maskRtmpUrl } from '@broadcast-core/bridge';
import { publishingFeature } from '@broadcast-core/room-state';
import { CodeTextPipe, ElapsedClock, formatElapsed } from '@broadcast-core/ui';

/** Each CDN URL of the task: masked, its push state in words, for how long, and the code of a failure. */
@Component({
  selector: 'bc-cdn-url-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe],
  template: `
    <ul class="urls">
      @for (u of urls(); track u.url) {
        <li data-testid="cdn-url" [attr.data-status]="u.status">
          {{ 'goLive.url' | translate: { url: u.masked, state: ('core.cdn.state.' + u.status | translate), time: u.time } }}
          @if (u.status === 4 && u.code !== 0) {
            <span class="why" data-testid="cdn-url-why">{{ u.code | codeText }}</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .urls { margin: 0; padding-left: 1.1rem; display: grid; gap: 0.2rem; }
    li[data-status='2'] { color: var(--ok); }
    li[data-status='1'], li[data-status='3'] { color: var(--warn); }
    li[data-status='4'] { color: #ff6b6b; font-weight: 600; }
    .why { display: block; color: var(--muted); font-weight: normal; }
  `,
})
export class CdnUrlList {
  private readonly clock = inject(ElapsedClock);
  private readonly task = inject(Store).selectSignal(publishingFeature.selectUrls);

  protected readonly urls = computed(() =>
    this.task().map((u) => ({ ...u, masked: maskRtmpUrl(u.url), time: formatElapsed(this.clock.now() - u.since) })),
  );
}
