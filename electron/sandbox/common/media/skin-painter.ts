import type { BeautyEffect } from './beauty-filter';
import type { Ellipse } from './frame-layout';
import type { I420Canvas } from './i420-canvas';
import { hashPixel } from './stable-hash';
import { rgbToYuv } from './yuv-color';

// Aliased once: the per-pixel loop then skips a global lookup, which is slow inside vm contexts such as Jest's.
const round = Math.round;

/** Skin tone before any beauty: a light warm tone. */
export const SKIN_TONE = rgbToYuv(222, 170, 140);

/** Peak deviation of the skin texture from the tone, in luma steps, before smoothing. */
export const SKIN_TEXTURE_AMPLITUDE = 24;

/**
 * Paints the skin ellipse: the tone with a fine per-pixel texture, and the beauty effect applied
 * (texture scaled down, luma lifted, chroma shifted). Overwrites exactly the ellipse's pixels, so a
 * beauty change repaints the skin alone. Runs on format or beauty changes, never per frame.
 */
export function paintSkin(canvas: I420Canvas, skin: Ellipse, effect: BeautyEffect): void {
  const amplitude = SKIN_TEXTURE_AMPLITUDE * effect.textureScale;
  const base = SKIN_TONE.y + effect.lumaLift;
  const data = canvas.data;
  forEachSpan(skin.cx, skin.cy, skin.rx, skin.ry, canvas.width, canvas.height, (y, x0, x1) => {
    for (let x = x0; x < x1; x++) {
      // Texture in [-1, 1), fixed per pixel so the skin is still while the beauty level is.
      const texture = (hashPixel(x, y) >>> 16) / 32768 - 1;
      data[y * canvas.width + x] = clampByte(round(base + texture * amplitude));
    }
  });
  const u = clampByte(Math.round(SKIN_TONE.u + effect.uShift));
  const v = clampByte(Math.round(SKIN_TONE.v + effect.vShift));
  const cw = canvas.chromaWidth;
  forEachSpan(skin.cx / 2, skin.cy / 2, skin.rx / 2, skin.ry / 2, cw, canvas.chromaHeight, (y, x0, x1) => {
    data.fill(u, canvas.uOffset + y * cw + x0, canvas.uOffset + y * cw + x1);
    data.fill(v, canvas.vOffset + y * cw + x0, canvas.vOffset + y * cw + x1);
  });
}

/** Whether a luma pixel's centre is inside the skin ellipse (what paintSkin covers in the Y plane). */
export function insideSkin(skin: Ellipse, x: number, y: number): boolean {
  const dx = (x + 0.5 - skin.cx) / skin.rx;
  const dy = (y + 0.5 - skin.cy) / skin.ry;
  return dx * dx + dy * dy < 1;
}

/** Calls back with the [x0, x1) span of each row whose pixel centres lie inside the ellipse, clipped to the plane. */
function forEachSpan(cx: number, cy: number, rx: number, ry: number, width: number, height: number, span: (y: number, x0: number, x1: number) => void): void {
  if (rx <= 0 || ry <= 0) return;
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, Math.ceil(cy + ry)); y++) {
    const dy = (y + 0.5 - cy) / ry;
    if (dy * dy >= 1) continue;
    const half = rx * Math.sqrt(1 - dy * dy);
    // Pixel x is inside when |x + 0.5 - cx| < half.
    const x0 = Math.max(0, Math.floor(cx - half - 0.5) + 1);
    const x1 = Math.min(width, Math.ceil(cx + half - 0.5));
    if (x1 > x0) span(y, x0, x1);
  }
}

function clampByte(n: number): number {
  return n < 0 ? 0 : n > 255 ? 255 : n;
}
