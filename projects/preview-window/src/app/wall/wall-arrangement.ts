import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslateService } from '@ngx-translate/core';

import { PreferencesStore } from '@broadcast-core/preferences';
import { remoteUsersFeature } from '@broadcast-core/room-state';

import { moveWithin, orderToSave, orderUsers } from './wall-order';

/**
 * The wall's tile order, shared by its layouts: remote users in the order the
 * host arranged (PreferencesStore.wallOrder), and the moves that change it.
 * Provided by the wall page.
 */
@Injectable()
export class WallArrangement {
  private readonly preferences = inject(PreferencesStore);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);
  private readonly users = inject(Store).selectSignal(remoteUsersFeature.selectAllRemoteUsers);
  private readonly refusal = signal<string | null>(null);

  /** Every remote user, in wall order. */
  readonly ordered = computed(() => orderUsers(this.users(), this.preferences.value().wallOrder));
  /** Why the last move could not be saved; null when it was. */
  readonly saveError = this.refusal.asReadonly();

  /** Moves the tile at `from` to `to` within `shown` (the tiles of one list, in the order shown) and saves the order. */
  move(shown: readonly string[], from: number, to: number): void {
    if (from === to || from < 0 || from >= shown.length) return;
    const full = this.ordered().map((u) => u.userId);
    const next = moveWithin(full, shown, from, to);
    const error = this.preferences.set({ wallOrder: orderToSave(next, this.preferences.value().wallOrder) });
    this.refusal.set(error);
    if (error !== null) return;
    const position = Math.min(Math.max(to, 0), shown.length - 1) + 1;
    void this.announcer.announce(this.translate.instant('wall.moved', { user: shown[from], position, count: shown.length }) as string);
  }

  /** Moves one user a step earlier (-1) or later (+1) within `shown`. */
  moveBy(shown: readonly string[], userId: string, delta: -1 | 1): void {
    const from = shown.indexOf(userId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= shown.length) return;
    this.move(shown, from, to);
  }
}
