import type { DecodedFrame } from '../bridge/frame-codec';
import { quarterTurns, rotatedSize, sizeCanvas } from './frame-rotation';
import { RendererUnavailableError, type I420Renderer } from './i420-renderer';

// The sandbox and TRTC deliver BT.601 limited range; say so, so the browser does not guess BT.709.
const BT601_LIMITED: VideoColorSpaceInit = { primaries: 'smpte170m', transfer: 'smpte170m', matrix: 'smpte170m', fullRange: false };

/**
 * Wraps the I420 planes in a WebCodecs VideoFrame and lets the browser convert
 * it in drawImage (native code, GPU where there is one); each VideoFrame is
 * closed right after drawing so its memory is freed at once.
 */
export class WebcodecsRenderer implements I420Renderer {
  private readonly context: CanvasRenderingContext2D;

  constructor(private readonly canvas: HTMLCanvasElement) {
    if (typeof VideoFrame !== 'function') throw new RendererUnavailableError('webcodecs', 'no VideoFrame in this browser');
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new RendererUnavailableError('webcodecs', 'no 2D context on this canvas');
    this.context = context;
  }

  /** Draws one frame upright. */
  draw(frame: DecodedFrame): void {
    const { width: w, height: h } = frame;
    const picture = new VideoFrame(frame.data, {
      format: 'I420',
      codedWidth: w,
      codedHeight: h,
      timestamp: Math.round(frame.timestamp * 1000), // microseconds
      colorSpace: BT601_LIMITED,
    });
    try {
      const size = rotatedSize(w, h, frame.rotation);
      sizeCanvas(this.canvas, size.width, size.height);
      const c = this.context;
      switch (quarterTurns(frame.rotation)) {
        case 0: c.setTransform(1, 0, 0, 1, 0, 0); break;
        case 1: c.setTransform(0, 1, -1, 0, h, 0); break;
        case 2: c.setTransform(-1, 0, 0, -1, w, h); break;
        case 3: c.setTransform(0, -1, 1, 0, 0, w); break;
      }
      c.drawImage(picture, 0, 0, w, h);
    } finally {
      picture.close();
    }
  }

  /** Nothing to free: frames are closed as they are drawn. */
  dispose(): void {}
}
