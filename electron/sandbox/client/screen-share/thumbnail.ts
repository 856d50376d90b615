import { TRTCImageBuffer } from 'trtc-electron-sdk/liteav/trtc_define';

import { i420ToRgba } from '../../../../projects/broadcast-core/src/video-view/i420-to-rgba';
import { CLOCK_LENGTH } from '../../common/media/clock-text';
import { I420Canvas } from '../../common/media/i420-canvas';
import { i420ByteLength } from '../../common/media/video-format';
import { paintSource } from './screen-picture-source';
import type { VirtualSource } from './virtual-sources';

/** The largest thumbnail side accepted, as a guard against a caller asking for a full-size picture. */
const MAX_THUMB_SIDE = 640;

/**
 * A thumbnail of a source as getScreenCaptureSources returns it: a BGRA picture of what sharing it would
 * show at that moment, fitted into the asked size keeping the source's aspect (even sides, at least 2).
 * Null when the asked size is not a positive one.
 */
export function sourceThumbnail(source: VirtualSource, maxWidth: number, maxHeight: number, timestampMs: number): TRTCImageBuffer | null {
  if (!(maxWidth > 0 && maxHeight > 0)) return null;
  const fit = Math.min(Math.min(maxWidth, MAX_THUMB_SIDE) / source.width, Math.min(maxHeight, MAX_THUMB_SIDE) / source.height);
  const width = Math.max(2, Math.floor((source.width * fit) / 2) * 2);
  const height = Math.max(2, Math.floor((source.height * fit) / 2) * 2);
  const canvas = new I420Canvas(new Uint8Array(i420ByteLength(width, height)), width, height);
  paintSource(canvas, source, timestampMs, new Uint8Array(CLOCK_LENGTH), new Set());
  const pixels = new Uint8ClampedArray(width * height * 4);
  i420ToRgba(canvas, pixels);
  // RGBA to BGRA: the SDK's thumbnails are BGRA.
  for (let i = 0; i < pixels.length; i += 4) {
    const red = pixels[i];
    pixels[i] = pixels[i + 2];
    pixels[i + 2] = red;
  }
  return new TRTCImageBuffer(pixels.buffer, pixels.length, width, height);
}
