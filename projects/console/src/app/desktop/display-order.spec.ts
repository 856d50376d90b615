import type { DisplaySummary } from '@broadcast-core/desktop';

import { displayResolution, orderDisplays } from './display-order';

const display = (id: number, x: number, y: number, primary = false): DisplaySummary => ({
  id,
  label: `D${id}`,
  primary,
  bounds: { x, y, width: 1920, height: 1080 },
  scaleFactor: 1,
});

describe('orderDisplays', () => {
  it('puts the primary first, then the others left to right, then top to bottom', () => {
    const ordered = orderDisplays([display(4, 1920, 0), display(3, -1920, 0), display(9, 0, 0, true), display(5, 1920, -1080)]);
    expect(ordered.map((d) => d.id)).toEqual([9, 3, 5, 4]);
  });

  it('leaves the list it was given as it was', () => {
    const given = [display(2, 1920, 0), display(1, 0, 0, true)];
    orderDisplays(given);
    expect(given.map((d) => d.id)).toEqual([2, 1]);
  });
});

describe('displayResolution', () => {
  it('gives device pixels, as the monitor is sold', () => {
    expect(displayResolution({ ...display(1, 0, 0), bounds: { x: 0, y: 0, width: 1512, height: 982 }, scaleFactor: 2 })).toEqual({ width: 3024, height: 1964 });
    expect(displayResolution({ ...display(1, 0, 0), scaleFactor: 1.25 })).toEqual({ width: 2400, height: 1350 });
  });
});
