import type { DecodedFrame } from '../bridge/frame-codec';
import { rotatedSize, sizeCanvas } from './frame-rotation';
import { i420ToRgba } from './i420-to-rgba';
import { RendererUnavailableError, type I420Renderer } from './i420-renderer';

/**
 * Converts I420 to RGBA in JavaScript (turning the picture upright as it goes,
 * since putImageData ignores canvas transforms) into one reused ImageData.
 */
export class Canvas2dRenderer implements I420Renderer {
  private readonly context: CanvasRenderingContext2D;
  private image: ImageData | null = null;

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new RendererUnavailableError('canvas2d', 'no 2D context on this canvas');
    this.context = context;
  }

  /** Converts and puts one frame. */
  draw(frame: DecodedFrame): void {
    const { width, height } = rotatedSize(frame.width, frame.height, frame.rotation);
    sizeCanvas(this.canvas, width, height);
    if (this.image?.width !== width || this.image.height !== height) this.image = this.context.createImageData(width, height);
    i420ToRgba(frame, this.image.data, frame.rotation);
    this.context.putImageData(this.image, 0, 0);
  }

  /** Drops the pixel buffer. */
  dispose(): void {
    this.image = null;
  }
}
