import { TRTCVideoBufferType, TRTCVideoFillMode, TRTCVideoFrame, TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';

import { CLOCK_LENGTH, writeClockText } from '../../common/media/clock-text';
import { I420Canvas } from '../../common/media/i420-canvas';
import { i420ByteLength, normalizeVideoFormat, type VideoFormat } from '../../common/media/video-format';
import { PLATE } from '../../common/media/yuv-color';
import { blitScaled } from '../../server/mixer/i420-blit';
import { placePicture } from '../../server/mixer/picture-placement';
import { paintHighlight, paintPointer, pointerPosition } from './capture-overlays';
import type { CaptureView } from './capture-view';
import { paintGame } from './game-painter';
import { paintSlide } from './slide-deck-painter';
import { findVirtualSource, type VirtualSource } from './virtual-sources';
import { paintWindow } from './window-painter';

/**
 * What a screen capture of one virtual source produces: I420 frames at the sub stream's encoder size,
 * painted afresh at each frame (slides with page numbers and a clock, a game in motion, or the console's
 * window), with the windows lying on a screen drawn over it unless they are excluded from the share, and the
 * mouse pointer and highlight border when the capture takes them. A capture of a region paints the whole
 * source at its own size and scales the region into the picture, letterboxed to keep its shape.
 * The frame object and its buffer are reused from frame to frame, as the SDK reuses its own.
 */
export class ScreenPictureSource {
  private canvas: I420Canvas | undefined;
  /** The whole source at its own size, for a capture of a region. */
  private full: I420Canvas | undefined;
  private readonly clockText = new Uint8Array(CLOCK_LENGTH);
  private readonly frame = new TRTCVideoFrame(TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420, TRTCVideoBufferType.TRTCVideoBufferType_Buffer);

  constructor(
    /** The screen or window captured. */
    readonly source: VirtualSource,
    /** The window ids left out of a shared screen (addExcludedShareWindow), read at every frame. */
    private readonly excluded: () => ReadonlySet<string>,
    private format: VideoFormat,
    /** Which part of the source, and what is drawn on it. */
    readonly view: CaptureView,
  ) {}

  /** Sets the picture size (rounded down to even) from the encoder; takes effect at the next frame. */
  setFormat(format: VideoFormat): void {
    this.format = normalizeVideoFormat(format);
  }

  /** Paints the picture at a time into the reused buffer; copy what must outlive the next call. */
  render(timestampMs: number): TRTCVideoFrame {
    const canvas = this.prepare();
    const { region } = this.view;
    if (region) {
      const full = (this.full ??= new I420Canvas(new Uint8Array(i420ByteLength(this.source.width, this.source.height)), this.source.width, this.source.height));
      this.paint(full, timestampMs);
      const { target } = placePicture(region.width, region.height, { x: 0, y: 0, width: canvas.width, height: canvas.height }, TRTCVideoFillMode.TRTCVideoFillMode_Fit);
      canvas.fillRect(0, 0, canvas.width, canvas.height, PLATE);
      blitScaled(canvas, full, region, target);
    } else {
      this.paint(canvas, timestampMs);
    }
    this.frame.timestamp = timestampMs;
    return this.frame;
  }

  /** The source with its pointer and border, at the canvas's size (the source's own, or the encoder's). */
  private paint(canvas: I420Canvas, timestampMs: number): void {
    paintSource(canvas, this.source, timestampMs, this.clockText, this.excluded());
    const scale = canvas.height / this.source.height;
    if (this.view.mouse) {
      const at = pointerPosition(timestampMs);
      paintPointer(canvas, Math.round(at.x * canvas.width), Math.round(at.y * canvas.height), Math.max(8, 24 * scale));
    }
    const { highlight } = this.view;
    if (highlight) paintHighlight(canvas, highlight.color, Math.max(2, Math.round(highlight.width * scale)));
  }

  private prepare(): I420Canvas {
    const { width, height } = normalizeVideoFormat(this.format);
    let canvas = this.canvas;
    // A consumer may have transferred (detached) the buffer: then a fresh one is made too.
    if (!canvas || canvas.width !== width || canvas.height !== height || canvas.data.byteLength === 0) {
      const length = i420ByteLength(width, height);
      canvas = this.canvas = new I420Canvas(new Uint8Array(new ArrayBuffer(length)), width, height);
      Object.assign(this.frame, { data: canvas.data.buffer, length, width, height, rotation: 0 });
    }
    return canvas;
  }
}

/** Paints a source's picture and, for a screen, the windows on it that are not excluded. */
export function paintSource(canvas: I420Canvas, source: VirtualSource, timestampMs: number, clockText: Uint8Array, excluded: ReadonlySet<string>): void {
  writeClockText(timestampMs, clockText);
  const { width, height } = canvas;
  if (source.picture === 'slides') paintSlide(canvas, timestampMs, clockText);
  else if (source.picture === 'game') paintGame(canvas, timestampMs, clockText);
  else paintWindow(canvas, source.sourceName, 0, 0, width, height);
  for (const placed of source.windows) {
    if (excluded.has(placed.sourceId)) continue;
    const window = findVirtualSource(placed.sourceId);
    if (!window) continue;
    paintWindow(canvas, window.sourceName, Math.round(placed.x * width), Math.round(placed.y * height), Math.round(placed.width * width), Math.round(placed.height * height));
  }
}
