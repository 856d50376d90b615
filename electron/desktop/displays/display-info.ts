import type { Display } from 'electron';

import type { Rect } from './rect';

/**
 * The part of Electron's `Display` that window placement uses, in DIP.
 * Coordinates are negative for monitors left of or above the primary.
 */
export interface DisplayInfo {
  id: number;
  /** The monitor's name as the OS gives it ('' on some platforms): a second way to recognise it. */
  label: string;
  bounds: Rect;
  /** The bounds less the taskbar, dock and menu bar: where windowed windows go. */
  workArea: Rect;
  scaleFactor: number;
  primary?: boolean;
}

/** Maps Electron's `Display` to a `DisplayInfo`, copying its rects; `primaryId` is `screen.getPrimaryDisplay().id`. */
export function fromElectronDisplay(display: Display, primaryId: number): DisplayInfo {
  return {
    id: display.id,
    label: display.label,
    bounds: copyRect(display.bounds),
    workArea: copyRect(display.workArea),
    scaleFactor: display.scaleFactor,
    primary: display.id === primaryId,
  };
}

// Copied so a later change to Electron's object never reaches a saved layout.
function copyRect(rect: Rect): Rect {
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}
