import { TRTCVideoBufferType, TRTCVideoFrame, TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';
import { beautyEffect, NO_BEAUTY, normalizeBeauty, sameBeauty, type BeautyLevels } from './beauty-filter';
import { CLOCK_LENGTH, writeClockText } from './clock-text';
import { frameLayout, type FrameLayout } from './frame-layout';
import { I420Canvas } from './i420-canvas';
import { barLeft } from './moving-bar';
import { paintSkin } from './skin-painter';
import { paintStaticLayer } from './static-layer';
import { drawCharCodes } from './text-painter';
import { DEFAULT_VIDEO_FORMAT, i420ByteLength, normalizeVideoFormat, type VideoFormat } from './video-format';
import { WHITE } from './yuv-color';

/** What of the static layer must be repainted before the next frame. */
type Stale = 'nothing' | 'skin' | 'everything';

/** The static layer, its layout, and the buffer frames are painted into; replaced only on a size change. */
interface Canvases {
  layout: FrameLayout;
  layer: I420Canvas;
  output: I420Canvas;
}

/**
 * A simulated camera for one publishing user and stream: I420 frames that show who it is (label and
 * label-coloured background) and that it is live (moving bar, running clock), with a skin area where
 * beauty settings act visibly.
 *
 * Cost: the static layer is painted once per format or beauty change (lazily, at the next render, so
 * bursts of changes cost one repaint). Each frame is a memcpy of that layer plus the bar and the clock
 * digits, into one reused buffer: nothing is allocated per frame.
 */
export class SyntheticVideoSource {
  private format: VideoFormat = { ...DEFAULT_VIDEO_FORMAT };
  private levels: BeautyLevels = { ...NO_BEAUTY };
  private stale: Stale = 'everything';
  private canvases: Canvases | undefined;
  private readonly clockText = new Uint8Array(CLOCK_LENGTH);
  private readonly frame = new TRTCVideoFrame(TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420, TRTCVideoBufferType.TRTCVideoBufferType_Buffer);

  /** A source whose picture shows `label` (the userId). */
  constructor(private readonly label: string) {}

  /** Sets the picture size (rounded down to even) and frame rate; throws a RangeError for invalid values. */
  setFormat(format: VideoFormat): void {
    const next = normalizeVideoFormat(format);
    if (next.width !== this.format.width || next.height !== this.format.height) this.stale = 'everything';
    this.format = next;
  }

  /** Sets the beauty style and levels (each clamped to 0-9); takes effect from the next frame. */
  setBeauty(levels: BeautyLevels): void {
    const next = normalizeBeauty(levels);
    if (sameBeauty(next, this.levels)) return;
    this.levels = next;
    if (this.stale === 'nothing') this.stale = 'skin';
  }

  /**
   * Paints the frame for that time into a reused buffer and returns it in the SDK's TRTCVideoFrame shape.
   * The frame object and its `data` ArrayBuffer are reused by the next call, as the SDK reuses its buffer:
   * copy what must outlive it. If a consumer transfers (detaches) the buffer, a new one is made.
   */
  render(timestampMs: number): TRTCVideoFrame {
    const { layer, output, layout } = this.prepare(); // destructuring a stored object: no allocation
    output.data.set(layer.data);
    output.lightenRect(barLeft(timestampMs, output.width, layout.barWidth), 0, layout.barWidth, output.height);
    writeClockText(timestampMs, this.clockText);
    drawCharCodes(output, this.clockText, CLOCK_LENGTH, layout.clock.x, layout.clock.y, layout.clock.scale, WHITE.y);
    this.frame.timestamp = timestampMs;
    return this.frame;
  }

  /** Brings the static layer and the output buffer up to date with the format and beauty settings. */
  private prepare(): Canvases {
    let canvases = this.canvases;
    if (this.stale === 'everything' || !canvases) {
      const { width, height } = this.format;
      const layout = frameLayout(width, height, this.label.length);
      const layer = new I420Canvas(new Uint8Array(i420ByteLength(width, height)), width, height);
      paintStaticLayer(layer, this.label, layout, beautyEffect(this.levels));
      canvases = this.canvases = { layout, layer, output: this.newOutput(width, height) };
    } else if (this.stale === 'skin') {
      // The skin's pixel set is fixed for a size, so repainting it overwrites exactly the old skin.
      paintSkin(canvases.layer, canvases.layout.skin, beautyEffect(this.levels));
    }
    this.stale = 'nothing';
    if (canvases.output.data.byteLength === 0) canvases.output = this.newOutput(canvases.layer.width, canvases.layer.height);
    return canvases;
  }

  /** A fresh output buffer, published through the reused frame object. */
  private newOutput(width: number, height: number): I420Canvas {
    const length = i420ByteLength(width, height);
    const output = new I420Canvas(new Uint8Array(new ArrayBuffer(length)), width, height);
    Object.assign(this.frame, { data: output.data.buffer, length, width, height, rotation: 0 });
    return output;
  }
}
