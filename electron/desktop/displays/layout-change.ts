import type { DisplayInfo } from './display-info';
import { sameRect } from './rect';
import type { SavedLayout } from './saved-layout';

/** Display ids that appeared, disappeared, or changed bounds, work area or scale factor; each list sorted. */
export interface DisplayChange {
  added: number[];
  removed: number[];
  changed: number[];
}

/**
 * What changed between two `screen.getAllDisplays()` lists, so the host
 * re-places only the windows concerned. A label or primary flag alone is not
 * a change (no window moves for it); an id held by a different number of
 * displays than before counts as changed.
 */
export function displaysChanged(before: readonly DisplayInfo[], after: readonly DisplayInfo[]): DisplayChange {
  const was = groupById(before);
  const now = groupById(after);
  const added = [...now.keys()].filter((id) => !was.has(id));
  const removed = [...was.keys()].filter((id) => !now.has(id));
  const changed = [...now.keys()].filter((id) => {
    const old = was.get(id);
    const current = now.get(id) ?? [];
    return old !== undefined && (old.length !== current.length || old.some((display, i) => !sameGeometry(display, current[i])));
  });
  return { added: sortIds(added), removed: sortIds(removed), changed: sortIds(changed) };
}

/** True when nothing a window placement depends on changed. */
export function isNoChange(change: DisplayChange): boolean {
  return change.added.length === 0 && change.removed.length === 0 && change.changed.length === 0;
}

/**
 * The saved windows to place again after a change: those whose saved
 * display id was added, removed or changed, and after any change those whose
 * display was already missing before: their display may be back under a new
 * id (a projector returns to its projector), or the primary they fell back
 * to may have moved.
 */
export function windowsToReplace(change: DisplayChange, layout: SavedLayout, before: readonly DisplayInfo[]): string[] {
  const touched = new Set([...change.removed, ...change.changed, ...change.added]);
  const knownBefore = new Set(before.map((display) => display.id));
  return Object.entries(layout)
    .filter(([, saved]) => touched.has(saved.displayId) || (!isNoChange(change) && !knownBefore.has(saved.displayId)))
    .map(([name]) => name);
}

function groupById(displays: readonly DisplayInfo[]): Map<number, DisplayInfo[]> {
  const groups = new Map<number, DisplayInfo[]>();
  for (const display of displays) groups.set(display.id, [...(groups.get(display.id) ?? []), display]);
  return groups;
}

function sameGeometry(a: DisplayInfo, b: DisplayInfo): boolean {
  return sameRect(a.bounds, b.bounds) && sameRect(a.workArea, b.workArea) && a.scaleFactor === b.scaleFactor;
}

function sortIds(ids: number[]): number[] {
  return ids.sort((a, b) => a - b);
}
