import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCPublishMode, type TRTCVideoLayout } from 'trtc-electron-sdk/liteav/trtc_define';

import { mixStreamKey } from '../bridge/stream-key';
import { canvasOf, publishingFeature, selectSandboxEngine, type PublishEncoder } from '../room-state';
import { VideoView } from '../video-view';
import { LayoutSchematic } from './layout-schematic';

/**
 * The CDN picture as viewers get it while a task runs: for a relay the own camera, for a mix the cloud mix
 * (`mix:<taskId>`, on the sandbox). Before that, or on Tencent's cloud (whose SDK gives no mixed picture locally), the layout
 * drawn as boxes, with a line saying why there is no picture.
 */
@Component({
  selector: 'bc-program-picture',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, VideoView, LayoutSchematic],
  host: { 'data-testid': 'program-picture', '[attr.data-kind]': 'kind()', '[attr.data-layout]': 'running()?.shape?.layout?.preset ?? null', '[attr.data-task]': 'running()?.taskId ?? null' },
  template: `
    @switch (kind()) {
      @case ('video') {
        <bc-video-view class="picture" [stream]="stream()!" fillMode="fit" [style.aspect-ratio]="aspect()">
          <span class="waiting">{{ 'core.program.waiting' | translate }}</span>
        </bc-video-view>
      }
      @default {
        <bc-layout-schematic [layouts]="layouts()" [canvas]="canvas()" [anyoneLabel]="'core.program.anyone' | translate" />
        @if (kind() === 'no-local-mix') {
          <p class="note" data-testid="program-no-local-mix">{{ 'core.program.noLocalMix' | translate }}</p>
        }
      }
    }
  `,
  styles: `
    :host { display: block; }
    .picture { width: 100%; background: #000; border-radius: 0.3rem; }
    .waiting { color: var(--muted); }
    .note { margin: 0.3rem 0 0; color: var(--muted); font-size: 0.85rem; }
  `,
})
export class ProgramPicture {
  private readonly store = inject(Store);
  private readonly task = this.store.selectSignal(publishingFeature.selectPublishingState);
  private readonly sandbox = this.store.selectSignal(selectSandboxEngine);

  /** The layout to draw while no task runs (the operator's choice as the room stands). */
  readonly plannedLayouts = input<TRTCVideoLayout[]>([]);
  /** The encoder to draw it on while no task runs. */
  readonly plannedEncoder = input<PublishEncoder | null>(null);

  /** The running task and what it runs, or null. */
  protected readonly running = computed(() => {
    const { taskId, shape } = this.task();
    return taskId !== null && shape !== null ? { taskId, shape } : null;
  });

  /** What the CDN stream shows locally: the mix or the camera; null when nothing can be shown. */
  protected readonly stream = computed(() => {
    const running = this.running();
    if (!running) return null;
    if (running.shape.mode !== TRTCPublishMode.TRTCPublishMixStreamToCdn) return 'local';
    return this.sandbox() ? mixStreamKey(running.taskId) : null;
  });

  protected readonly kind = computed(() => (this.stream() ? 'video' : this.running() ? 'no-local-mix' : 'schematic'));
  protected readonly canvas = computed(() => {
    const encoder = this.task().encoder ?? this.plannedEncoder();
    return encoder ? canvasOf(encoder) : { width: 16, height: 9 };
  });
  protected readonly aspect = computed(() => `${this.canvas().width} / ${this.canvas().height}`);
  protected readonly layouts = computed(() => this.running()?.shape.videoLayouts ?? this.plannedLayouts());
}
