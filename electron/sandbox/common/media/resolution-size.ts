import { TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

/** Landscape width and height of every TRTC resolution (a Record, so a new enum value fails to compile here). */
const LANDSCAPE: Record<TRTCVideoResolution, readonly [number, number]> = {
  [TRTCVideoResolution.TRTCVideoResolution_120_120]: [120, 120],
  [TRTCVideoResolution.TRTCVideoResolution_160_160]: [160, 160],
  [TRTCVideoResolution.TRTCVideoResolution_270_270]: [270, 270],
  [TRTCVideoResolution.TRTCVideoResolution_480_480]: [480, 480],
  [TRTCVideoResolution.TRTCVideoResolution_160_120]: [160, 120],
  [TRTCVideoResolution.TRTCVideoResolution_240_180]: [240, 180],
  [TRTCVideoResolution.TRTCVideoResolution_280_210]: [280, 210],
  [TRTCVideoResolution.TRTCVideoResolution_320_240]: [320, 240],
  [TRTCVideoResolution.TRTCVideoResolution_400_300]: [400, 300],
  [TRTCVideoResolution.TRTCVideoResolution_480_360]: [480, 360],
  [TRTCVideoResolution.TRTCVideoResolution_640_480]: [640, 480],
  [TRTCVideoResolution.TRTCVideoResolution_960_720]: [960, 720],
  [TRTCVideoResolution.TRTCVideoResolution_160_90]: [160, 90],
  [TRTCVideoResolution.TRTCVideoResolution_256_144]: [256, 144],
  [TRTCVideoResolution.TRTCVideoResolution_320_180]: [320, 180],
  [TRTCVideoResolution.TRTCVideoResolution_480_270]: [480, 270],
  [TRTCVideoResolution.TRTCVideoResolution_640_360]: [640, 360],
  [TRTCVideoResolution.TRTCVideoResolution_960_540]: [960, 540],
  [TRTCVideoResolution.TRTCVideoResolution_1280_720]: [1280, 720],
  [TRTCVideoResolution.TRTCVideoResolution_1920_1080]: [1920, 1080],
  [TRTCVideoResolution.TRTCVideoResolution_2560_1440]: [2560, 1440],
};

/**
 * The picture size of a TRTC resolution in an orientation. TRTC names landscape sizes only;
 * portrait mode swaps them so that height > width. Throws a RangeError for a value outside the enum.
 */
export function resolutionSize(resolution: TRTCVideoResolution, mode: TRTCVideoResolutionMode): { width: number; height: number } {
  const size = Object.prototype.hasOwnProperty.call(LANDSCAPE, resolution) ? LANDSCAPE[resolution] : undefined;
  if (!size) throw new RangeError(`unknown TRTCVideoResolution ${resolution}`);
  const [long, short] = size;
  return mode === TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait ? { width: short, height: long } : { width: long, height: short };
}
