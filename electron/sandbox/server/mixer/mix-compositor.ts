import type { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Rect } from '../../common/media/frame-layout';
import type { I420Canvas } from '../../common/media/i420-canvas';
import type { YuvColor } from '../../common/media/yuv-color';
import { blitScaled } from './i420-blit';
import type { I420Picture } from './i420-picture';
import { placePicture } from './picture-placement';
import { paintPlaceholderLabel } from './placeholder-label';

/** What a layout box shows: a user's picture, a user whose video is off (its name), or nobody. */
export type MixContent = { kind: 'video'; picture: I420Picture } | { kind: 'placeholder'; label: string } | { kind: 'empty' };

/** One box of the mix, from a TRTCVideoLayout. */
export interface MixLayer {
  /** Where it goes on the canvas (edges on even pixels, see evenBox). */
  box: Rect;
  /** Higher layers are painted over lower ones. */
  zOrder: number;
  fillMode: TRTCVideoFillMode;
  /** The box's own background, around a fitted picture or behind a placeholder. */
  background: YuvColor;
  content: MixContent;
}

/**
 * Composes one mixed frame onto `canvas`: the background colour everywhere, then each layer in zOrder (the
 * highest last, so it wins where boxes overlap): its background, then its picture (scaled, placed by its
 * fill mode) or its placeholder.
 */
export function composeMix(canvas: I420Canvas, background: YuvColor, layers: readonly MixLayer[]): void {
  canvas.fillRect(0, 0, canvas.width, canvas.height, background);
  for (const layer of [...layers].sort((a, b) => a.zOrder - b.zOrder)) {
    const { box, content } = layer;
    canvas.fillRect(box.x, box.y, box.width, box.height, layer.background);
    if (content.kind === 'video') {
      const { target, crop } = placePicture(content.picture.width, content.picture.height, box, layer.fillMode);
      blitScaled(canvas, content.picture, crop, target);
    } else if (content.kind === 'placeholder') {
      paintPlaceholderLabel(canvas, box, content.label);
    }
  }
}

/**
 * A TRTC rect (left, top, right, bottom) as a box with even edges, at least 2x2: I420 chroma covers 2x2
 * luma pixels, so odd edges would leave half-covered chroma samples at the borders.
 */
export function evenBox(rect: { left: number; top: number; right: number; bottom: number }): Rect {
  const x = Math.floor(rect.left / 2) * 2;
  const y = Math.floor(rect.top / 2) * 2;
  const right = Math.max(x + 2, Math.floor(rect.right / 2) * 2);
  const bottom = Math.max(y + 2, Math.floor(rect.bottom / 2) * 2);
  return { x, y, width: right - x, height: bottom - y };
}
