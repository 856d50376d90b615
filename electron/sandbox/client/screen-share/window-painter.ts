import type { I420Canvas } from '../../common/media/i420-canvas';
import { drawText } from '../../common/media/text-painter';
import { PLATE, rgbToYuv, WHITE } from '../../common/media/yuv-color';
import { textScale } from './picture-scale';

const FRAME = rgbToYuv(60, 60, 70);
const BODY = rgbToYuv(44, 48, 56);
const ROW = rgbToYuv(80, 88, 100);

/**
 * Paints an application window into a rectangle of the canvas: a title bar with its title over a body
 * of panel rows. Used for the console's own window, alone or lying on a shared screen.
 */
export function paintWindow(canvas: I420Canvas, title: string, x: number, y: number, width: number, height: number): void {
  canvas.fillRect(x, y, width, height, BODY);
  const barHeight = Math.max(4, Math.round(height * 0.1));
  canvas.fillRect(x, y, width, barHeight, FRAME);
  const scale = textScale(width, height, title.length, 0.05);
  drawText(canvas, title, x + 2 * scale, y + Math.max(0, Math.round((barHeight - 7 * scale) / 2)), scale, WHITE.y);
  const rowHeight = Math.max(2, Math.round(height * 0.06));
  for (let row = 0; row < 5; row++) {
    const top = y + barHeight + rowHeight + row * rowHeight * 2;
    if (top + rowHeight > y + height) break;
    canvas.fillRect(x + rowHeight, top, Math.round(width * (0.5 + (row % 3) * 0.12)), rowHeight, row === 0 ? PLATE : ROW);
  }
}
