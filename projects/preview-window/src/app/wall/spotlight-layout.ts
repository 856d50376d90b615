import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { PreferencesStore } from '@broadcast-core/preferences';
import { remoteMetersFeature, voiceLevelOf } from '@broadcast-core/room-state';

import { chooseSpotlight } from './spotlight-choice';
import { TileList } from './tile-list';
import { WallArrangement } from './wall-arrangement';
import { WallTile } from './wall-tile';

/** One anchor big (the host's pick, else the loudest), everyone else in a strip below; a strip tile is picked by click or Enter. */
@Component({
  selector: 'bc-spotlight-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TileList, WallTile],
  template: `
    <div class="tools">
      <button type="button" data-testid="spotlight-auto" [attr.aria-pressed]="picked() === null" (click)="pick(null)">
        {{ 'wall.spotlight.auto' | translate }}
      </button>
    </div>
    @if (featured(); as user) {
      <bc-wall-tile class="featured" data-spotlight="featured" [user]="user" size="big" [attr.aria-roledescription]="'wall.spotlight.featured' | translate" />
    }
    @if (strip().length) {
      <bc-tile-list class="strip" orientation="horizontal" [users]="strip()" [selectable]="true" (activated)="pick($event)" />
    }
  `,
  styles: `
    :host { display: grid; grid-template-rows: auto minmax(0, 1fr) auto; gap: 0.75rem; height: 100%; min-height: 0; }
    .tools { display: flex; justify-content: flex-end; }
    /* As tall as the row allows at about 16:9 plus the info bar, centred, so a wide window does not crop faces. */
    .featured { min-height: 0; height: 100%; aspect-ratio: 16 / 10; max-width: 100%; justify-self: center; }
  `,
})
export class SpotlightLayout {
  private readonly arrangement = inject(WallArrangement);
  private readonly preferences = inject(PreferencesStore);

  protected readonly picked = computed(() => this.preferences.value().spotlightUserId);
  private readonly levels = inject(Store).selectSignal(remoteMetersFeature.selectVoice);
  // linkedSignal keeps the previous choice, so the spotlight only moves for a clearly louder voice.
  private readonly featuredId = linkedSignal<{ users: { userId: string; volume: number }[]; picked: string | null }, string | null>({
    source: () => ({
      users: this.arrangement.ordered().map(({ userId }) => ({ userId, volume: voiceLevelOf(this.levels(), userId) })),
      picked: this.picked(),
    }),
    computation: ({ users, picked }, previous) => chooseSpotlight(users, picked, previous?.value ?? null),
  });
  protected readonly featured = computed(() => this.arrangement.ordered().find((u) => u.userId === this.featuredId()) ?? null);
  protected readonly strip = computed(() => this.arrangement.ordered().filter((u) => u.userId !== this.featuredId()));

  protected pick(userId: string | null): void {
    this.preferences.set({ spotlightUserId: userId });
  }
}
