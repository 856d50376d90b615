import type { DisplayInfo } from './display-info';
import { displaysChanged, isNoChange, windowsToReplace } from './layout-change';
import type { SavedLayout, SavedPlacement } from './saved-layout';

function display(id: number, x: number, extra: Partial<DisplayInfo> = {}): DisplayInfo {
  const bounds = { x, y: 0, width: 1920, height: 1080 };
  return { id, label: `Monitor ${id}`, bounds, workArea: { ...bounds, height: 1040 }, scaleFactor: 1, ...extra };
}

function savedOn(displayId: number): SavedPlacement {
  const rect = { x: 0, y: 0, width: 800, height: 600 };
  return { displayId, displayLabel: '', displayBounds: rect, scaleFactor: 1, bounds: rect, mode: 'windowed' };
}

describe('displaysChanged', () => {
  const before = [display(1, 0, { primary: true }), display(2, 1920), display(3, -1920)];

  it('finds nothing between equal lists, in any order', () => {
    const change = displaysChanged(before, [...before].reverse().map((d) => ({ ...d })));
    expect(change).toEqual({ added: [], removed: [], changed: [] });
    expect(isNoChange(change)).toBe(true);
  });

  it('lists added and removed ids, sorted', () => {
    expect(displaysChanged(before, [display(9, 0), display(1, 0, { primary: true }), display(4, 5000)])).toEqual({ added: [4, 9], removed: [2, 3], changed: [] });
  });

  it('counts bounds, work area and scale factor as changes, and a new label or primary flag not', () => {
    const after = [
      display(1, 0, { primary: false, label: 'Renamed' }),
      display(2, 3840),
      { ...display(3, -1920), workArea: { x: -1920, y: 25, width: 1920, height: 1055 } },
    ];
    expect(displaysChanged(before, after).changed).toEqual([2, 3]);
    expect(displaysChanged(before, [display(1, 0, { primary: true, scaleFactor: 1.5 }), before[1], before[2]]).changed).toEqual([1]);
  });

  it('counts an id that more or fewer displays report than before as changed', () => {
    expect(displaysChanged(before, [...before, display(2, 3840)]).changed).toEqual([2]);
  });
});

describe('windowsToReplace', () => {
  const before = [display(1, 0, { primary: true }), display(2, 1920)];
  const layout: SavedLayout = { console: savedOn(1), wall: savedOn(2), preview: savedOn(7) };

  it('names the windows on removed or changed displays', () => {
    expect(windowsToReplace({ added: [], removed: [2], changed: [] }, layout, before)).toEqual(['wall', 'preview']);
    expect(windowsToReplace({ added: [], removed: [], changed: [1] }, layout, before)).toEqual(['console', 'preview']);
  });

  it('names the windows whose display was missing when one comes back, perhaps under a new id', () => {
    expect(windowsToReplace({ added: [7], removed: [], changed: [] }, layout, before)).toEqual(['preview']);
    expect(windowsToReplace({ added: [8], removed: [], changed: [] }, layout, before)).toEqual(['preview']);
  });

  it('names none when nothing changed', () => {
    expect(windowsToReplace({ added: [], removed: [], changed: [] }, layout, before)).toEqual([]);
  });
});
