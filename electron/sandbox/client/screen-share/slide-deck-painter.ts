import { CLOCK_LENGTH } from '../../common/media/clock-text';
import type { I420Canvas } from '../../common/media/i420-canvas';
import { drawCharCodes, drawText, textWidth } from '../../common/media/text-painter';
import { PLATE, rgbToYuv, WHITE } from '../../common/media/yuv-color';
import { textScale } from './picture-scale';

/** How long each slide stays up. */
export const SLIDE_MS = 5_000;
/** Slides in the deck; it starts over after the last. */
export const SLIDE_COUNT = 8;

const PAPER = rgbToYuv(236, 240, 247);
const TITLE_BAR = rgbToYuv(32, 64, 128);
const BULLET = rgbToYuv(120, 130, 150);
const ACCENT = rgbToYuv(230, 120, 40);

/** The slide (1 to SLIDE_COUNT) shown at a time. */
export function slideNumberAt(timestampMs: number): number {
  return (Math.floor(Math.max(0, timestampMs) / SLIDE_MS) % SLIDE_COUNT) + 1;
}

/**
 * Paints a slide of a presentation: a title bar, "Slide n of 8" (changing every SLIDE_MS), bullet lines
 * whose lengths differ per slide, and the running clock, so a viewer sees a deck that really advances.
 */
export function paintSlide(canvas: I420Canvas, timestampMs: number, clockText: Uint8Array): void {
  const { width, height } = canvas;
  const slide = slideNumberAt(timestampMs);
  canvas.fillRect(0, 0, width, height, PAPER);
  const barHeight = Math.round(height * 0.16);
  canvas.fillRect(0, 0, width, barHeight, TITLE_BAR);
  const title = 'Quarterly review';
  const titleScale = textScale(width, height, title.length, 0.07);
  drawText(canvas, title, Math.round(width * 0.05), Math.round((barHeight - 7 * titleScale) / 2), titleScale, WHITE.y);

  const heading = `Slide ${slide} of ${SLIDE_COUNT}`;
  const headingScale = textScale(width, height, heading.length, 0.1, 0.8);
  const headingY = barHeight + Math.round(height * 0.08);
  drawText(canvas, heading, Math.round(width * 0.08), headingY, headingScale, TITLE_BAR.y);
  canvas.fillRect(Math.round(width * 0.08), headingY + 9 * headingScale, textWidth(heading.length, headingScale), Math.max(2, headingScale), ACCENT);

  // Bullet lines: lengths from the slide number, so every slide looks different.
  const lineHeight = Math.max(2, Math.round(height * 0.035));
  for (let line = 0; line < 4; line++) {
    const y = headingY + 12 * headingScale + line * lineHeight * 2.2;
    const share = 0.3 + (((slide * 7 + line * 13) % 10) / 10) * 0.5;
    canvas.fillRect(Math.round(width * 0.08), Math.round(y), lineHeight, lineHeight, ACCENT);
    canvas.fillRect(Math.round(width * 0.08 + lineHeight * 2), Math.round(y), Math.round(width * share), lineHeight, BULLET);
  }

  const clockScale = textScale(width, height, CLOCK_LENGTH, 0.045, 0.4);
  const clockWidth = textWidth(CLOCK_LENGTH, clockScale);
  const clockX = width - clockWidth - 3 * clockScale - Math.round(width * 0.03);
  const clockY = height - 11 * clockScale - Math.round(height * 0.03);
  canvas.fillRect(clockX - 2 * clockScale, clockY - 2 * clockScale, clockWidth + 4 * clockScale, 11 * clockScale, PLATE);
  drawCharCodes(canvas, clockText, CLOCK_LENGTH, clockX, clockY, clockScale, WHITE.y);
}
