import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { remoteStreamKey } from '@broadcast-core/bridge';
import { qualityOf, remoteMetersFeature, viewFill, voiceLevelOf, type RemoteUser } from '@broadcast-core/room-state';
import { VideoView } from '@broadcast-core/video-view';
import { LevelMeter } from '@broadcast-core/ui';

import { QualityIndicator } from '../readouts/quality-indicator';

let nextTileId = 0;

/**
 * One remote anchor on the wall: the picture (or the name when the video is
 * off), voice level, network quality and audio state. Alt + arrow keys or the
 * arrow buttons move it; a selectable tile (the spotlight strip) is chosen by
 * click or Enter.
 */
@Component({
  selector: 'bc-wall-tile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, VideoView, LevelMeter, QualityIndicator],
  host: {
    'data-testid': 'wall-tile',
    '[attr.data-user]': 'user().userId',
    '[attr.data-room]': 'user().room',
    '[attr.data-size]': 'size()',
    role: 'group',
    tabindex: '0',
    '[attr.aria-labelledby]': 'nameId',
    '[attr.aria-describedby]': 'movable() || selectable() ? hintId : null',
    '[attr.aria-keyshortcuts]': "movable() ? 'Alt+ArrowLeft Alt+ArrowRight' : null",
    '[class.selectable]': 'selectable()',
    '(keydown)': 'onKey($event)',
    '(click)': 'onClick($event)',
  },
  templateUrl: './wall-tile.html',
  styleUrl: './wall-tile.css',
})
export class WallTile {
  /** The anchor shown. */
  readonly user = input.required<RemoteUser>();
  /** Which of the anchor's streams to subscribe to: the small one for tiles, the big one for the spotlight. */
  readonly size = input<'big' | 'small'>('small');
  /** Whether the tile can move a step earlier in its list. */
  readonly canMoveEarlier = input(false);
  /** Whether the tile can move a step later in its list. */
  readonly canMoveLater = input(false);
  /** Click or Enter chooses the tile (emits `activated`). */
  readonly selectable = input(false);
  /** The host asked to move the tile a step: -1 earlier, +1 later. */
  readonly moved = output<-1 | 1>();
  /** The host chose the tile (click or Enter). */
  readonly activated = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly voice = inject(Store).selectSignal(remoteMetersFeature.selectVoice);
  private readonly qualities = inject(Store).selectSignal(remoteMetersFeature.selectQuality);

  protected readonly nameId = `wall-tile-name-${nextTileId}`;
  protected readonly hintId = `wall-tile-hint-${nextTileId++}`;
  protected readonly movable = computed(() => this.canMoveEarlier() || this.canMoveLater());
  protected readonly stream = computed(() => remoteStreamKey(this.user().userId, this.size()));
  protected readonly fillMode = computed(() => viewFill(this.user().fillMode));
  protected readonly initial = computed(() => this.user().userId.charAt(0).toUpperCase());
  /** How loud this user is now (0-100). */
  protected readonly level = computed(() => voiceLevelOf(this.voice(), this.user().userId));
  /** This user's network quality now. */
  protected readonly quality = computed(() => qualityOf(this.qualities(), this.user().userId));
  /** anchorMuted: the anchor sends no audio; mutedHere: this console stopped playing it. */
  protected readonly audio = computed(() => {
    const u = this.user();
    return !u.audioAvailable ? 'anchorMuted' : u.audioMuted ? 'mutedHere' : 'on';
  });

  protected onKey(event: KeyboardEvent): void {
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const delta = event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : 0;
      if (delta === 0) return;
      // Alt+Left would otherwise navigate back in a browser.
      event.preventDefault();
      if (delta < 0 ? this.canMoveEarlier() : this.canMoveLater()) this.move(delta);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && event.target === this.host.nativeElement && this.selectable()) {
      event.preventDefault();
      this.activated.emit();
    }
  }

  protected onClick(event: MouseEvent): void {
    if (!this.selectable() || (event.target instanceof Element && event.target.closest('button'))) return;
    this.activated.emit();
  }

  protected move(delta: -1 | 1): void {
    const focused = this.document.activeElement;
    this.moved.emit(delta);
    // Re-rendering moves the tile's element, which drops focus; put it back where the host was.
    afterNextRender(
      () => {
        const tile = this.host.nativeElement;
        const keep = focused instanceof HTMLElement && tile.contains(focused) && !(focused instanceof HTMLButtonElement && focused.disabled);
        (keep ? focused : tile).focus();
      },
      { injector: this.injector },
    );
  }
}
