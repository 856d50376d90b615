import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { PreferencesStore, WALL_LAYOUTS, type WallLayout } from '@broadcast-core/preferences';
import { screenShareFeature } from '@broadcast-core/room-state';
import { CdnLiveBadge, ConnectionStatus, SessionBanner } from '@broadcast-core/ui';

import { PkSplit } from './pk-split';
import { ProgramView } from './program-view';
import { ShareTile } from './share-tile';
import { SpotlightLayout } from './spotlight-layout';
import { TileList } from './tile-list';
import { WallArrangement } from './wall-arrangement';

/** The remote/PK wall: every remote anchor as a tile, in the layout the host picks (grid, PK split or spotlight). */
@Component({
  selector: 'bc-wall-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, CdnLiveBadge, ConnectionStatus, TranslatePipe, TileList, PkSplit, SpotlightLayout, ShareTile, ProgramView],
  providers: [WallArrangement],
  template: `
    <div class="bar"><bc-session-banner /> <bc-cdn-live-badge /> <bc-connection-status class="link-state" data-testid="wall-connection" [hideWhenSteady]="true" /></div>
    <div class="toolbar">
      <div class="layouts" role="group" [attr.aria-label]="'wall.layout.label' | translate">
        @for (l of layouts; track l) {
          <button type="button" [attr.data-testid]="'layout-' + l" [attr.aria-pressed]="layout() === l" (click)="choose(l)">
            {{ 'wall.layout.' + l | translate }}
          </button>
        }
      </div>
      <span class="hint">{{ 'wall.reorderHint' | translate }}</span>
      @if (arrangement.saveError(); as reason) {
        <span class="refusal" role="alert" data-testid="wall-order-error">{{ 'wall.saveFailed' | translate: { reason } }}</span>
      }
    </div>
    <section class="content" data-testid="wall" [attr.data-layout]="layout()" [attr.aria-label]="'wall.region' | translate">
      @if (sharers().length > 0 && layout() !== 'program') {
        <div class="shares" role="group" data-testid="wall-shares" [attr.aria-label]="'wall.shares.region' | translate">
          @for (userId of sharers(); track userId) {
            <bc-share-tile [userId]="userId" />
          }
        </div>
      }
      @if (empty() && layout() !== 'program') {
        <p class="empty" data-testid="wall-empty">{{ 'wall.empty' | translate }}</p>
      }
      @switch (layout()) {
        @case ('pk-split') {
          <bc-pk-split />
        }
        @case ('program') {
          <bc-program-view />
        }
        @case ('spotlight') {
          @if (!empty()) {
            <bc-spotlight-layout />
          }
        }
        @default {
          <bc-tile-list orientation="mixed" [users]="arrangement.ordered()" />
        }
      }
    </section>
  `,
  styles: `
    :host { position: fixed; inset: 0; display: grid; grid-template-rows: auto auto minmax(0, 1fr); }
    .link-state { padding: 0.1rem 0.55rem; border-radius: 999px; font-weight: 600; background: var(--warn); color: #1d1400; }
    .link-state[data-status='recovered'] { background: var(--panel); color: var(--text); border: 1px solid var(--line); }
    .bar { display: flex; align-items: center; gap: 0.75rem; padding: 0.35rem 0.75rem; background: var(--panel); border-bottom: 1px solid var(--line); }
    .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--line); }
    .layouts { display: flex; gap: 0.35rem; }
    .layouts button[aria-pressed='true'] { background: #1f5fbf; border-color: var(--accent); color: #fff; }
    .content { min-height: 0; overflow: auto; padding: 0.75rem; }
    .content[data-layout='spotlight'] { overflow: hidden; }
    .empty { color: var(--muted); font-size: 1.1rem; }
    .shares { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-bottom: 0.75rem; }
  `,
})
export class WallPage {
  private readonly preferences = inject(PreferencesStore);

  protected readonly arrangement = inject(WallArrangement);
  protected readonly layouts = WALL_LAYOUTS;
  protected readonly layout = computed(() => this.preferences.value().wallLayout);
  protected readonly empty = computed(() => this.arrangement.ordered().length === 0);
  /** Remote users sharing a screen: each share is a tile of its own, above the layout. */
  protected readonly sharers = inject(Store).selectSignal(screenShareFeature.selectRemoteSharers);

  protected choose(layout: WallLayout): void {
    this.preferences.set({ wallLayout: layout });
  }
}
