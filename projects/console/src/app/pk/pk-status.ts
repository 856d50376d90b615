import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { pkFeature, selectPkStartedAt } from '@broadcast-core/room-state';
import { CodeTextPipe, ElapsedClock, elapsedSince } from '@broadcast-core/ui';

/** Where the PK link stands, how long it has run, and why the last attempt failed, as every window sees it. */
@Component({
  selector: 'bc-pk-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe],
  template: `
    <p class="line" [attr.data-status]="pk().status">
      <!-- Only the status is live: a ticking timer in a live region would talk every second. -->
      <span role="status" data-testid="pk-status">{{ 'pk.status.' + pk().status | translate: who() }}</span>
      @if (elapsed(); as time) {
        <span class="elapsed" data-testid="pk-elapsed" [attr.aria-label]="'pk.elapsed' | translate: { time }">{{ time }}</span>
      }
    </p>
    @if (pk().lastError; as e) {
      <div class="failure" role="alert" data-testid="pk-error">
        <p class="error">{{ 'pk.failed' | translate: { reason: (e.code | codeText) } }}</p>
        <p class="hint" data-testid="pk-error-detail">
          {{ 'pk.code' | translate: { code: e.code } }}@if (e.message) { · {{ e.message }} }
        </p>
      </div>
    }
  `,
  styles: `
    .line { display: flex; align-items: center; gap: 0.6rem; margin: 0.75rem 0 0; }
    .line[data-status='connected'] [role='status'] { color: var(--ok); font-weight: 600; }
    .line[data-status='connecting'] [role='status'], .line[data-status='disconnecting'] [role='status'] { color: var(--warn); }
    .elapsed { font-variant-numeric: tabular-nums; padding: 0.1rem 0.5rem; border-radius: 999px; background: var(--live); color: #fff; }
    .failure p { margin: 0.4rem 0 0; }
  `,
})
export class PkStatus {
  private readonly clock = inject(ElapsedClock);

  protected readonly pk = inject(Store).selectSignal(pkFeature.selectPkState);
  protected readonly who = computed(() => {
    const { target, targetUserId } = this.pk();
    const room = target === null ? '—' : 'roomId' in target ? target.roomId : target.strRoomId;
    return { user: targetUserId ?? '—', room };
  });
  private readonly startedAt = inject(Store).selectSignal(selectPkStartedAt);
  protected readonly elapsed = computed(() => elapsedSince(this.startedAt(), this.clock.now()));
}
