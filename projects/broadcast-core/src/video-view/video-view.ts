import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

import type { DecodedFrame } from '../bridge/frame-codec';
import type { StreamKey } from '../bridge/stream-key';
import { BridgeClient, type StreamWatch } from '../bridge-client/bridge-client';
import { FRAME_PAINT_PROBE } from './frame-paint-probe';
import { FRAME_SCHEDULER } from './frame-scheduler';
import { FrameRate } from './frame-rate';
import type { RendererKind } from './i420-renderer';
import type { ChosenRenderer } from './renderer-factory';
import { RENDERER_FACTORY } from './renderer-factory-token';

/** TRTC fill modes: `fill` scales and crops (no bars), `fit` shows the whole picture with bars. */
export type VideoFillMode = 'fill' | 'fit';

/** A picture's size in pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/** How often the data-frames attribute and the fps signal refresh, so the page does not re-render per frame. */
const REPORT_INTERVAL_MS = 250;

/**
 * Shows one stream's I420 frames on a canvas. Draws at most once per animation
 * frame, always the newest frame, and acknowledges every frame it received once
 * that draw is done, so the broker's flow control paces the stream to what
 * this window can paint. Shows its projected content until a frame arrives.
 */
@Component({
  selector: 'bc-video-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'video-view',
    '[attr.data-stream]': 'stream()',
    '[attr.data-frames]': 'framesReported()',
    '[attr.data-fill-mode]': 'fillMode()',
    '[attr.data-renderer]': 'rendererKind()',
    '[class.mirrored]': 'mirror()',
    '[class.has-frame]': 'hasFrame()',
  },
  template: `
    <div #surface class="surface" [class.hidden]="!hasFrame()"></div>
    @if (!hasFrame()) {
      <div class="placeholder" data-testid="video-placeholder"><ng-content /></div>
    }
  `,
  styles: `
    :host { display: block; position: relative; overflow: hidden; background: #000; }
    .surface { position: absolute; inset: 0; }
    .surface.hidden { visibility: hidden; }
    .placeholder { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: #aaa; }
  `,
})
export class VideoView {
  /** The stream to show; changing it switches the subscription. */
  readonly stream = input.required<StreamKey>();
  /** `fill`: cover the box, cropping; `fit`: whole picture, with bars. */
  readonly fillMode = input<VideoFillMode>('fill');
  /** Flips the picture left to right (as TRTC mirrors a local preview). */
  readonly mirror = input(false);

  private readonly bridge = inject(BridgeClient);
  private readonly createRenderer = inject(RENDERER_FACTORY);
  private readonly scheduler = inject(FRAME_SCHEDULER);
  private readonly document = inject(DOCUMENT);
  private readonly probe = inject(FRAME_PAINT_PROBE);
  private readonly surface = viewChild.required<ElementRef<HTMLElement>>('surface');

  private readonly drawn = signal(0);
  private readonly size = signal<FrameSize | null>(null);
  private readonly rate = signal(0);
  private readonly kind = signal<RendererKind | null>(null);
  private readonly canvas = signal<HTMLCanvasElement | null>(null);

  /** Frames of the current stream drawn so far. */
  readonly framesDrawn = this.drawn.asReadonly();
  /** Size of the last frame drawn, as sent (before rotation); null until the first frame of the stream. */
  readonly frameSize = this.size.asReadonly();
  /** Frames drawn in the last second, refreshed a few times a second. */
  readonly fps = this.rate.asReadonly();
  /** The renderer in use; null before the first frame or when none works here. */
  readonly rendererKind = this.kind.asReadonly();

  protected readonly hasFrame = computed(() => this.size() !== null);
  protected readonly framesReported = signal(0);

  private readonly frameRate = new FrameRate();
  private readonly failedKinds = new Set<RendererKind>();
  private chosen: ChosenRenderer | null = null;
  private noRenderer = false;
  private watch: StreamWatch | null = null;
  /** The newest frame not drawn yet. */
  private latest: DecodedFrame | null = null;
  /** Frames received since the last draw, the newest included: each gets one ack. */
  private unacked = 0;
  private paintHandle: number | null = null;
  private reportTimer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    effect((onCleanup) => {
      const stream = this.stream();
      untracked(() => {
        const watch = this.bridge.watch(stream);
        this.watch = watch;
        const subscription = watch.frames$.subscribe((frame) => this.receive(frame));
        onCleanup(() => {
          // Ack before unsubscribing: the broker still counts these frames against this window.
          this.release(watch);
          subscription.unsubscribe();
        });
      });
    });

    effect(() => {
      const canvas = this.canvas();
      if (!canvas) return;
      // The backing store has the picture's size; CSS scales it: cover crops, contain letterboxes.
      canvas.style.objectFit = this.fillMode() === 'fit' ? 'contain' : 'cover';
      canvas.style.transform = this.mirror() ? 'scaleX(-1)' : '';
    });

    inject(DestroyRef).onDestroy(() => {
      this.stopReports();
      this.chosen?.renderer.dispose();
      this.chosen = null;
    });
  }

  /** Keeps the newest frame and asks for one paint; frames arriving before it are superseded. */
  private receive(frame: DecodedFrame): void {
    this.latest = frame;
    this.unacked++;
    this.paintHandle ??= this.scheduler.request(() => this.paint());
  }

  private paint(): void {
    this.paintHandle = null;
    const frame = this.latest;
    const count = this.unacked;
    const watch = this.watch;
    this.latest = null;
    this.unacked = 0;
    if (!frame || !watch) return;
    if (this.draw(frame)) {
      this.noteDrawn(frame);
      if (this.probe && this.chosen) this.probe.drawn(frame, this.chosen.kind);
    }
    // After the draw, never before: acking early would let the broker outrun the screen.
    for (let i = 0; i < count; i++) watch.ack();
  }

  /** Draws with the current renderer, falling back to the next kind when one throws. */
  private draw(frame: DecodedFrame): boolean {
    for (let attempt = 0; attempt < 4; attempt++) {
      const chosen = this.chosen ?? this.mount();
      if (!chosen) return false;
      try {
        chosen.renderer.draw(frame);
        return true;
      } catch (err) {
        console.warn(`bc-video-view: the ${chosen.kind} renderer failed, trying the next`, err);
        this.failedKinds.add(chosen.kind);
        chosen.renderer.dispose();
        this.chosen = null;
      }
    }
    return false;
  }

  /** Creates the best renderer not yet failed on this view and puts its canvas on screen. */
  private mount(): ChosenRenderer | null {
    if (this.noRenderer) return null;
    try {
      const chosen = this.createRenderer(() => this.createCanvas(), { exclude: this.failedKinds });
      this.surface().nativeElement.replaceChildren(chosen.canvas);
      this.chosen = chosen;
      this.canvas.set(chosen.canvas);
      this.kind.set(chosen.kind);
      return chosen;
    } catch (err) {
      // Frames are still acked, so the stream keeps flowing to other views of this window.
      console.error('bc-video-view: no renderer works here', err);
      this.noRenderer = true;
      this.kind.set(null);
      return null;
    }
  }

  private createCanvas(): HTMLCanvasElement {
    const canvas = this.document.createElement('canvas');
    canvas.style.display = 'block';
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    return canvas;
  }

  private noteDrawn(frame: DecodedFrame): void {
    this.drawn.update((n) => n + 1);
    const size = this.size();
    if (size?.width !== frame.width || size.height !== frame.height) this.size.set({ width: frame.width, height: frame.height });
    this.frameRate.record(this.scheduler.now());
    if (this.reportTimer === null) {
      this.report();
      this.reportTimer = setInterval(() => this.report(), REPORT_INTERVAL_MS);
    }
  }

  /** Publishes the throttled figures; stops once no frame was drawn for a second. */
  private report(): void {
    const fps = this.frameRate.perSecond(this.scheduler.now());
    this.rate.set(fps);
    this.framesReported.set(this.drawn());
    if (fps === 0) this.stopReports();
  }

  private stopReports(): void {
    if (this.reportTimer !== null) clearInterval(this.reportTimer);
    this.reportTimer = null;
  }

  /** Leaves a stream: acks what was received but not drawn, and resets the figures for the next one. */
  private release(watch: StreamWatch): void {
    if (this.paintHandle !== null) this.scheduler.cancel(this.paintHandle);
    this.paintHandle = null;
    for (let i = 0; i < this.unacked; i++) watch.ack();
    this.unacked = 0;
    this.latest = null;
    this.watch = null;
    this.stopReports();
    this.frameRate.clear();
    this.drawn.set(0);
    this.size.set(null);
    this.rate.set(0);
    this.framesReported.set(0);
  }
}
