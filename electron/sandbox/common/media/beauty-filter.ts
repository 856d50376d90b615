import { TRTCBeautyStyle } from 'trtc-electron-sdk/liteav/trtc_define';

/** Beauty settings as TRTC's setBeautyStyle takes them: a style and three levels from 0 (off) to 9. */
export interface BeautyLevels {
  style: TRTCBeautyStyle;
  beauty: number;
  white: number;
  ruddiness: number;
}

/** What the filter does to the skin, derived from the levels. */
export interface BeautyEffect {
  /** Share of the skin's texture (noise amplitude) that survives smoothing: 1 = untouched. */
  textureScale: number;
  /** Added to luma (whitening). */
  lumaLift: number;
  /** Added to U (ruddiness lowers it: red has less blue difference). */
  uShift: number;
  /** Added to V (ruddiness raises it: towards red). */
  vShift: number;
}

/** Every level off. */
export const NO_BEAUTY: Readonly<BeautyLevels> = { style: TRTCBeautyStyle.TRTCBeautyStyleSmooth, beauty: 0, white: 0, ruddiness: 0 };

/** The highest level TRTC accepts. */
export const MAX_LEVEL = 9;

// Share of texture removed at level 9: the smooth style smooths harder than nature, as in TRTC.
const SMOOTHING_AT_MAX: Record<TRTCBeautyStyle, number> = {
  [TRTCBeautyStyle.TRTCBeautyStyleSmooth]: 0.9,
  [TRTCBeautyStyle.TRTCBeautyStyleNature]: 0.6,
};
// Per level, in 8-bit code values; at level 9 the skin stays inside the video range (luma <= 235).
const LUMA_LIFT_PER_LEVEL = 4;
const V_SHIFT_PER_LEVEL = 2.5;
const U_SHIFT_PER_LEVEL = -1;

/** Clamps levels into 0-9 (non-numbers become 0) and unknown styles to smooth, as the SDK would accept them. */
export function normalizeBeauty(levels: BeautyLevels): BeautyLevels {
  const style = levels.style === TRTCBeautyStyle.TRTCBeautyStyleNature ? TRTCBeautyStyle.TRTCBeautyStyleNature : TRTCBeautyStyle.TRTCBeautyStyleSmooth;
  return { style, beauty: clampLevel(levels.beauty), white: clampLevel(levels.white), ruddiness: clampLevel(levels.ruddiness) };
}

/** The effect of (normalized) levels: each part linear in its level, and none at all at level 0. */
export function beautyEffect(levels: BeautyLevels): BeautyEffect {
  return {
    textureScale: 1 - (levels.beauty / MAX_LEVEL) * SMOOTHING_AT_MAX[levels.style],
    lumaLift: levels.white * LUMA_LIFT_PER_LEVEL,
    uShift: levels.ruddiness * U_SHIFT_PER_LEVEL,
    vShift: levels.ruddiness * V_SHIFT_PER_LEVEL,
  };
}

/** Whether two sets of levels look the same. */
export function sameBeauty(a: BeautyLevels, b: BeautyLevels): boolean {
  return a.style === b.style && a.beauty === b.beauty && a.white === b.white && a.ruddiness === b.ruddiness;
}

function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(MAX_LEVEL, Math.max(0, level)) : 0;
}
