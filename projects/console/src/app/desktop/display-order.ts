import type { DisplaySummary } from '@broadcast-core/desktop';

/**
 * The displays in the order the console numbers them (the shortcuts' 1 to 9): the primary first, then
 * left to right, then top to bottom, so the numbers follow the desk rather than the OS's enumeration.
 */
export function orderDisplays(displays: readonly DisplaySummary[]): DisplaySummary[] {
  return [...displays].sort(
    (a, b) => Number(b.primary) - Number(a.primary) || a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id,
  );
}

/** A display's resolution in device pixels (Electron gives bounds in scaled points), as the monitor's box states it. */
export function displayResolution(display: DisplaySummary): { width: number; height: number } {
  return { width: Math.round(display.bounds.width * display.scaleFactor), height: Math.round(display.bounds.height * display.scaleFactor) };
}
