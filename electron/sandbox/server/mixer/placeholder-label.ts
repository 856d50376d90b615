import { CAP_ROWS } from '../../common/media/bitmap-font';
import type { Rect, TextPlacement } from '../../common/media/frame-layout';
import type { I420Canvas } from '../../common/media/i420-canvas';
import { drawText, textWidth } from '../../common/media/text-painter';
import { rgbToYuv } from '../../common/media/yuv-color';

/** The grey of the windows' video placeholder text (`color: #aaa` in video-view.ts), as luma. */
export const PLACEHOLDER_TEXT_LUMA = rgbToYuv(0xaa, 0xaa, 0xaa).y;
/** The label's capitals take at most this share of the box height, and its width this share of the box width. */
const CAP_SHARE = 0.12;
const WIDTH_SHARE = 0.9;

/**
 * Where a placeholder label of `length` characters goes: centred in the box, as large as the shares above
 * allow; undefined when even the smallest font does not fit.
 */
export function placeholderLabelPlacement(box: Rect, length: number): TextPlacement | undefined {
  if (length === 0) return undefined;
  const scale = Math.min(Math.floor((box.height * CAP_SHARE) / CAP_ROWS), Math.floor((box.width * WIDTH_SHARE) / textWidth(length, 1)));
  if (scale < 1) return undefined;
  return { x: box.x + Math.floor((box.width - textWidth(length, scale)) / 2), y: box.y + Math.floor((box.height - CAP_ROWS * scale) / 2), scale };
}

/** Draws a user's name in the middle of its box, as the windows show a user whose video is off; the box keeps its background. */
export function paintPlaceholderLabel(canvas: I420Canvas, box: Rect, label: string): void {
  const at = placeholderLabelPlacement(box, label.length);
  if (at) drawText(canvas, label, at.x, at.y, at.scale, PLACEHOLDER_TEXT_LUMA);
}
