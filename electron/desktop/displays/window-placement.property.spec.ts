import fc from 'fast-check';

import type { DisplayInfo } from './display-info';
import { containsRect, sameRect, type Rect } from './rect';
import { rememberPlacement } from './remember-placement';
import { WINDOW_MODES, type Placement, type SavedLayout, type SavedPlacement, type WindowDefaults, type WindowMode } from './saved-layout';
import { MIN_SAVED_SIDE, placeWindow, placeWindows } from './window-placement';

const LABELS = ['', 'DELL U2720Q', 'EPSON PJ', 'Samsung TV'];

/** Whole-pixel rects anywhere on a wide virtual desktop, negative origins included. */
const rectArb = fc.record({
  x: fc.integer({ min: -8000, max: 8000 }),
  y: fc.integer({ min: -8000, max: 8000 }),
  width: fc.integer({ min: 1, max: 5000 }),
  height: fc.integer({ min: 1, max: 5000 }),
});

/** A work area inside the bounds, as an OS leaves after its taskbar or dock. */
function workAreaIn(bounds: Rect): fc.Arbitrary<Rect> {
  return fc
    .record({
      left: fc.integer({ min: 0, max: bounds.width - 1 }),
      top: fc.integer({ min: 0, max: bounds.height - 1 }),
      right: fc.integer({ min: 0, max: bounds.width - 1 }),
      bottom: fc.integer({ min: 0, max: bounds.height - 1 }),
    })
    .map(({ left, top, right, bottom }) => ({
      x: bounds.x + left,
      y: bounds.y + top,
      width: Math.max(1, bounds.width - left - right),
      height: Math.max(1, bounds.height - top - bottom),
    }))
    .map((area) => ({ ...area, x: Math.min(area.x, bounds.x + bounds.width - area.width), y: Math.min(area.y, bounds.y + bounds.height - area.height) }));
}

/** One display: ids from a small range so duplicates happen, random scale 1-3. */
const displayArb: fc.Arbitrary<DisplayInfo> = rectArb.chain((bounds) =>
  fc.record({
    id: fc.integer({ min: 0, max: 4 }),
    label: fc.constantFrom(...LABELS),
    bounds: fc.constant(bounds),
    workArea: workAreaIn(bounds),
    scaleFactor: fc.double({ min: 1, max: 3, noNaN: true }),
    primary: fc.boolean(),
  }),
);

/** Numbers a damaged or hand-edited file could hold. */
const garbageNumber = fc.oneof(
  fc.integer({ min: -40000, max: 40000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -32000),
);
const garbageRect = fc.record({ x: garbageNumber, y: garbageNumber, width: garbageNumber, height: garbageNumber });

const savedArb: fc.Arbitrary<SavedPlacement> = fc.record({
  displayId: fc.oneof(fc.integer({ min: 0, max: 5 }), garbageNumber),
  displayLabel: fc.constantFrom(...LABELS, 'Gone'),
  displayBounds: fc.oneof(rectArb, garbageRect),
  scaleFactor: fc.oneof(fc.constantFrom(1, 1.5, 2), garbageNumber),
  bounds: fc.oneof(rectArb, garbageRect),
  // An unknown mode too, as if a newer version had saved it.
  mode: fc.constantFrom<WindowMode>(...WINDOW_MODES, 'minimized' as WindowMode),
});

const defaultsArb: fc.Arbitrary<WindowDefaults> = fc.record(
  {
    width: fc.oneof(fc.integer({ min: 1, max: 6000 }), garbageNumber),
    height: fc.oneof(fc.integer({ min: 1, max: 6000 }), garbageNumber),
    preferDisplay: fc.constantFrom<WindowDefaults['preferDisplay']>('primary', 'secondary'),
  },
  { requiredKeys: ['width', 'height'] },
);

const NAMES = ['console', 'preview', 'wall', 'panel-users'];
const layoutArb: fc.Arbitrary<SavedLayout> = fc.dictionary(fc.constantFrom(...NAMES), savedArb, { maxKeys: 4 });

/** The invariant: on a real display, whole pixels, positive size, inside its work area (fullscreen: exactly its bounds). */
function expectOnSomeDisplay(placement: Placement, displays: readonly DisplayInfo[]): void {
  const { bounds } = placement;
  expect(bounds.width).toBeGreaterThan(0);
  expect(bounds.height).toBeGreaterThan(0);
  for (const n of [bounds.x, bounds.y, bounds.width, bounds.height]) expect(Number.isInteger(n)).toBe(true);
  const home = displays.filter((display) => display.id === placement.displayId);
  const fits =
    placement.mode === 'fullscreen'
      ? home.some((display) => sameRect(display.bounds, bounds))
      : home.some((display) => containsRect(display.workArea, bounds));
  if (!fits) throw new Error(`placement ${JSON.stringify(placement)} is not on display ${placement.displayId} of ${JSON.stringify(displays)}`);
}

describe('window placement properties', () => {
  it('puts every window, whatever was saved, fully inside some display\'s work area (or exactly on its bounds when fullscreen)', () => {
    fc.assert(
      fc.property(fc.array(displayArb, { minLength: 1, maxLength: 4 }), layoutArb, defaultsArb, (displays, layout, defaults) => {
        const windowDefaults = Object.fromEntries(NAMES.map((name) => [name, defaults]));
        const { placements } = placeWindows(displays, layout, windowDefaults);
        for (const placement of Object.values(placements)) expectOnSomeDisplay(placement, displays);
        expectOnSomeDisplay(placeWindow(displays, undefined, defaults), displays);
      }),
      { numRuns: 1000 },
    );
  });

  it('puts a remembered window back exactly where it was, untouched, on displays that do not overlap', () => {
    // Side by side with gaps, unique ids, real monitor sizes: the arrangement a real desktop has.
    const monitorArb = fc.record({ width: fc.integer({ min: 640, max: 7680 }), height: fc.integer({ min: 480, max: 4320 }) });
    const rowArb = fc
      .array(fc.record({ gap: fc.integer({ min: 0, max: 500 }), dy: fc.integer({ min: -2000, max: 2000 }), size: monitorArb, inset: fc.nat(200), scale: fc.constantFrom(1, 1.25, 1.5, 2, 3) }), { minLength: 1, maxLength: 4 })
      .map((specs) => {
        let x = -6000;
        return specs.map(({ gap, dy, size, inset, scale }, id): DisplayInfo => {
          const bounds = { x: x + gap, y: dy, width: size.width, height: size.height };
          x = bounds.x + bounds.width;
          const top = Math.min(inset, bounds.height - 1);
          return { id, label: `Monitor ${id}`, bounds, workArea: { ...bounds, y: bounds.y + top, height: bounds.height - top }, scaleFactor: scale, primary: id === 0 };
        });
      });
    fc.assert(
      fc.property(rowArb, savedArb, defaultsArb, (displays, saved, defaults) => {
        const first = placeWindow(displays, saved, defaults);
        // A window below MIN_SAVED_SIDE is deliberately not taken back (only garbage defaults make one).
        fc.pre(first.mode === 'fullscreen' || (first.bounds.width >= MIN_SAVED_SIDE && first.bounds.height >= MIN_SAVED_SIDE));
        const again = placeWindow(displays, rememberPlacement(displays, first.bounds, first.mode), defaults);
        expect(again).toEqual({ ...first, adjusted: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
