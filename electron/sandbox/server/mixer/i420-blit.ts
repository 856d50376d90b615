import type { Rect } from '../../common/media/frame-layout';
import type { I420Canvas } from '../../common/media/i420-canvas';
import { uPlaneOffset, vPlaneOffset, type I420Picture } from './i420-picture';

/**
 * Copies the `crop` part of a picture onto the `target` area of a canvas, scaled by nearest neighbour
 * (a mixer's output is re-encoded anyway; what matters here is that every pixel comes from the right
 * source). The target is clipped to the canvas and to even edges, so luma and chroma cover the same area.
 */
export function blitScaled(canvas: I420Canvas, picture: I420Picture, crop: Rect, target: Rect): void {
  const x0 = Math.max(0, evenCeil(target.x));
  const y0 = Math.max(0, evenCeil(target.y));
  const x1 = Math.min(canvas.width, evenFloor(target.x + target.width));
  const y1 = Math.min(canvas.height, evenFloor(target.y + target.height));
  if (x1 <= x0 || y1 <= y0 || target.width <= 0 || target.height <= 0) return;
  const stepX = crop.width / target.width;
  const stepY = crop.height / target.height;
  const sourceX = (x: number) => clamp(Math.floor(crop.x + (x + 0.5 - target.x) * stepX), picture.width - 1);
  const sourceY = (y: number) => clamp(Math.floor(crop.y + (y + 0.5 - target.y) * stepY), picture.height - 1);
  const { data } = canvas;
  const src = picture.data;

  // One lookup per column, shared by every row: the per-pixel work is then a load and a store.
  const columns = new Int32Array(x1 - x0);
  for (let x = x0; x < x1; x++) columns[x - x0] = sourceX(x);
  for (let y = y0; y < y1; y++) {
    const from = sourceY(y) * picture.width;
    const to = y * canvas.width;
    for (let x = x0; x < x1; x++) data[to + x] = src[from + columns[x - x0]];
  }

  // Each chroma sample covers a 2x2 luma block: it takes the source chroma under the block's top-left luma pixel.
  const sourceChromaWidth = picture.width / 2;
  const chromaColumns = new Int32Array((x1 - x0) / 2);
  for (let cx = x0 / 2; cx < x1 / 2; cx++) chromaColumns[cx - x0 / 2] = sourceX(cx * 2) >> 1;
  const [srcU, srcV] = [uPlaneOffset(picture), vPlaneOffset(picture)];
  for (let cy = y0 / 2; cy < y1 / 2; cy++) {
    const from = (sourceY(cy * 2) >> 1) * sourceChromaWidth;
    const to = cy * canvas.chromaWidth;
    for (let cx = x0 / 2; cx < x1 / 2; cx++) {
      const column = chromaColumns[cx - x0 / 2];
      data[canvas.uOffset + to + cx] = src[srcU + from + column];
      data[canvas.vOffset + to + cx] = src[srcV + from + column];
    }
  }
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}

function evenFloor(n: number): number {
  return Math.floor(n / 2) * 2;
}

function evenCeil(n: number): number {
  return Math.ceil(n / 2) * 2;
}
