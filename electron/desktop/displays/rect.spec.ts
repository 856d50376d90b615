import { centerIn, clampInto, containsPoint, containsRect, distanceSquaredToRect, fitSize, intersectionArea, isUsableRect, rectCenter, sameRect, wholePixelsOf } from './rect';

const area = { x: -1920, y: -200, width: 1920, height: 1080 };

describe('rect math', () => {
  it('measures the area two rects share, 0 when apart or only touching', () => {
    expect(intersectionArea(area, { x: -100, y: 0, width: 200, height: 100 })).toBe(100 * 100);
    expect(intersectionArea(area, { x: 0, y: 0, width: 10, height: 10 })).toBe(0);
    expect(intersectionArea(area, { x: 5000, y: 0, width: 10, height: 10 })).toBe(0);
  });

  it('tells containment of rects (edges may touch) and of points (right and bottom edges excluded)', () => {
    expect(containsRect(area, area)).toBe(true);
    expect(containsRect(area, { x: -1920, y: -200, width: 1921, height: 10 })).toBe(false);
    expect(containsPoint(area, { x: -1920, y: -200 })).toBe(true);
    expect(containsPoint(area, { x: 0, y: 0 })).toBe(false);
  });

  it('finds centers, equal rects and distances', () => {
    expect(rectCenter(area)).toEqual({ x: -960, y: 340 });
    expect(sameRect(area, { ...area })).toBe(true);
    expect(sameRect(area, { ...area, width: 1 })).toBe(false);
    expect(distanceSquaredToRect(area, { x: -5, y: 0 })).toBe(0);
    expect(distanceSquaredToRect(area, { x: 3, y: -204 })).toBe(9 + 16);
  });

  it('calls a rect usable only with finite numbers and positive sides', () => {
    expect(isUsableRect(area)).toBe(true);
    expect(isUsableRect(undefined)).toBe(false);
    expect(isUsableRect({ ...area, width: 0 })).toBe(false);
    expect(isUsableRect({ ...area, x: Number.NaN })).toBe(false);
    expect(isUsableRect({ ...area, height: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('fits sizes in whole pixels, never below 1, and lets a non-finite size take the room', () => {
    expect(fitSize({ width: 800.4, height: 5000 }, { width: 1920, height: 1080 })).toEqual({ width: 800, height: 1080 });
    expect(fitSize({ width: -5, height: Number.NaN }, { width: 1920, height: 1080 })).toEqual({ width: 1, height: 1080 });
  });

  it('centers a size in an area, shrinking it to fit', () => {
    expect(centerIn({ width: 1280, height: 720 }, area)).toEqual({ x: -1920 + 320, y: -200 + 180, width: 1280, height: 720 });
    expect(centerIn({ width: 4000, height: 720 }, area)).toEqual({ x: -1920, y: -20, width: 1920, height: 720 });
  });

  it('clamps a rect into an area by the least move, shrinking it first when larger', () => {
    expect(clampInto({ x: -2000, y: 800, width: 400, height: 300 }, area)).toEqual({ x: -1920, y: 580, width: 400, height: 300 });
    expect(clampInto({ x: -32000, y: -32000, width: 400, height: 300 }, area)).toEqual({ x: -1920, y: -200, width: 400, height: 300 });
    expect(clampInto({ x: 100, y: 100, width: 5000, height: 5000 }, area)).toEqual(area);
    expect(clampInto({ x: Number.NaN, y: Number.POSITIVE_INFINITY, width: 400, height: 300 }, area)).toEqual({ x: -1920, y: 580, width: 400, height: 300 });
  });

  it('keeps whole pixels inside an area whose edges are fractional', () => {
    const fractional = { x: 0.5, y: 0.25, width: 100, height: 50 };
    expect(wholePixelsOf(fractional)).toEqual({ x: 1, y: 1, width: 99, height: 49 });
    const clamped = clampInto({ x: 0, y: 0, width: 200, height: 200 }, fractional);
    expect(clamped).toEqual({ x: 1, y: 1, width: 99, height: 49 });
    expect(containsRect(fractional, clamped)).toBe(true);
    // Thinner than one whole pixel: kept as it is rather than made empty.
    expect(wholePixelsOf({ x: 0.2, y: 0, width: 0.5, height: 10 })).toEqual({ x: 0.2, y: 0, width: 0.5, height: 10 });
  });
});
