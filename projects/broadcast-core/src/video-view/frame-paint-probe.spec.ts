import { TestBed } from '@angular/core/testing';

import { FRAME_PAINT_PROBE, FRAME_PAINT_PROBE_GLOBAL, type FramePaintProbe } from './frame-paint-probe';

describe('FRAME_PAINT_PROBE', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>)[FRAME_PAINT_PROBE_GLOBAL]);

  it('is null in a page that set no probe', () => {
    expect(TestBed.inject(FRAME_PAINT_PROBE)).toBeNull();
  });

  it("is the page's bcFramePaintProbe when one was set before the app started", () => {
    const probe: FramePaintProbe = { drawn: jest.fn() };
    (globalThis as Record<string, unknown>)[FRAME_PAINT_PROBE_GLOBAL] = probe;
    expect(FRAME_PAINT_PROBE_GLOBAL).toBe('bcFramePaintProbe');
    expect(TestBed.inject(FRAME_PAINT_PROBE)).toBe(probe);
  });
});
