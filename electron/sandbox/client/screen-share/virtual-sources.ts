import { TRTCScreenCaptureSourceType } from 'trtc-electron-sdk/liteav/trtc_define';

import { CONSOLE_WINDOW_TITLE_PREFIX } from '@broadcast-core/bridge';

/** What a virtual screen or window shows when captured. */
export type ScreenPicture = 'slides' | 'game' | 'console';

/** A window placed on a virtual screen, as shares of the screen's width and height. */
export interface PlacedWindow {
  sourceId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One screen or window the sandbox offers to share. */
export interface VirtualSource {
  type: TRTCScreenCaptureSourceType;
  sourceId: string;
  sourceName: string;
  width: number;
  height: number;
  isMainScreen: boolean;
  picture: ScreenPicture;
  /** Windows lying on this screen (screens only), drawn over its picture unless excluded from the share. */
  windows: readonly PlacedWindow[];
}

const SCREEN = TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeScreen;
const WINDOW = TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeWindow;

/** The sandbox's desktop: two screens first (as the SDK lists them), then windows, one of them the console's own. */
export const VIRTUAL_SOURCES: readonly VirtualSource[] = [
  {
    type: SCREEN,
    sourceId: 'screen-1',
    sourceName: 'Screen 1',
    width: 1920,
    height: 1080,
    isMainScreen: true,
    picture: 'slides',
    windows: [{ sourceId: 'window-console', x: 0.6, y: 0.1, width: 0.36, height: 0.56 }],
  },
  { type: SCREEN, sourceId: 'screen-2', sourceName: 'Screen 2', width: 1280, height: 720, isMainScreen: false, picture: 'game', windows: [] },
  { type: WINDOW, sourceId: 'window-slides', sourceName: 'Quarterly review - Slides', width: 1280, height: 720, isMainScreen: false, picture: 'slides', windows: [] },
  { type: WINDOW, sourceId: 'window-game', sourceName: 'Star Runner - Game', width: 1280, height: 720, isMainScreen: false, picture: 'game', windows: [] },
  {
    type: WINDOW,
    sourceId: 'window-console',
    sourceName: `${CONSOLE_WINDOW_TITLE_PREFIX} - Control panel`,
    width: 960,
    height: 720,
    isMainScreen: false,
    picture: 'console',
    windows: [],
  },
];

/** The source with this id, if the sandbox offers it. */
export function findVirtualSource(sourceId: string): VirtualSource | undefined {
  return VIRTUAL_SOURCES.find((source) => source.sourceId === sourceId);
}
