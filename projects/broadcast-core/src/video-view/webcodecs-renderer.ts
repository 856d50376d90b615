import type { DecodedFrame } from '../bridge/frame-codec';
import { quarterTurns, rotatedSize, sizeCanvas } from './frame-rotation';
import { RendererUnavailableError, type I420Renderer } from './i420-renderer';
import { BT601_LIMITED, RGBA_COPY, copiesRgbaAtOnce } from './rgba-copy';
import { rendersInSoftware } from './software-rendering';

/**
 * Wraps the I420 planes in a WebCodecs VideoFrame and lets the browser convert it (native code, GPU where
 * there is one); each VideoFrame is closed once drawn so its memory is freed at once. Without a GPU, upright
 * frames are converted by VideoFrame.copyTo into one reused RGBA buffer and put on the canvas (where the browser
 * converts at once, see copiesRgbaAtOnce): in software Chromium that costs a quarter to a half of drawImage
 * (libyuv's conversion alone, no image made, cached and drawn). Turned frames are drawn with a transform.
 */
export class WebcodecsRenderer implements I420Renderer {
  private readonly context: CanvasRenderingContext2D;
  /** The RGBA buffer upright frames are copied into; replaced when the size changes or a copy is still pending. */
  private image: ImageData | null = null;
  /** Counts frames drawn, so a copy that finishes late is put only if no newer frame was drawn meanwhile. */
  private drawn = 0;
  private disposed = false;
  /** Whether upright frames go through VideoFrame.copyTo. */
  private copies: boolean;

  /** `copies` says whether upright frames are put as RGBA copies; by default where that is cheaper (see the class). */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    copies?: boolean,
  ) {
    if (typeof VideoFrame !== 'function') throw new RendererUnavailableError('webcodecs', 'no VideoFrame in this browser');
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new RendererUnavailableError('webcodecs', 'no 2D context on this canvas');
    this.context = context;
    // With a GPU, drawImage converts on it from the I420 planes; a CPU copy would upload 4 bytes a pixel instead of 1.5.
    this.copies = copies ?? (rendersInSoftware() && copiesRgbaAtOnce());
  }

  /** Draws one frame upright. */
  draw(frame: DecodedFrame): void {
    const picture = new VideoFrame(frame.data, {
      format: 'I420',
      codedWidth: frame.width,
      codedHeight: frame.height,
      timestamp: Math.round(frame.timestamp * 1000), // microseconds
      colorSpace: BT601_LIMITED,
    });
    const generation = ++this.drawn;
    if (this.copies && quarterTurns(frame.rotation) === 0) {
      this.copyAndPut(picture, generation);
      return;
    }
    try {
      this.drawImageTurned(picture, frame.rotation);
    } finally {
      picture.close();
    }
  }

  /** Stops putting copies that finish after this. */
  dispose(): void {
    this.disposed = true;
    this.image = null;
  }

  /** Converts into the RGBA buffer and puts it; owns `picture` and closes it once the copy is done. */
  private copyAndPut(picture: VideoFrame, generation: number): void {
    const { codedWidth: w, codedHeight: h } = picture;
    sizeCanvas(this.canvas, w, h);
    if (this.image?.width !== w || this.image.height !== h) this.image = this.context.createImageData(w, h);
    const image = this.image;
    const last = image.data.length - 1;
    image.data[last] = 0; // the copy writes 255 here: it tells whether the pixels are in already
    let copied: Promise<unknown>;
    try {
      copied = picture.copyTo(image.data, RGBA_COPY);
    } catch (err) {
      // Not expected after the probe; drawImage still works, so use it from now on.
      console.warn('bc-video-view: VideoFrame.copyTo failed, drawing with drawImage', err);
      this.copies = false;
      try {
        this.drawImageTurned(picture, 0);
      } finally {
        picture.close();
      }
      return;
    }
    if (image.data[last] === 255) {
      picture.close();
      copied.catch(() => undefined);
      this.context.putImageData(image, 0, 0);
      return;
    }
    // The copy finishes later: the next frame gets a buffer of its own, and this one is put unless outrun.
    this.image = null;
    copied
      .then(() => {
        if (!this.disposed && generation === this.drawn) this.context.putImageData(image, 0, 0);
      })
      .catch((err: unknown) => console.warn('bc-video-view: a VideoFrame copy failed', err))
      .finally(() => picture.close());
  }

  /** Draws with the canvas turning the picture: drawImage converts, the transform turns. */
  private drawImageTurned(picture: VideoFrame, rotation: number): void {
    const { codedWidth: w, codedHeight: h } = picture;
    const size = rotatedSize(w, h, rotation);
    sizeCanvas(this.canvas, size.width, size.height);
    const c = this.context;
    switch (quarterTurns(rotation)) {
      case 0: c.setTransform(1, 0, 0, 1, 0, 0); break;
      case 1: c.setTransform(0, 1, -1, 0, h, 0); break;
      case 2: c.setTransform(-1, 0, 0, -1, w, h); break;
      case 3: c.setTransform(0, -1, 1, 0, 0, w); break;
    }
    c.drawImage(picture, 0, 0, w, h);
  }
}
