/** A screen or window that can be shared, as the console shows it. */
export interface ScreenSource {
  kind: 'screen' | 'window';
  sourceId: string;
  sourceName: string;
  width: number;
  height: number;
  isMainScreen: boolean;
  /** The thumbnail as an image data URL (a PNG of the SDK's BGRA thumbnail), or null when the engine gave none. */
  thumbnail: string | null;
  /** One of the console's own windows: left out of a shared screen, and not offered to share. */
  consoleWindow: boolean;
}

/** A part of a source, in its pixels (selectScreenCaptureTarget's captureRect). */
export interface CaptureRegion {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a share captures besides the picture: the mouse pointer, and the border viewers see round a screen. */
export interface CaptureOptions {
  mouse: boolean;
  border: boolean;
}

/** What the local user shares: a source's id and name, the part of it (null: all of it) and how it is captured. */
export interface SharedSource {
  sourceId: string;
  sourceName: string;
  region: CaptureRegion | null;
  capture: CaptureOptions;
}

/** A screen share the engine lost: what it shared, and whether the host had paused it. */
export interface InterruptedShare {
  source: SharedSource;
  paused: boolean;
}
