import { DESKTOP_WINDOWS, type DesktopLayout, type DesktopWindow, type WindowMode } from '@broadcast-core/desktop';

import { orderDisplays } from './display-order';

/** One thing that happened when displays came or went: a display, or a window the app moved because of it. */
export type DisplayChange =
  | { kind: 'disconnected'; display: string }
  | { kind: 'connected'; display: string }
  | { kind: 'moved'; window: DesktopWindow; display: string; number: number; mode: WindowMode };

/**
 * What a new layout means to the operator when displays were plugged in or out: which displays, and where
 * each open window went. Nothing when only a window moved (the operator did that) or the first layout arrives.
 */
export function describeDisplayChanges(before: DesktopLayout | null, after: DesktopLayout): DisplayChange[] {
  if (!before) return [];
  const beforeIds = new Set(before.displays.map((d) => d.id));
  const afterIds = new Set(after.displays.map((d) => d.id));
  const gone = before.displays.filter((d) => !afterIds.has(d.id));
  const added = after.displays.filter((d) => !beforeIds.has(d.id));
  if (gone.length === 0 && added.length === 0) return [];
  const ordered = orderDisplays(after.displays);
  const moved: DisplayChange[] = [];
  for (const window of DESKTOP_WINDOWS) {
    const was = before.windows[window];
    const now = after.windows[window];
    if (!was.open || !now.open || now.displayId === null || (was.displayId === now.displayId && was.mode === now.mode)) continue;
    const index = ordered.findIndex((d) => d.id === now.displayId);
    if (index < 0) continue;
    moved.push({ kind: 'moved', window, display: ordered[index].label, number: index + 1, mode: now.mode });
  }
  return [
    ...gone.map((d): DisplayChange => ({ kind: 'disconnected', display: d.label })),
    ...added.map((d): DisplayChange => ({ kind: 'connected', display: d.label })),
    ...moved,
  ];
}
