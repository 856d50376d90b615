import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { connectionFeature, pkFeature, selectOnAir, selectPkStartedAt } from '@broadcast-core/room-state';
import { ConnectionStatus, ElapsedClock, elapsedSince } from '@broadcast-core/ui';

import { ShowControl } from '../show/show-control';

/**
 * What a host glances at during a show, always in view: on air or not, the PK and how long it has run,
 * the network and the link to the cloud. Badges from other features (LIVE on CDN) are projected in.
 */
@Component({
  selector: 'bc-status-strip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ShowControl, ConnectionStatus],
  host: { class: 'status-strip' },
  template: `
    <bc-show-control />
    <div class="status-strip-badges" role="group" [attr.aria-label]="'layout.strip' | translate">
    <strong class="badge on-air" data-testid="on-air" [attr.data-on-air]="onAir()">
      {{ (onAir() ? 'layout.onAir' : 'layout.offAir') | translate }}
    </strong>
    @if (pk().status !== 'idle') {
      <span class="badge pk" data-testid="strip-pk" [attr.data-status]="pk().status">
        {{ 'layout.pk' | translate: { user: pk().targetUserId ?? '—' } }}@if (pkTime(); as time) { · <span class="time">{{ time }}</span> }
      </span>
    }
    <span class="badge" data-testid="strip-network" [attr.data-quality]="connection().localQuality">
      {{ 'layout.network' | translate: { quality: ('core.quality.' + connection().localQuality | translate) } }}
    </span>
    <bc-connection-status class="badge" data-testid="strip-connection" />
    <ng-content />
    </div>
  `,
})
export class StatusStrip {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  protected readonly onAir = this.store.selectSignal(selectOnAir);
  protected readonly pk = this.store.selectSignal(pkFeature.selectPkState);
  protected readonly connection = this.store.selectSignal(connectionFeature.selectConnectionState);
  private readonly pkStartedAt = this.store.selectSignal(selectPkStartedAt);
  protected readonly pkTime = computed(() => elapsedSince(this.pkStartedAt(), this.clock.now()));
}
