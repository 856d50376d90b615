import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCPublishMode, type Rect } from 'trtc-electron-sdk/liteav/trtc_define';

import { injectCommand } from '@broadcast-core/bridge-client';
import { ProgramPicture } from '@broadcast-core/program';
import {
  DEFAULT_CDN_ENCODER,
  canvasOf,
  effectiveShape,
  publishingFeature,
  selectCanStartPublishing,
  selectPublishingStartedAt,
  sessionFeature,
  type ConsolePublishMode,
  type LayoutChoice,
  type LayoutPreset,
  type RoomState,
} from '@broadcast-core/room-state';
import { CodeTextPipe, ElapsedClock, RefusalTextPipe, elapsedSince } from '@broadcast-core/ui';

import { CdnTargetsEditor } from './cdn-targets-editor';
import { CdnUrlList } from './cdn-url-list';
import { CustomLayoutEditor } from './custom-layout-editor';

const RELAY = TRTCPublishMode.TRTCPublishBigStreamToCdn;
const MIX = TRTCPublishMode.TRTCPublishMixStreamToCdn;

/** The layout presets, in the order the picker offers them. */
const PRESETS: LayoutPreset[] = ['solo', 'pk', 'coAnchors', 'grid', 'custom'];

/**
 * Go live on the CDN: pick the saved targets, relay or mix, the mix layout (with a picture of it: the live mix
 * while the task runs, a drawing before), start and stop with the time on air, and every CDN state and failure
 * in words. Mode and layout are this window's choice until sent; the task itself is room state.
 */
@Component({
  selector: 'bc-go-live-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe, CodeTextPipe, CdnTargetsEditor, CdnUrlList, CustomLayoutEditor, ProgramPicture],
  templateUrl: './go-live-panel.html',
  styles: `
    :host { display: grid; gap: 0.75rem; }
    .choices { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
    .line { display: flex; align-items: center; gap: 0.6rem; margin: 0; }
    .line[data-status='live'] [role='status'] { color: var(--ok); font-weight: 600; }
    .elapsed { font-variant-numeric: tabular-nums; padding: 0.1rem 0.5rem; border-radius: 999px; background: var(--live); color: #fff; }
    bc-program-picture { max-width: 28rem; }
  `,
})
export class GoLivePanel {
  private readonly store = inject(Store);
  private readonly clock = inject(ElapsedClock);
  private readonly room = this.store.selectSignal((s: RoomState) => s);
  private readonly targets = viewChild.required(CdnTargetsEditor);

  protected readonly presets = PRESETS;
  protected readonly relay = RELAY;
  protected readonly mix = MIX;
  protected readonly task = this.store.selectSignal(publishingFeature.selectPublishingState);
  protected readonly canStart = this.store.selectSignal(selectCanStartPublishing);
  private readonly session = this.store.selectSignal(sessionFeature.selectStatus);
  protected readonly inRoom = computed(() => this.session() === 'in-room');
  protected readonly encoder = DEFAULT_CDN_ENCODER;
  protected readonly canvas = canvasOf(DEFAULT_CDN_ENCODER);

  /** The mode and layout this window has picked (the task's own choice once it runs). */
  protected readonly mode = signal<ConsolePublishMode>(MIX);
  protected readonly layout = signal<LayoutChoice>({ preset: 'solo', custom: [] });
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  /** What the picked choice would send the cloud as the room stands (a PK makes it side by side). */
  protected readonly planned = computed(() => effectiveShape({ mode: this.mode(), layout: this.layout() }, this.room(), this.encoder));
  protected readonly live = computed(() => this.task().status !== 'idle');
  private readonly startedAt = this.store.selectSignal(selectPublishingStartedAt);
  protected readonly elapsed = computed(() => elapsedSince(this.startedAt(), this.clock.now()));
  /** The running task differs from what is picked: offer to switch it. */
  protected readonly canApply = computed(() => {
    const { status, chosen } = this.task();
    return status === 'live' && chosen !== null && JSON.stringify(chosen) !== JSON.stringify({ mode: this.mode(), layout: this.layout() });
  });

  /** Some URL failed (connect or recovery timed out): the cloud pushes to it again only when the task is updated. */
  protected readonly anyFailed = computed(() => this.task().urls.some((u) => u.status === 4));

  protected pickMode(mode: ConsolePublishMode): void {
    this.mode.set(mode);
  }

  protected pickPreset(preset: LayoutPreset): void {
    const custom = preset === 'custom' && this.layout().custom.length === 0 ? this.planned().videoLayouts.map((l) => l.rect) : this.layout().custom;
    this.layout.set({ preset, custom: custom.length > 0 ? custom : [{ left: 0, top: 0, right: this.canvas.width, bottom: this.canvas.height }] });
  }

  protected boxesChanged(custom: Rect[]): void {
    this.layout.update((l) => ({ ...l, custom }));
  }

  protected async start(): Promise<void> {
    const urls = this.targets().selectedUrls();
    await this.command.send({ type: 'startPublishing', mode: this.mode(), urls, encoder: this.encoder, layout: this.commandLayout() });
  }

  protected async apply(): Promise<void> {
    await this.command.send({ type: 'updatePublishing', mode: this.mode(), layout: this.commandLayout() });
  }

  /** Updates the task with what it runs, so the cloud tries its failed URLs again (healthy ones are left alone). */
  protected async retry(): Promise<void> {
    const chosen = this.task().chosen;
    if (chosen) await this.command.send({ type: 'updatePublishing', mode: chosen.mode });
  }

  protected async stop(): Promise<void> {
    await this.command.send({ type: 'stopPublishing' });
  }

  /** The URLs a start would push to. */
  protected selectedCount(): number {
    return this.targets().selectedUrls().length;
  }

  private commandLayout(): { preset: LayoutPreset; custom?: Rect[] } {
    const { preset, custom } = this.layout();
    return preset === 'custom' ? { preset, custom } : { preset };
  }
}
