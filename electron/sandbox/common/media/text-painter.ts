import { GLYPH_ADVANCE, GLYPH_COLUMNS, glyphRuns } from './bitmap-font';
import type { I420Canvas } from './i420-canvas';

/** Width in pixels of `length` characters drawn at `scale` (no trailing gap). */
export function textWidth(length: number, scale: number): number {
  return length > 0 ? ((length - 1) * GLYPH_ADVANCE + GLYPH_COLUMNS) * scale : 0;
}

/**
 * Draws characters given as char codes into the Y plane, each font pixel a scale x scale block, clipped
 * to the picture. Luma only: text sits on a neutral plate, so chroma needs no change. Allocation-free,
 * which is why it takes codes rather than a string (the clock is drawn every frame).
 */
export function drawCharCodes(
  canvas: I420Canvas,
  codes: ArrayLike<number>,
  count: number,
  x: number,
  y: number,
  scale: number,
  luma: number,
): void {
  for (let c = 0; c < count; c++) {
    const runs = glyphRuns(codes[c]);
    const left = x + c * GLYPH_ADVANCE * scale;
    for (let r = 0; r < runs.length; r += 3) {
      const top = y + runs[r] * scale;
      const x0 = left + runs[r + 1] * scale;
      const x1 = x0 + runs[r + 2] * scale;
      for (let dy = 0; dy < scale; dy++) canvas.fillLumaRow(top + dy, x0, x1, luma);
    }
  }
}

/** Draws a string into the Y plane (see drawCharCodes); allocates, so meant for the static layer. */
export function drawText(canvas: I420Canvas, text: string, x: number, y: number, scale: number, luma: number): void {
  const codes = Array.from(text, (ch) => (ch.length === 1 ? ch.charCodeAt(0) : 0)); // astral characters become '?'
  drawCharCodes(canvas, codes, codes.length, x, y, scale, luma);
}
