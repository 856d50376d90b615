import type { DisplayInfo } from './display-info';
import type { SavedPlacement, WindowDefaults } from './saved-layout';
import { placeWindow, placeWindows } from './window-placement';

// The primary with a taskbar, a projector left of it and a TV above it: the negative-coordinate cases.
const primary: DisplayInfo = {
  id: 1,
  label: 'DELL U2720Q',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
  primary: true,
};
const projector: DisplayInfo = {
  id: 2,
  label: 'EPSON PJ',
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
  workArea: { x: -1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
};
const tv: DisplayInfo = {
  id: 3,
  label: 'Samsung TV',
  bounds: { x: 0, y: -1440, width: 2560, height: 1440 },
  workArea: { x: 0, y: -1440, width: 2560, height: 1440 },
  scaleFactor: 1.5,
};
const displays = [primary, projector, tv];
const defaults: WindowDefaults = { width: 1280, height: 720 };

function savedOn(display: DisplayInfo, bounds: SavedPlacement['bounds'], mode: SavedPlacement['mode'] = 'windowed'): SavedPlacement {
  return { displayId: display.id, displayLabel: display.label, displayBounds: { ...display.bounds }, scaleFactor: display.scaleFactor, bounds, mode };
}

describe('placeWindow', () => {
  describe('with nothing saved', () => {
    it('centers the default size on the primary work area', () => {
      expect(placeWindow(displays, undefined, defaults)).toEqual({
        displayId: 1,
        bounds: { x: 320, y: 160, width: 1280, height: 720 },
        mode: 'windowed',
        adjusted: ['default'],
      });
    });

    it('uses a non-primary display for preferDisplay "secondary", and the primary when it is alone', () => {
      expect(placeWindow(displays, undefined, { ...defaults, preferDisplay: 'secondary' }).bounds).toEqual({ x: -1600, y: 180, width: 1280, height: 720 });
      expect(placeWindow([primary], undefined, { ...defaults, preferDisplay: 'secondary' }).displayId).toBe(1);
    });

    it('shrinks a default size larger than the work area', () => {
      expect(placeWindow([primary], undefined, { width: 2560, height: 1440 })).toEqual({
        displayId: 1,
        bounds: primary.workArea,
        mode: 'windowed',
        adjusted: ['default', 'shrunk'],
      });
    });

    it('takes the first display as primary when none is marked (as Electron would have one)', () => {
      expect(placeWindow([projector, tv], undefined, defaults).displayId).toBe(2);
    });
  });

  it('puts a window back exactly where it was, negative coordinates included', () => {
    const left = savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 });
    expect(placeWindow(displays, left, defaults)).toEqual({ displayId: 2, bounds: left.bounds, mode: 'windowed', adjusted: [] });
    const above = savedOn(tv, { x: 200, y: -1300, width: 1000, height: 700 }, 'always-on-top');
    expect(placeWindow(displays, above, defaults)).toEqual({ displayId: 3, bounds: above.bounds, mode: 'always-on-top', adjusted: [] });
  });

  it('fills a projector\'s display exactly when it is fullscreen', () => {
    const saved = savedOn(projector, { ...projector.bounds }, 'fullscreen');
    expect(placeWindow(displays, saved, defaults)).toEqual({ displayId: 2, bounds: projector.bounds, mode: 'fullscreen', adjusted: [] });
  });

  it('moves a window whose display is missing to the primary, centered, keeping its size', () => {
    const gone = { ...savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 }), displayId: 9, displayLabel: 'Gone' };
    expect(placeWindow([primary, tv], gone, defaults)).toEqual({
      displayId: 1,
      bounds: { x: 560, y: 220, width: 800, height: 600 },
      mode: 'windowed',
      adjusted: ['display-missing'],
    });
  });

  it('brings a fullscreen projector whose display is gone back windowed at its default size, not fullscreen over the console', () => {
    const saved = savedOn(projector, { ...projector.bounds }, 'fullscreen');
    expect(placeWindow([primary, tv], saved, defaults)).toEqual({
      displayId: 1,
      bounds: { x: 320, y: 160, width: 1280, height: 720 },
      mode: 'windowed',
      adjusted: ['display-missing', 'default'],
    });
  });

  it('keeps a window\'s place relative to its display when the arrangement moved', () => {
    const saved = savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 });
    const movedRight = { ...projector, bounds: { ...projector.bounds, x: 1920, y: 200 }, workArea: { ...projector.workArea, x: 1920, y: 200 } };
    expect(placeWindow([primary, movedRight], saved, defaults)).toEqual({
      displayId: 2,
      bounds: { x: 2040, y: 300, width: 800, height: 600 },
      mode: 'windowed',
      adjusted: ['display-moved'],
    });
  });

  it('keeps the DIP size across a scale change, and makes it fit when the display got smaller in DIP', () => {
    const saved = savedOn(tv, { x: 100, y: -1400, width: 1200, height: 800 });
    const rescaled = { ...tv, scaleFactor: 2 };
    expect(placeWindow([primary, rescaled], saved, defaults)).toEqual({ displayId: 3, bounds: saved.bounds, mode: 'windowed', adjusted: ['scale-changed'] });

    // A 4K panel saved at 100 % (3840x2160 DIP) now runs at 200 % (1920x1080 DIP).
    const fourK = { ...primary, bounds: { x: 0, y: 0, width: 3840, height: 2160 }, workArea: { x: 0, y: 0, width: 3840, height: 2120 } };
    const big = savedOn(fourK, { x: 1500, y: 900, width: 2400, height: 1300 });
    expect(placeWindow([{ ...primary, scaleFactor: 2 }], big, defaults)).toEqual({
      displayId: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1040 },
      mode: 'windowed',
      adjusted: ['scale-changed', 'shrunk', 'clamped'],
    });
  });

  it('shrinks a window bigger than its display to the work area', () => {
    const saved = savedOn(primary, { x: 0, y: 0, width: 2500, height: 1500 });
    expect(placeWindow(displays, saved, defaults)).toEqual({ displayId: 1, bounds: primary.workArea, mode: 'windowed', adjusted: ['shrunk'] });
  });

  it('brings back a window stuck off-screen (Windows parks minimized windows at -32000)', () => {
    const saved = savedOn(primary, { x: -32000, y: -32000, width: 800, height: 600 });
    expect(placeWindow(displays, saved, defaults)).toEqual({ displayId: 1, bounds: { x: 0, y: 0, width: 800, height: 600 }, mode: 'windowed', adjusted: ['clamped'] });
  });

  it('moves a window hanging under the taskbar up into the work area', () => {
    const saved = savedOn(primary, { x: 1500, y: 800, width: 800, height: 600 });
    expect(placeWindow(displays, saved, defaults).bounds).toEqual({ x: 1120, y: 440, width: 800, height: 600 });
  });

  describe('recognising the display', () => {
    const twinA: DisplayInfo = { ...projector, id: 7, label: 'EPSON A' };
    const twinB: DisplayInfo = { ...projector, id: 7, label: 'EPSON B', bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, workArea: { x: 1920, y: 0, width: 1920, height: 1080 } };

    it('tells apart two displays that report the same id, by label and bounds', () => {
      const saved = savedOn(twinB, { x: 2000, y: 50, width: 640, height: 360 });
      const placed = placeWindow([primary, twinA, twinB], saved, defaults);
      expect(placed.bounds).toEqual(saved.bounds);
      expect(placed.adjusted).toEqual([]);
      // Same id and same name as well, and its resolution changed since: the one the window covered wins.
      const identical = { ...twinB, label: 'EPSON A' };
      const resized = { ...saved, displayLabel: 'EPSON A', displayBounds: { x: 1920, y: 0, width: 1280, height: 720 } };
      expect(placeWindow([primary, twinA, identical], resized, defaults)).toEqual({ displayId: 7, bounds: saved.bounds, mode: 'windowed', adjusted: [] });
    });

    it('finds a display again by label when it came back under a new id', () => {
      const saved = savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 });
      const replugged = { ...projector, id: 42 };
      expect(placeWindow([primary, replugged], saved, defaults)).toEqual({ displayId: 42, bounds: saved.bounds, mode: 'windowed', adjusted: [] });
    });

    it('follows the label when the saved id now belongs to another monitor', () => {
      const saved = savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 }, 'fullscreen');
      const stranger = { ...tv, id: 2 };
      const projectorNow = { ...projector, id: 5 };
      expect(placeWindow([primary, stranger, projectorNow], saved, defaults)).toMatchObject({ displayId: 5, bounds: projector.bounds, mode: 'fullscreen' });
    });

    it('trusts a unique id when the platform gives no labels', () => {
      const unnamed = { ...projector, label: '' };
      const saved = { ...savedOn(unnamed, { x: -1800, y: 100, width: 800, height: 600 }) };
      expect(placeWindow([primary, unnamed], saved, defaults).displayId).toBe(2);
      // Without an id match or a name, equal bounds alone do not claim the window: it could be another monitor.
      expect(placeWindow([{ ...primary, label: '' }], { ...saved, displayBounds: { ...primary.bounds } }, defaults).adjusted).toContain('display-missing');
    });
  });

  describe('garbage in a saved placement', () => {
    it('uses the default size on the saved display for non-finite or tiny bounds', () => {
      for (const bounds of [
        { x: Number.NaN, y: 0, width: 800, height: 600 },
        { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 600 },
        { x: 0, y: 0, width: 1, height: 1 },
        { x: 0, y: 0, width: -800, height: 600 },
      ]) {
        expect(placeWindow(displays, savedOn(projector, bounds), defaults)).toEqual({
          displayId: 2,
          bounds: { x: -1600, y: 180, width: 1280, height: 720 },
          mode: 'windowed',
          adjusted: ['default'],
        });
      }
    });

    it('treats an unknown mode as windowed and an unusable saved display origin as unmoved', () => {
      const saved = { ...savedOn(primary, { x: 10, y: 10, width: 800, height: 600 }), mode: 'minimized' as SavedPlacement['mode'] };
      expect(placeWindow(displays, { ...saved, displayBounds: { x: Number.NaN, y: 0, width: 0, height: 0 }, scaleFactor: Number.NaN }, defaults)).toEqual({
        displayId: 1,
        bounds: saved.bounds,
        mode: 'windowed',
        adjusted: [],
      });
    });

    it('ignores displays without a size and uses the bounds where the work area is unusable', () => {
      const broken = { ...projector, workArea: { x: 0, y: 0, width: 0, height: 0 } };
      const saved = savedOn(projector, { x: -1800, y: 100, width: 800, height: 600 });
      expect(placeWindow([{ ...tv, bounds: { x: 0, y: 0, width: 0, height: 10 } }, broken, primary], saved, defaults).bounds).toEqual(saved.bounds);
    });

    it('refuses to place a window with no display at all', () => {
      expect(() => placeWindow([], undefined, defaults)).toThrow(RangeError);
    });
  });
});

describe('placeWindows', () => {
  const windowDefaults = { console: defaults, preview: { width: 640, height: 360 }, wall: { width: 1280, height: 720, preferDisplay: 'secondary' as const } };

  it('places every window by its defaults when the saved layout is empty', () => {
    const { placements, sharedFullscreen } = placeWindows(displays, {}, windowDefaults);
    expect(Object.keys(placements)).toEqual(['console', 'preview', 'wall']);
    expect(placements['console']).toMatchObject({ displayId: 1, adjusted: ['default'] });
    expect(placements['preview'].bounds).toEqual({ x: 640, y: 340, width: 640, height: 360 });
    expect(placements['wall'].displayId).toBe(2);
    expect(sharedFullscreen).toEqual([]);
  });

  it('places only the windows the host opens, and never reads inherited keys as saved placements', () => {
    const layout = { ghost: savedOn(primary, { x: 0, y: 0, width: 800, height: 600 }) };
    const { placements } = placeWindows(displays, layout, { constructor: defaults, ['__proto__']: defaults });
    expect(Object.keys(placements).sort()).toEqual(['__proto__', 'constructor']);
    expect(placements['constructor'].adjusted).toEqual(['default']);
  });

  it('allows two projectors fullscreen on one display but lists them, so the host can say so', () => {
    const fullscreen = savedOn(projector, { ...projector.bounds }, 'fullscreen');
    const { placements, sharedFullscreen } = placeWindows(displays, { preview: fullscreen, wall: fullscreen }, windowDefaults);
    expect(placements['preview'].mode).toBe('fullscreen');
    expect(placements['wall'].mode).toBe('fullscreen');
    expect(sharedFullscreen).toEqual([{ displayId: 2, windows: ['preview', 'wall'] }]);
  });
});
