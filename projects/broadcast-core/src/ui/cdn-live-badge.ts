import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { publishingFeature, selectCdnLive, selectPublishingStartedAt, selectWorstCdnUrl } from '../room-state';
import { ElapsedClock, elapsedSince } from './elapsed-clock';

/**
 * Whether the show is on the CDN, apart from being in the room: "LIVE (CDN)" with the time on air while some URL
 * pushes, else the task's pending step or its worst URL state (connecting, recovering, failed). Nothing without a task.
 */
@Component({
  selector: 'bc-cdn-live-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (state(); as s) {
      <span class="badge" role="status" data-testid="cdn-badge" [attr.data-state]="s.key" [attr.aria-label]="'core.cdn.label' | translate: { state: (s.text | translate) }">
        @if (s.key === 'live') {
          {{ 'core.cdn.live' | translate }} <span class="time" data-testid="cdn-badge-time">{{ elapsed() }}</span>
        } @else {
          {{ 'core.cdn.badge' | translate: { state: (s.text | translate) } }}
        }
      </span>
    }
  `,
  styles: `
    .badge { display: inline-flex; gap: 0.4rem; align-items: center; padding: 0.1rem 0.55rem; border-radius: 999px; font-weight: 600; background: var(--panel); border: 1px solid var(--line); color: var(--warn); }
    .badge[data-state='live'] { background: var(--live); border-color: var(--live); color: #fff; }
    .badge[data-state='failed'] { color: #fff; background: #8b1a1a; border-color: #c33; }
    .time { font-variant-numeric: tabular-nums; }
  `,
})
export class CdnLiveBadge {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  private readonly task = this.store.selectSignal(publishingFeature.selectPublishingState);
  private readonly live = this.store.selectSignal(selectCdnLive);
  private readonly worst = this.store.selectSignal(selectWorstCdnUrl);

  protected readonly state = computed((): { key: string; text: string } | null => {
    const { status } = this.task();
    if (status === 'idle') return null;
    if (status === 'starting' || status === 'stopping') return { key: status, text: `core.cdn.task.${status}` };
    if (this.live()) return { key: 'live', text: 'core.cdn.live' };
    const worst = this.worst();
    return worst ? { key: worst.status === 4 ? 'failed' : 'trouble', text: `core.cdn.state.${worst.status}` } : null;
  });

  private readonly startedAt = this.store.selectSignal(selectPublishingStartedAt);
  protected readonly elapsed = computed(() => elapsedSince(this.startedAt(), this.clock.now()) ?? '');
}
