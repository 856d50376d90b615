import { CLOCK_LENGTH } from '../../common/media/clock-text';
import type { I420Canvas } from '../../common/media/i420-canvas';
import { drawCharCodes, drawText, textWidth } from '../../common/media/text-painter';
import { rgbToYuv, WHITE } from '../../common/media/yuv-color';
import { textScale } from './picture-scale';

const SKY = rgbToYuv(12, 16, 48);
const GROUND = rgbToYuv(30, 120, 50);
const SHIP = rgbToYuv(250, 200, 40);
const STAR = rgbToYuv(200, 200, 255);

/** One crossing of the ship takes this long; it bobs up and down meanwhile. */
export const SHIP_CROSSING_MS = 3_000;

/** The ship's top-left corner at a time, on a picture of this size (exported for specs: it must move). */
export function shipPosition(timestampMs: number, width: number, height: number): { x: number; y: number; size: number } {
  const size = Math.max(4, Math.round(height * 0.1));
  const phase = (((timestampMs % SHIP_CROSSING_MS) + SHIP_CROSSING_MS) % SHIP_CROSSING_MS) / SHIP_CROSSING_MS;
  const x = Math.round(phase * (width - size));
  const y = Math.round(height * 0.45 + Math.sin((timestampMs / 400) % (2 * Math.PI)) * height * 0.15);
  return { x, y, size };
}

/**
 * Paints a frame of an arcade game: a starfield drifting left, a ship crossing and bobbing, a ground
 * band, a score that counts up and the clock: motion everywhere, as a shared game has.
 */
export function paintGame(canvas: I420Canvas, timestampMs: number, clockText: Uint8Array): void {
  const { width, height } = canvas;
  canvas.fillRect(0, 0, width, height, SKY);
  const groundTop = Math.round(height * 0.8);
  canvas.fillRect(0, groundTop, width, height - groundTop, GROUND);
  const starSize = Math.max(2, Math.round(height / 180));
  for (let i = 0; i < 24; i++) {
    const speed = 40 + (i % 5) * 30; // pixels a second, by layer
    const x = ((((i * 397) % width) - (timestampMs / 1000) * speed) % width + width) % width;
    const y = ((i * 173) % groundTop) | 0;
    canvas.fillRect(x, y, starSize, starSize, STAR);
  }
  const ship = shipPosition(timestampMs, width, height);
  canvas.fillRect(ship.x, ship.y, ship.size, ship.size, SHIP);

  const scale = textScale(width, height, 12, 0.05, 0.4);
  const score = `Score ${String(Math.floor(Math.max(0, timestampMs) / 100) % 100000).padStart(5, '0')}`;
  drawText(canvas, score, 3 * scale, 3 * scale, scale, WHITE.y);
  drawCharCodes(canvas, clockText, CLOCK_LENGTH, width - textWidth(CLOCK_LENGTH, scale) - 3 * scale, 3 * scale, scale, WHITE.y);
}
