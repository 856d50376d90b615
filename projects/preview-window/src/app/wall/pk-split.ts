import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { pkFeature, selectPkStartedAt } from '@broadcast-core/room-state';
import { CodeTextPipe, ElapsedClock, elapsedSince } from '@broadcast-core/ui';

import { TileList } from './tile-list';
import { WallArrangement } from './wall-arrangement';

/** The PK split: this room's anchors on the left, the PK opponent's room on the right, the PK timer between. */
@Component({
  selector: 'bc-pk-split',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe, TileList],
  template: `
    <section class="side" data-testid="pk-side-own" aria-labelledby="pk-own-heading">
      <h2 id="pk-own-heading">{{ 'wall.pk.own' | translate }}</h2>
      @if (own().length) {
        <bc-tile-list orientation="vertical" [users]="own()" />
      } @else {
        <p class="hint">{{ 'wall.pk.ownEmpty' | translate }}</p>
      }
    </section>

    <div class="middle" data-testid="pk-middle" [attr.data-status]="pk().status">
      <span class="vs" aria-hidden="true">VS</span>
      <p class="status" data-testid="pk-status" role="status">
        @if (pk().status === 'idle') {
          {{ 'wall.pk.idle' | translate }}
          @if (pk().lastError; as e) {
            <span class="error">{{ 'wall.pk.failed' | translate: { reason: (e.code | codeText) } }}</span>
          }
        } @else {
          {{ 'wall.pk.' + pk().status | translate: { user: pk().targetUserId } }}
        }
      </p>
      @if (elapsed(); as time) {
        <time class="timer" data-testid="pk-timer" role="timer" [attr.aria-label]="'wall.pk.timer' | translate">{{ time }}</time>
      }
    </div>

    <section class="side" data-testid="pk-side-opponent" aria-labelledby="pk-opponent-heading">
      <h2 id="pk-opponent-heading">
        @if (targetRoom(); as room) {
          {{ 'wall.pk.opponentRoom' | translate: { room } }}
        } @else {
          {{ 'wall.pk.opponent' | translate }}
        }
      </h2>
      @if (opponents().length) {
        <bc-tile-list orientation="vertical" [users]="opponents()" />
      } @else {
        <p class="hint">{{ 'wall.pk.opponentEmpty' | translate }}</p>
      }
    </section>
  `,
  styles: `
    :host { display: grid; grid-template-columns: minmax(0, 1fr) minmax(9rem, 14rem) minmax(0, 1fr); gap: 1rem; align-items: start; }
    .side { min-width: 0; }
    .middle { display: grid; justify-items: center; gap: 0.5rem; padding-top: 2.5rem; text-align: center; }
    .vs { font-size: 2.2rem; font-weight: 800; color: var(--live); letter-spacing: 0.1em; }
    .status { margin: 0; display: grid; gap: 0.3rem; }
    .timer { font-size: 2.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .middle[data-status='idle'] .vs { color: var(--muted); }
  `,
})
export class PkSplit {
  private readonly arrangement = inject(WallArrangement);
  private readonly clock = inject(ElapsedClock);

  protected readonly pk = inject(Store).selectSignal(pkFeature.selectPkState);
  protected readonly own = computed(() => this.arrangement.ordered().filter((u) => u.room === 'own'));
  protected readonly opponents = computed(() => this.arrangement.ordered().filter((u) => u.room === 'pk'));
  protected readonly targetRoom = computed(() => {
    const target = this.pk().target;
    return target === null ? null : 'roomId' in target ? String(target.roomId) : target.strRoomId;
  });
  private readonly startedAt = inject(Store).selectSignal(selectPkStartedAt);
  protected readonly elapsed = computed(() => elapsedSince(this.startedAt(), this.clock.now()));
}
