/**
 * A colour as 8-bit Y'CbCr in the BT.601 limited (video) range: Y 16-235, U and V 16-240 around 128,
 * the usual range of decoded I420 camera frames.
 */
export interface YuvColor {
  readonly y: number;
  readonly u: number;
  readonly v: number;
}

/** Converts 8-bit RGB to BT.601 limited-range Y'CbCr (rounded). */
export function rgbToYuv(r: number, g: number, b: number): YuvColor {
  return {
    y: Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b),
    u: Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b),
    v: Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b),
  };
}

/** Converts HSV (hue in degrees, saturation and value 0-1) to 8-bit RGB. */
export function hsvToRgb(hue: number, saturation: number, value: number): [number, number, number] {
  const h = (((hue % 360) + 360) % 360) / 60;
  const c = value * saturation;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = value - c;
  const [r, g, b] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

/** Video white, for text. */
export const WHITE: YuvColor = { y: 235, u: 128, v: 128 };

/** A near-black neutral plate behind text, so white text reads on any background. */
export const PLATE: YuvColor = { y: 30, u: 128, v: 128 };
