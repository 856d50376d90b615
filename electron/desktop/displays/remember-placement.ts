import type { DisplayInfo } from './display-info';
import { displayForBounds, usableDisplays } from './find-display';
import type { Rect } from './rect';
import type { SavedPlacement, WindowMode } from './saved-layout';

/**
 * What to save for a window as it is now (`bounds` from `getBounds()`): it
 * belongs to the display it overlaps most, or the nearest one when it is
 * off-screen. Throws a RangeError when no display has a positive size.
 */
export function rememberPlacement(displays: readonly DisplayInfo[], bounds: Rect, mode: WindowMode): SavedPlacement {
  const display = displayForBounds(usableDisplays(displays), bounds);
  if (!display) throw new RangeError('rememberPlacement: no display with a positive size to remember a window on');
  return {
    displayId: display.id,
    displayLabel: display.label,
    displayBounds: { ...display.bounds },
    scaleFactor: display.scaleFactor,
    bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height },
    mode,
  };
}
