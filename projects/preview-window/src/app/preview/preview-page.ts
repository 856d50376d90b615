import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal, viewChild } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import {
  connectionFeature,
  localMediaFeature,
  pkFeature,
  screenShareFeature,
  selectCameraState,
  selectLocalShareOnAir,
  selectLocalViewFill,
  selectMicState,
  selectOnAir,
  selectPkStartedAt,
  sessionFeature,
  statsFeature,
} from '@broadcast-core/room-state';
import { CdnLiveBadge, ConnectionStatus, ElapsedClock, elapsedSince, isTypingTarget, LevelMeter, roleKey, SessionBanner } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

import { QualityIndicator } from '../readouts/quality-indicator';
import { FULLSCREEN } from './fullscreen';
import { IdleCursor } from './idle-cursor';

/**
 * The local preview window: the host's own picture over the whole window, with
 * the overlays a host reads at a glance from across the room. `F` (or the
 * button) toggles full screen; the pointer hides when the mouse rests.
 */
@Component({
  selector: 'bc-preview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [SessionBanner, VideoView, TranslatePipe, LevelMeter, QualityIndicator, CdnLiveBadge, ConnectionStatus],
  hostDirectives: [IdleCursor],
  host: { '(document:keydown)': 'onKey($event)' },
  templateUrl: './preview-page.html',
  styleUrl: './preview-page.css',
})
export class PreviewPage {
  private readonly store = inject(Store);
  private readonly fullscreen = inject(FULLSCREEN);
  private readonly clock = inject(ElapsedClock);
  private readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  private readonly view = viewChild('camera', { read: VideoView });

  protected readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly connection = this.store.selectSignal(connectionFeature.selectConnectionState);
  protected readonly pk = this.store.selectSignal(pkFeature.selectPkState);
  protected readonly stats = this.store.selectSignal(statsFeature.selectLatestStats);
  /** The own screen share, shown picture-in-picture while it runs (paused included: its last picture stays). */
  protected readonly shareOnAir = this.store.selectSignal(selectLocalShareOnAir);
  protected readonly share = this.store.selectSignal(screenShareFeature.selectScreenShareState);

  protected readonly fillMode = this.store.selectSignal(selectLocalViewFill);
  protected readonly role = computed(() => roleKey(this.session().role));
  /** On air: in the room as an anchor with the camera or mic going out. */
  protected readonly onAir = this.store.selectSignal(selectOnAir);
  protected readonly camera = this.store.selectSignal(selectCameraState);
  protected readonly mic = this.store.selectSignal(selectMicState);
  /** Frames this window drew in the last second: what the host actually sees, next to what goes out. */
  protected readonly shownFps = computed(() => this.view()?.fps() ?? 0);
  /** The size of the frames arriving now (the encoder can change it live), else the first frame's. */
  protected readonly resolution = computed(() => this.view()?.frameSize() ?? this.media().firstFrame);
  private readonly pkStartedAt = this.store.selectSignal(selectPkStartedAt);
  protected readonly pkElapsed = computed(() => elapsedSince(this.pkStartedAt(), this.clock.now()));

  protected readonly isFullscreen = signal(this.fullscreen.isActive());
  protected readonly fullscreenFailed = signal(false);

  constructor() {
    // Escape is handled by the browser itself; this keeps the button's state true to it.
    const stop = this.fullscreen.watch(() => this.isFullscreen.set(this.fullscreen.isActive()));
    inject(DestroyRef).onDestroy(stop);
  }

  protected onKey(event: KeyboardEvent): void {
    if (event.key !== 'f' && event.key !== 'F') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTypingTarget(event.target)) return;
    event.preventDefault();
    this.toggleFullscreen();
  }

  protected toggleFullscreen(): void {
    const request = this.fullscreen.isActive() ? this.fullscreen.exit() : this.fullscreen.enter();
    request.then(
      () => {
        this.fullscreenFailed.set(false);
        this.isFullscreen.set(this.fullscreen.isActive());
      },
      () => this.fullscreenFailed.set(true),
    );
  }
}
