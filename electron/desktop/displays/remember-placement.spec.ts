import type { DisplayInfo } from './display-info';
import { rememberPlacement } from './remember-placement';

const primary: DisplayInfo = { id: 1, label: 'Main', bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1, primary: true };
const left: DisplayInfo = { id: 2, label: 'Left', bounds: { x: -2560, y: -360, width: 2560, height: 1440 }, workArea: { x: -2560, y: -360, width: 2560, height: 1440 }, scaleFactor: 2 };
const displays = [primary, left];

describe('rememberPlacement', () => {
  it('saves the window on the display it overlaps most, with that display\'s id, label, bounds and scale', () => {
    const bounds = { x: -700, y: 100, width: 1000, height: 600 };
    expect(rememberPlacement(displays, bounds, 'always-on-top')).toEqual({
      displayId: 2,
      displayLabel: 'Left',
      displayBounds: left.bounds,
      scaleFactor: 2,
      bounds,
      mode: 'always-on-top',
    });
    expect(rememberPlacement(displays, { ...bounds, x: -300 }, 'windowed').displayId).toBe(1);
  });

  it('saves a fullscreen projector on the display it fills', () => {
    expect(rememberPlacement(displays, { ...left.bounds }, 'fullscreen')).toMatchObject({ displayId: 2, mode: 'fullscreen', bounds: left.bounds });
  });

  it('saves a window that is fully off-screen on the nearest display', () => {
    expect(rememberPlacement(displays, { x: -5000, y: 0, width: 400, height: 300 }, 'windowed').displayId).toBe(2);
    expect(rememberPlacement(displays, { x: 2500, y: 2000, width: 400, height: 300 }, 'windowed').displayId).toBe(1);
  });

  it('copies what it saves, so later changes to the inputs do not leak in', () => {
    const bounds = { x: 10, y: 10, width: 400, height: 300 };
    const saved = rememberPlacement(displays, bounds, 'windowed');
    bounds.x = 999;
    expect(saved.bounds.x).toBe(10);
    expect(saved.displayBounds).not.toBe(primary.bounds);
  });

  it('refuses when there is no display', () => {
    expect(() => rememberPlacement([], { x: 0, y: 0, width: 1, height: 1 }, 'windowed')).toThrow(RangeError);
  });
});
