import type { Rect } from 'trtc-electron-sdk/liteav/trtc_define';

/** The canvas a config is laid out on: the encoder's output size. */
export interface MixCanvasSize {
  width: number;
  height: number;
}

/** Why a rectangle does not lie inside the canvas with a positive size, or undefined. */
export function rectProblem(value: unknown, canvas: MixCanvasSize, what: string): string | undefined {
  if (typeof value !== 'object' || value === null) return `${what}.rect must be a Rect`;
  const { left, top, right, bottom } = value as Partial<Record<keyof Rect, unknown>>;
  if (![left, top, right, bottom].every((n) => typeof n === 'number' && Number.isInteger(n))) return `${what}.rect needs integer left, top, right and bottom`;
  const r = value as Rect;
  if (r.left < 0 || r.top < 0 || r.right > canvas.width || r.bottom > canvas.height) {
    return `${what}.rect (${r.left},${r.top})-(${r.right},${r.bottom}) is outside the ${canvas.width}x${canvas.height} canvas`;
  }
  if (r.right <= r.left || r.bottom <= r.top) return `${what}.rect (${r.left},${r.top})-(${r.right},${r.bottom}) has no area`;
  return undefined;
}
