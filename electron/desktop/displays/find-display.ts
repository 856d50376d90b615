import type { DisplayInfo } from './display-info';
import { distanceSquaredToRect, intersectionArea, isUsableRect, rectCenter, sameRect, type Rect } from './rect';
import type { SavedPlacement } from './saved-layout';

/** The displays a window can go to: those with a real size; an unusable work area is replaced by the bounds. */
export function usableDisplays(displays: readonly DisplayInfo[]): DisplayInfo[] {
  return displays
    .filter((display) => isUsableRect(display.bounds))
    .map((display) => (isUsableRect(display.workArea) ? display : { ...display, workArea: display.bounds }));
}

/** The display marked primary, else the first (as Electron's `getPrimaryDisplay` would be); undefined for none. */
export function primaryDisplay(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  return displays.find((display) => display.primary) ?? displays[0];
}

/** The first display that is not the primary one, else the primary. */
export function secondaryDisplay(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  const primary = primaryDisplay(displays);
  return displays.find((display) => display !== primary) ?? primary;
}

/**
 * The display a saved placement belongs to, or undefined when it is gone.
 * By id when exactly one display has it and its label does not contradict;
 * otherwise by label and bounds, then by label alone, then (twins) by the
 * one the window overlapped most.
 */
export function findSavedDisplay(displays: readonly DisplayInfo[], saved: SavedPlacement): DisplayInfo | undefined {
  const byId = displays.filter((display) => display.id === saved.displayId);
  const label = saved.displayLabel;
  const labelled = label ? displays.filter((display) => display.label === label) : [];
  if (byId.length === 1) {
    // Some platforms hand a freed id to the next monitor: a different name on it, carried by another display, wins.
    const idReused = byId[0].label !== '' && labelled.length > 0 && !labelled.includes(byId[0]);
    if (!idReused) return byId[0];
  }
  // Among displays sharing the id any of them is "it", so bounds alone may decide; elsewhere only a name may.
  const pool = byId.length > 1 ? byId : labelled;
  const savedBounds = isUsableRect(saved.displayBounds) ? saved.displayBounds : undefined;
  const exact = savedBounds && pool.find((display) => (!label || display.label === label) && sameRect(display.bounds, savedBounds));
  if (exact) return exact;
  const named = pool.filter((display) => label && display.label === label);
  if (named.length === 1) return named[0];
  // Twin monitors (same name) or twin ids: the one the window covered most is the best guess.
  if (named.length > 1) return mostOverlapped(named, saved.bounds);
  if (byId.length > 1) return mostOverlapped(byId, saved.bounds);
  return byId[0];
}

/** The display a window overlaps most, else the one nearest its center (a window fully off-screen), else the first. */
export function displayForBounds(displays: readonly DisplayInfo[], bounds: Rect): DisplayInfo | undefined {
  const overlapped = mostOverlapped(displays, bounds);
  if (overlapped && intersectionArea(overlapped.bounds, bounds) > 0) return overlapped;
  const center = rectCenter(bounds);
  return pickBest(displays, (display) => -distanceSquaredToRect(display.bounds, center));
}

function mostOverlapped(displays: readonly DisplayInfo[], bounds: Rect): DisplayInfo | undefined {
  return pickBest(displays, (display) => (isUsableRect(bounds) ? intersectionArea(display.bounds, bounds) : 0));
}

// The first display with the highest score; NaN scores never win.
function pickBest(displays: readonly DisplayInfo[], score: (display: DisplayInfo) => number): DisplayInfo | undefined {
  let best: DisplayInfo | undefined;
  let bestScore = -Infinity;
  for (const display of displays) {
    const value = score(display);
    if (best === undefined || value > bestScore) {
      best = display;
      bestScore = value;
    }
  }
  return best;
}
