import { i420ByteLength } from './video-format';
import type { YuvColor } from './yuv-color';

/**
 * An I420 picture in one byte array: the Y plane (width x height), then U and V (width/2 x height/2 each).
 * Drawing works on plane offsets into that one array, so it never allocates views.
 */
export class I420Canvas {
  /** Width of the U and V planes. */
  readonly chromaWidth: number;
  /** Height of the U and V planes. */
  readonly chromaHeight: number;
  /** Start of the U plane in `data`. */
  readonly uOffset: number;
  /** Start of the V plane in `data`. */
  readonly vOffset: number;

  /** Wraps `data` (at least i420ByteLength bytes) as a picture of an even width and height. */
  constructor(
    readonly data: Uint8Array,
    readonly width: number,
    readonly height: number,
  ) {
    if (width % 2 || height % 2) throw new RangeError(`I420 needs an even size, got ${width}x${height}`);
    if (data.length < i420ByteLength(width, height)) throw new RangeError('buffer too small for the picture');
    this.chromaWidth = width / 2;
    this.chromaHeight = height / 2;
    this.uOffset = width * height;
    this.vOffset = this.uOffset + this.chromaWidth * this.chromaHeight;
  }

  /** Fills one row of the Y plane from x0 (inclusive) to x1 (exclusive), clipped. */
  fillLumaRow(y: number, x0: number, x1: number, luma: number): void {
    if (y < 0 || y >= this.height) return;
    const start = Math.max(0, x0);
    const end = Math.min(this.width, x1);
    if (end > start) this.data.fill(luma, y * this.width + start, y * this.width + end);
  }

  /** Fills a rectangle with a colour; edges are snapped to even pixels so luma and chroma cover the same area. */
  fillRect(x: number, y: number, width: number, height: number, color: YuvColor): void {
    this.clip(x, y, width, height);
    const { x0, x1, y0, y1 } = this;
    if (x1 <= x0 || y1 <= y0) return;
    for (let row = y0; row < y1; row++) this.data.fill(color.y, row * this.width + x0, row * this.width + x1);
    const cw = this.chromaWidth;
    for (let row = y0 / 2; row < y1 / 2; row++) {
      this.data.fill(color.u, this.uOffset + row * cw + x0 / 2, this.uOffset + row * cw + x1 / 2);
      this.data.fill(color.v, this.vOffset + row * cw + x0 / 2, this.vOffset + row * cw + x1 / 2);
    }
  }

  /** Blends a rectangle halfway towards white: a highlight that leaves what is underneath readable. */
  lightenRect(x: number, y: number, width: number, height: number): void {
    this.clip(x, y, width, height);
    // Everything in locals: this runs every frame, and property loads in the inner loops cost several times the blend.
    const { data, x0, x1, y0, y1, chromaWidth: cw, uOffset, vOffset } = this;
    const stride = this.width;
    for (let row = y0; row < y1; row++) {
      for (let i = row * stride + x0, end = row * stride + x1; i < end; i++) data[i] = (data[i] + 235) >> 1;
    }
    const cx0 = x0 >> 1;
    const cx1 = x1 >> 1;
    for (let row = y0 >> 1; row < y1 >> 1; row++) {
      for (let i = uOffset + row * cw + cx0, end = uOffset + row * cw + cx1; i < end; i++) data[i] = (data[i] + 128) >> 1;
      for (let i = vOffset + row * cw + cx0, end = vOffset + row * cw + cx1; i < end; i++) data[i] = (data[i] + 128) >> 1;
    }
  }

  // Scratch result of clip(): fields rather than a returned tuple, so per-frame drawing allocates nothing.
  private x0 = 0;
  private x1 = 0;
  private y0 = 0;
  private y1 = 0;

  /** Clips a rectangle to the picture, widened to even edges, into x0..x1 and y0..y1 (exclusive ends). */
  private clip(x: number, y: number, width: number, height: number): void {
    this.x0 = Math.max(0, evenFloor(x));
    this.y0 = Math.max(0, evenFloor(y));
    this.x1 = Math.min(this.width, evenFloor(x + width + 1));
    this.y1 = Math.min(this.height, evenFloor(y + height + 1));
  }
}

function evenFloor(n: number): number {
  return Math.floor(n / 2) * 2;
}
