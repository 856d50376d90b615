import { TRTCScreenCaptureSourceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { isConsoleWindowTitle } from '@broadcast-core/bridge';
import type { ScreenSource } from '@broadcast-core/room-state';

import type { EngineScreenSource } from '../engine/contract';
import { bgraPngDataUrl } from './png-data-url';

/** A listed source as room state holds it: its thumbnail as an image URL, and whether it is one of the console's own windows. */
export function screenSourceSummary(source: EngineScreenSource): ScreenSource {
  const kind = source.type === TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeScreen ? 'screen' : 'window';
  return {
    kind,
    sourceId: source.sourceId,
    sourceName: source.sourceName,
    width: source.width,
    height: source.height,
    isMainScreen: source.isMainScreen,
    thumbnail: source.thumb ? bgraPngDataUrl(source.thumb.width, source.thumb.height, source.thumb.bgra) : null,
    consoleWindow: kind === 'window' && isConsoleWindowTitle(source.sourceName),
  };
}
