import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { connectionFeature, connectionNotice } from '../room-state';
import { ElapsedClock, formatElapsed } from './elapsed-clock';

/**
 * The link to the cloud, the same words in every window: "Connection lost · 0:12" and "Reconnecting · 0:40"
 * as alerts while they last, "Recovered after 0:40" for a while after onConnectionRecovery, else "Connected"
 * (or nothing, where a window shows the steady state another way).
 */
@Component({
  selector: 'bc-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: {
    '[attr.data-status]': 'notice().kind',
    '[attr.role]': "troubled() ? 'alert' : 'status'",
    // Hidden outright: a window's badge style would otherwise still draw an empty pill.
    '[style.display]': "hideWhenSteady() && notice().kind === 'steady' ? 'none' : null",
  },
  template: `@switch (notice().kind) {
    @case ('steady') {@if (!hideWhenSteady()) {{{ 'core.connection.steady' | translate }}}}
    @default {{{ 'core.connection.' + notice().kind | translate }} <span class="time" data-testid="connection-time">{{ time() }}</span>}
  }`,
  styles: `
    .time { font-variant-numeric: tabular-nums; }
  `,
})
export class ConnectionStatus {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  private readonly connection = this.store.selectSignal(connectionFeature.selectConnectionState);
  /** Render nothing while the link is steady and no recovery is news. */
  readonly hideWhenSteady = input(false);

  protected readonly notice = computed(() => connectionNotice(this.connection(), this.clock.now()));
  protected readonly troubled = computed(() => this.notice().kind === 'lost' || this.notice().kind === 'reconnecting');
  protected readonly time = computed(() => {
    const notice = this.notice();
    return 'ms' in notice ? formatElapsed(notice.ms) : '';
  });
}
