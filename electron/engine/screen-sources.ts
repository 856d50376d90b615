import type { TRTCImageBuffer, TRTCScreenCaptureSourceInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { EngineImage, EngineScreenSource } from './contract';

/** A thumbnail copied out of the SDK's buffer, or null when it is empty or its size does not match its bytes. */
function copyImage(image: TRTCImageBuffer | undefined): EngineImage | null {
  if (!image?.buffer || !(image.width > 0) || !(image.height > 0)) return null;
  const length = image.width * image.height * 4;
  if (image.buffer.byteLength < length) return null;
  return { width: image.width, height: image.height, bgra: new Uint8Array(image.buffer.slice(0, length)) };
}

/** What getScreenCaptureSources listed, as plain data for the contract (icons stay behind: the console draws thumbnails only). */
export function screenSourcesOf(list: readonly TRTCScreenCaptureSourceInfo[]): EngineScreenSource[] {
  return list.map((s) => ({
    type: s.type,
    sourceId: String(s.sourceId),
    sourceName: String(s.sourceName ?? ''),
    width: s.width ?? 0,
    height: s.height ?? 0,
    isMainScreen: !!s.isMainScreen,
    isMinimizeWindow: !!s.isMinimizeWindow,
    thumb: copyImage(s.thumbBGRA),
  }));
}
