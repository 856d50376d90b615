import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { cdnHostOf } from '@broadcast-core/bridge';
import { ProgramPicture } from '@broadcast-core/program';
import { publishingFeature, selectWorstCdnUrl } from '@broadcast-core/room-state';
import { CodeTextPipe, ElapsedClock, formatElapsed } from '@broadcast-core/ui';

/**
 * The wall's Program layout: the picture CDN viewers get, with the task's state (its worst URL: pushing,
 * recovering, failed, and for how long) and each URL's CDN host; stream keys are never shown.
 */
@Component({
  selector: 'bc-program-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe, ProgramPicture],
  host: { 'data-testid': 'program-view' },
  template: `
    @if (task().status === 'idle') {
      <p class="empty" data-testid="program-idle">{{ 'wall.program.idle' | translate }}</p>
    } @else {
      <bc-program-picture />
      <div class="facts">
        @if (worst(); as w) {
          <p class="state" role="status" data-testid="program-state" [attr.data-status]="w.status">
            {{ 'wall.program.state' | translate: { state: ('core.cdn.state.' + w.status | translate), time: w.time } }}
          </p>
          @if (w.status === 4 && w.code !== 0) {
            <p class="why" data-testid="program-why">{{ w.code | codeText }}</p>
          }
        }
        <p class="hosts" data-testid="program-hosts">{{ 'wall.program.hosts' | translate: { hosts: hosts() } }}</p>
        @if (task().taskId; as taskId) {
          <p class="task" data-testid="program-task">{{ 'wall.program.task' | translate: { taskId } }}</p>
        }
      </div>
    }
  `,
  styles: `
    :host { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 1rem; align-items: start; }
    .facts p { margin: 0 0 0.4rem; }
    .state { font-weight: 600; font-size: 1.1rem; }
    .state[data-status='2'] { color: var(--ok); }
    .state[data-status='1'], .state[data-status='3'] { color: var(--warn); }
    .state[data-status='4'] { color: #ff6b6b; }
    .why, .hosts, .task { color: var(--muted); }
    .empty { color: var(--muted); font-size: 1.1rem; }
  `,
})
export class ProgramView {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  private readonly worstUrl = this.store.selectSignal(selectWorstCdnUrl);

  protected readonly task = this.store.selectSignal(publishingFeature.selectPublishingState);
  protected readonly worst = computed(() => {
    const w = this.worstUrl();
    return w ? { ...w, time: formatElapsed(this.clock.now() - w.since) } : null;
  });
  protected readonly hosts = computed(() => [...new Set(this.task().urls.map((u) => cdnHostOf(u.url)))].join(', '));
}
