import type { DesktopWindow } from '@broadcast-core/desktop/desktop-requests';

import type { Rect } from './rect';

// The modes are the desktop contract's, so the windows, the main process and the settings file agree.
export { WINDOW_MODES, type WindowMode } from '@broadcast-core/desktop/desktop-requests';
import type { WindowMode } from '@broadcast-core/desktop/desktop-requests';

/** The windows the desktop app opens today; popped-out panels add their own names, so any string is a key. */
export type DesktopWindowName = DesktopWindow;

/** A window's state as it was saved: its display (by id, label and bounds, to recognise it again) and its own bounds. */
export interface SavedPlacement {
  displayId: number;
  displayLabel: string;
  /** The display's bounds when saved: tells whether the arrangement moved since. */
  displayBounds: Rect;
  scaleFactor: number;
  /** Absolute DIP, as `BrowserWindow.getBounds()`. */
  bounds: Rect;
  mode: WindowMode;
}

/** Saved placements by window name. */
export type SavedLayout = Record<string, SavedPlacement>;

/** What placement had to do to a saved window, in words-as-keys. */
export type PlacementAdjustment =
  /** Its display is gone: it went to the primary display. */
  | 'display-missing'
  /** Its display's origin moved: its position relative to that origin was kept. */
  | 'display-moved'
  /** Its display's scale factor changed: its DIP size was kept. */
  | 'scale-changed'
  /** It reached outside the work area and was moved in. */
  | 'clamped'
  /** It was larger than the work area and was made smaller. */
  | 'shrunk'
  /** Nothing usable was saved for its size or position: the defaults were used. */
  | 'default';

/** Where and how to show a window now. */
export interface Placement {
  displayId: number;
  /** Absolute DIP, whole pixels, fully inside the display's work area (fullscreen: exactly its bounds). */
  bounds: Rect;
  mode: WindowMode;
  /** Empty when the saved placement was used as it was. */
  adjusted: PlacementAdjustment[];
}

/** What a window gets when nothing (usable) was saved for it. */
export interface WindowDefaults {
  width: number;
  height: number;
  /** `secondary`: a non-primary display when there is one, as a projector or wall wants. Default `primary`. */
  preferDisplay?: 'primary' | 'secondary';
}
