import { TRTCBeautyStyle } from 'trtc-electron-sdk/liteav/trtc_define';
import { beautyEffect, normalizeBeauty, NO_BEAUTY, sameBeauty } from './beauty-filter';

const { TRTCBeautyStyleSmooth: SMOOTH, TRTCBeautyStyleNature: NATURE } = TRTCBeautyStyle;

describe('beauty filter', () => {
  it('does nothing at level 0, whatever the style', () => {
    for (const style of [SMOOTH, NATURE]) {
      expect(beautyEffect({ style, beauty: 0, white: 0, ruddiness: 0 })).toEqual({ textureScale: 1, lumaLift: 0, uShift: -0, vShift: 0 });
    }
  });

  it('acts in proportion to each level', () => {
    const at = (level: number) => beautyEffect({ style: SMOOTH, beauty: level, white: level, ruddiness: level });
    const one = at(1);
    const nine = at(9);
    expect(1 - nine.textureScale).toBeCloseTo(9 * (1 - one.textureScale), 10);
    expect(nine.lumaLift).toBeCloseTo(9 * one.lumaLift, 10);
    expect(nine.vShift).toBeCloseTo(9 * one.vShift, 10);
    expect(one.lumaLift).toBeGreaterThan(0);
    expect(one.vShift).toBeGreaterThan(0);
    expect(one.uShift).toBeLessThan(0);
  });

  it('smooths harder in the smooth style than in the nature style', () => {
    for (const beauty of [3, 6, 9]) {
      const smooth = beautyEffect({ ...NO_BEAUTY, style: SMOOTH, beauty });
      const nature = beautyEffect({ ...NO_BEAUTY, style: NATURE, beauty });
      expect(smooth.textureScale).toBeLessThan(nature.textureScale);
      expect(nature.textureScale).toBeLessThan(1);
    }
  });

  it('clamps levels to 0-9 and non-numbers to 0', () => {
    expect(normalizeBeauty({ style: NATURE, beauty: 12, white: -3, ruddiness: Number.NaN })).toEqual({ style: NATURE, beauty: 9, white: 0, ruddiness: 0 });
    expect(normalizeBeauty({ style: 7 as TRTCBeautyStyle, beauty: 1, white: 2, ruddiness: 3 }).style).toBe(SMOOTH);
  });

  it('compares levels field by field', () => {
    expect(sameBeauty({ ...NO_BEAUTY }, NO_BEAUTY)).toBe(true);
    expect(sameBeauty({ ...NO_BEAUTY, white: 1 }, NO_BEAUTY)).toBe(false);
    expect(sameBeauty({ ...NO_BEAUTY, style: NATURE }, NO_BEAUTY)).toBe(false);
  });
});
