import type { BeautyEffect } from './beauty-filter';
import type { FrameLayout } from './frame-layout';
import type { I420Canvas } from './i420-canvas';
import { labelColor } from './label-color';
import { paintSkin } from './skin-painter';
import { drawText } from './text-painter';
import { PLATE, WHITE } from './yuv-color';

/** Luma difference between the top and the bottom of the background (a soft vertical gradient for depth). */
const BACKGROUND_GRADIENT = 24;

/**
 * Paints everything that does not move: the label-coloured background, the name plate with the label,
 * the empty clock plate and the skin with beauty applied. Frames start as a copy of this layer.
 */
export function paintStaticLayer(canvas: I420Canvas, label: string, layout: FrameLayout, effect: BeautyEffect): void {
  const background = labelColor(label);
  canvas.fillRect(0, 0, canvas.width, canvas.height, background);
  for (let y = 0; y < canvas.height; y++) {
    const luma = Math.round(background.y + BACKGROUND_GRADIENT * (0.5 - y / canvas.height));
    canvas.fillLumaRow(y, 0, canvas.width, luma);
  }
  const { labelPlate, clockPlate } = layout;
  canvas.fillRect(labelPlate.x, labelPlate.y, labelPlate.width, labelPlate.height, PLATE);
  drawText(canvas, label, layout.label.x, layout.label.y, layout.label.scale, WHITE.y);
  canvas.fillRect(clockPlate.x, clockPlate.y, clockPlate.width, clockPlate.height, PLATE);
  paintSkin(canvas, layout.skin, effect);
}
