import type { I420Canvas } from '../../common/media/i420-canvas';
import { PLATE, WHITE, type YuvColor } from '../../common/media/yuv-color';

/** How long the sandbox's mouse pointer takes to go once round its path. */
const POINTER_LOOP_MS = 8000;

/** Where the pointer is at a time, as shares of the picture's width and height: a slow figure of eight. */
export function pointerPosition(timestampMs: number): { x: number; y: number } {
  const t = ((timestampMs % POINTER_LOOP_MS) / POINTER_LOOP_MS) * 2 * Math.PI;
  return { x: 0.5 + 0.35 * Math.sin(t), y: 0.5 + 0.3 * Math.sin(2 * t) };
}

/**
 * Paints the mouse pointer, as a captured screen shows it: an arrow, white with a dark outline, its tip at
 * (x, y). `size` is its height in pixels of the picture.
 */
export function paintPointer(canvas: I420Canvas, x: number, y: number, size: number): void {
  const rows = Math.max(6, Math.round(size));
  for (let row = 0; row < rows; row += 2) {
    // Each two-row band widens like an arrow's head, then narrows into its tail.
    const width = row < rows * 0.7 ? Math.max(2, Math.round(row * 0.6)) : Math.max(2, Math.round(rows * 0.15));
    canvas.fillRect(x - 2, y + row, width + 4, 2, PLATE);
    canvas.fillRect(x, y + row, width, 2, WHITE);
  }
}

/** Paints the highlight border around the whole picture, as the SDK draws it around a shared screen. */
export function paintHighlight(canvas: I420Canvas, color: YuvColor, width: number): void {
  const { width: w, height: h } = canvas;
  canvas.fillRect(0, 0, w, width, color);
  canvas.fillRect(0, h - width, w, width, color);
  canvas.fillRect(0, 0, width, h, color);
  canvas.fillRect(w - width, 0, width, h, color);
}
