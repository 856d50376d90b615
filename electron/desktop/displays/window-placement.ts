import type { DisplayInfo } from './display-info';
import { findSavedDisplay, primaryDisplay, secondaryDisplay, usableDisplays } from './find-display';
import { centerIn, clampInto, isUsableRect, wholePixelsOf, type Rect, type Size } from './rect';
import {
  WINDOW_MODES,
  type Placement,
  type PlacementAdjustment,
  type SavedLayout,
  type SavedPlacement,
  type WindowDefaults,
  type WindowMode,
} from './saved-layout';

/** A saved side shorter than this is not a window anyone meant to keep (a 1x1 window is a lost window): defaults are used. */
export const MIN_SAVED_SIDE = 64;

/**
 * Where to show one window now, given today's displays and what was saved:
 * on its display when that is still there (recognised by id, or by label and
 * bounds), else windowed on the primary; always whole pixels fully inside
 * the chosen display's work area, or exactly its bounds for fullscreen.
 * Throws a RangeError when no display has a positive size.
 */
export function placeWindow(displays: readonly DisplayInfo[], saved: SavedPlacement | undefined, defaults: WindowDefaults): Placement {
  const usable = usableDisplays(displays);
  const primary = primaryDisplay(usable);
  if (!primary) throw new RangeError('placeWindow: no display with a positive size to place a window on');
  if (!saved) {
    const display = defaults.preferDisplay === 'secondary' ? (secondaryDisplay(usable) ?? primary) : primary;
    return centered(display, defaults, 'windowed', ['default']);
  }
  const mode = knownMode(saved.mode);
  const display = findSavedDisplay(usable, saved);
  if (!display) {
    // A projector whose display is gone must not fill the console's monitor: it comes back windowed, at its default size.
    if (mode === 'fullscreen') return centered(primary, defaults, 'windowed', ['display-missing', 'default']);
    return isSavedSize(saved.bounds)
      ? centered(primary, saved.bounds, mode, ['display-missing'])
      : centered(primary, defaults, mode, ['display-missing', 'default']);
  }

  const adjusted: PlacementAdjustment[] = [];
  const shift = originShift(saved.displayBounds, display.bounds);
  if (shift) adjusted.push('display-moved');
  if (Number.isFinite(saved.scaleFactor) && saved.scaleFactor !== display.scaleFactor) adjusted.push('scale-changed');
  if (mode === 'fullscreen') return { displayId: display.id, bounds: { ...display.bounds }, mode, adjusted };
  if (!isSavedSize(saved.bounds)) return centered(display, defaults, mode, [...adjusted, 'default']);

  // Same place relative to the display's origin; the DIP size is kept across a scale change, then made to fit.
  const wanted = shift ? { ...saved.bounds, x: saved.bounds.x + shift.x, y: saved.bounds.y + shift.y } : saved.bounds;
  const bounds = clampInto(wanted, display.workArea);
  if (bounds.width < Math.round(wanted.width) || bounds.height < Math.round(wanted.height)) adjusted.push('shrunk');
  if (bounds.x !== Math.round(wanted.x) || bounds.y !== Math.round(wanted.y)) adjusted.push('clamped');
  return { displayId: display.id, bounds, mode, adjusted };
}

/** Every window's placement, and the displays that more than one fullscreen window claims. */
export interface LayoutPlacement {
  placements: Record<string, Placement>;
  /**
   * Two projectors fullscreen on one display are allowed (the operator put
   * them there, and guessing which to move would override that choice), but
   * only the top one shows, so they are listed here for the host to say so.
   */
  sharedFullscreen: { displayId: number; windows: string[] }[];
}

/** Places every window named in `defaults` (the windows the host opens); saved entries for other names are left alone. */
export function placeWindows(
  displays: readonly DisplayInfo[],
  layout: SavedLayout,
  defaults: Readonly<Record<string, WindowDefaults>>,
): LayoutPlacement {
  const entries = Object.entries(defaults).map(([name, windowDefaults]): [string, Placement] => {
    // Own entries only: a window named "constructor" must not find Object.prototype's.
    const saved = Object.hasOwn(layout, name) ? layout[name] : undefined;
    return [name, placeWindow(displays, saved, windowDefaults)];
  });
  const fullscreenBy = new Map<number, string[]>();
  for (const [name, placement] of entries) {
    if (placement.mode === 'fullscreen') fullscreenBy.set(placement.displayId, [...(fullscreenBy.get(placement.displayId) ?? []), name]);
  }
  const sharedFullscreen = [...fullscreenBy]
    .filter(([, windows]) => windows.length > 1)
    .map(([displayId, windows]) => ({ displayId, windows }));
  // fromEntries defines own properties, so even a "__proto__" name stays a plain key.
  const placements: Record<string, Placement> = Object.fromEntries(entries);
  return { placements, sharedFullscreen };
}

function centered(display: DisplayInfo, size: Size, mode: WindowMode, adjusted: PlacementAdjustment[]): Placement {
  const bounds = centerIn(size, display.workArea);
  const room = wholePixelsOf(display.workArea);
  // Asked for more than the work area holds (a finite ask; a non-finite one simply takes the room).
  const tooBig = (length: number, roomLength: number) => Number.isFinite(length) && Math.round(length) > roomLength;
  if (tooBig(size.width, room.width) || tooBig(size.height, room.height)) adjusted.push('shrunk');
  return { displayId: display.id, bounds, mode, adjusted };
}

function isSavedSize(bounds: Rect): boolean {
  return isUsableRect(bounds) && bounds.width >= MIN_SAVED_SIDE && bounds.height >= MIN_SAVED_SIDE;
}

// How far the display's origin moved since the save; undefined when it did not (or the saved origin is unusable).
function originShift(savedBounds: Rect, now: Rect): { x: number; y: number } | undefined {
  if (!Number.isFinite(savedBounds.x) || !Number.isFinite(savedBounds.y)) return undefined;
  const shift = { x: now.x - savedBounds.x, y: now.y - savedBounds.y };
  return shift.x !== 0 || shift.y !== 0 ? shift : undefined;
}

function knownMode(mode: WindowMode): WindowMode {
  return (WINDOW_MODES as readonly string[]).includes(mode) ? mode : 'windowed';
}
