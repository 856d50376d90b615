import type { Display } from 'electron';

import { fromElectronDisplay } from './display-info';

function electronDisplay(id: number, bounds: Display['bounds'], workArea: Display['workArea']): Display {
  return {
    accelerometerSupport: 'unknown',
    bounds,
    colorDepth: 24,
    colorSpace: 'srgb',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    id,
    internal: false,
    label: `Monitor ${id}`,
    maximumCursorSize: { width: 64, height: 64 },
    monochrome: false,
    nativeOrigin: { x: bounds.x * 2, y: bounds.y * 2 },
    rotation: 0,
    scaleFactor: 2,
    size: { width: bounds.width, height: bounds.height },
    touchSupport: 'unknown',
    workArea,
    workAreaSize: { width: workArea.width, height: workArea.height },
  };
}

describe('fromElectronDisplay', () => {
  it('keeps the fields placement uses, in DIP, negative origins included, and marks the primary', () => {
    const left = electronDisplay(7, { x: -1920, y: -300, width: 1920, height: 1080 }, { x: -1920, y: -275, width: 1920, height: 1055 });
    expect(fromElectronDisplay(left, 1)).toEqual({
      id: 7,
      label: 'Monitor 7',
      bounds: { x: -1920, y: -300, width: 1920, height: 1080 },
      workArea: { x: -1920, y: -275, width: 1920, height: 1055 },
      scaleFactor: 2,
      primary: false,
    });
    expect(fromElectronDisplay(left, 7).primary).toBe(true);
  });

  it('copies the rects, so a later change to Electron\'s object does not leak in', () => {
    const display = electronDisplay(1, { x: 0, y: 0, width: 100, height: 100 }, { x: 0, y: 0, width: 100, height: 90 });
    const info = fromElectronDisplay(display, 1);
    display.bounds.x = 500;
    expect(info.bounds.x).toBe(0);
  });
});
