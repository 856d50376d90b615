import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Rect } from '../../common/media/frame-layout';

/** Where a picture goes in its box, and which part of it is shown. */
export interface Placement {
  /** The area of the canvas the picture covers. */
  target: Rect;
  /** The part of the picture shown there, in picture pixels (fractional when cropped). */
  crop: Rect;
}

/**
 * Places a picture of `width` x `height` in a box as TRTCVideoFillMode says: Fill covers the whole box and
 * crops the picture's overflow evenly on both sides; Fit shows the whole picture, centred, with the box's
 * background around it. Aspect ratio is kept either way.
 */
export function placePicture(width: number, height: number, box: Rect, fillMode: TRTCVideoFillMode): Placement {
  const scaleX = box.width / width;
  const scaleY = box.height / height;
  if (fillMode === TRTCVideoFillMode.TRTCVideoFillMode_Fit) {
    const scale = Math.min(scaleX, scaleY);
    const fitWidth = Math.min(box.width, Math.round(width * scale));
    const fitHeight = Math.min(box.height, Math.round(height * scale));
    const target = { x: box.x + Math.floor((box.width - fitWidth) / 2), y: box.y + Math.floor((box.height - fitHeight) / 2), width: fitWidth, height: fitHeight };
    return { target, crop: { x: 0, y: 0, width, height } };
  }
  const scale = Math.max(scaleX, scaleY);
  const cropWidth = box.width / scale;
  const cropHeight = box.height / scale;
  return { target: { ...box }, crop: { x: (width - cropWidth) / 2, y: (height - cropHeight) / 2, width: cropWidth, height: cropHeight } };
}
