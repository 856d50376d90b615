import { TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';
import { frameLayout, type Rect } from './frame-layout';
import { resolutionSize } from './resolution-size';
import { textWidth } from './text-painter';
import { CLOCK_LENGTH } from './clock-text';

const SIZES = Object.values(TRTCVideoResolution)
  .filter((value): value is TRTCVideoResolution => typeof value === 'number')
  .flatMap((resolution) => [TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait].map((mode) => resolutionSize(resolution, mode)));

function inside(rect: Rect, width: number, height: number): boolean {
  return rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= width && rect.y + rect.height <= height;
}

describe('frameLayout', () => {
  it('stacks name plate, skin and clock plate without overlap, inside every TRTC size and orientation', () => {
    for (const { width, height } of SIZES) {
      for (const labelLength of [1, 8, 32]) {
        const layout = frameLayout(width, height, labelLength);
        const where = `${width}x${height} label ${labelLength}`;
        expect({ where, inside: inside(layout.labelPlate, width, height) && inside(layout.clockPlate, width, height) }).toEqual({ where, inside: true });
        const { cx, cy, rx, ry } = layout.skin;
        expect({ where, ok: rx > 0 && ry > 0 && cx - rx >= 0 && cx + rx <= width }).toEqual({ where, ok: true });
        expect(layout.labelPlate.y + layout.labelPlate.height).toBeLessThanOrEqual(cy - ry);
        expect(cy + ry).toBeLessThanOrEqual(layout.clockPlate.y);
        expect(layout.clock.x + textWidth(CLOCK_LENGTH, layout.clock.scale)).toBeLessThanOrEqual(width);
        expect(Math.min(layout.label.scale, layout.clock.scale)).toBeGreaterThanOrEqual(1);
        expect(layout.label.x).toBeGreaterThanOrEqual(0);
        expect(layout.barWidth % 2).toBe(0);
      }
    }
  });

  it('scales text with the resolution', () => {
    const small = frameLayout(640, 360, 5);
    const large = frameLayout(1920, 1080, 5);
    expect(large.label.scale).toBeGreaterThanOrEqual(3 * small.label.scale);
    expect(large.clock.scale).toBeGreaterThan(small.clock.scale);
    expect(large.label.scale * 7).toBeGreaterThan(1080 * 0.08); // capitals near a tenth of the height: legible
  });

  it('shrinks a long label to fit the width', () => {
    const short = frameLayout(1280, 720, 5);
    const long = frameLayout(1280, 720, 30);
    expect(long.label.scale).toBeLessThan(short.label.scale);
    expect(long.label.x + textWidth(30, long.label.scale)).toBeLessThanOrEqual(1280);
  });
});
