import { TRTCAppScene, TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { enumValues } from '@broadcast-core/bridge';

/** The aspect ratios TRTCVideoResolution comes in, widest first. */
export const ASPECTS = ['16:9', '4:3', '1:1'] as const;

/** One of the SDK's aspect ratios. */
export type Aspect = (typeof ASPECTS)[number];

/** A TRTCVideoResolution value with its landscape size, as its enum name spells it. */
export interface Resolution {
  value: TRTCVideoResolution;
  width: number;
  height: number;
  aspect: Aspect;
  /** "1280×720". */
  label: string;
}

/** Recommended bitrates in kbps, from the SDK's notes on each TRTCVideoResolution (trtc_define). */
const RECOMMENDED_KBPS: Record<TRTCVideoResolution, { call: number; live: number }> = {
  [TRTCVideoResolution.TRTCVideoResolution_120_120]: { call: 80, live: 120 },
  [TRTCVideoResolution.TRTCVideoResolution_160_160]: { call: 100, live: 150 },
  [TRTCVideoResolution.TRTCVideoResolution_270_270]: { call: 200, live: 300 },
  [TRTCVideoResolution.TRTCVideoResolution_480_480]: { call: 350, live: 500 },
  [TRTCVideoResolution.TRTCVideoResolution_160_120]: { call: 100, live: 150 },
  [TRTCVideoResolution.TRTCVideoResolution_240_180]: { call: 150, live: 250 },
  [TRTCVideoResolution.TRTCVideoResolution_280_210]: { call: 200, live: 300 },
  [TRTCVideoResolution.TRTCVideoResolution_320_240]: { call: 250, live: 375 },
  [TRTCVideoResolution.TRTCVideoResolution_400_300]: { call: 300, live: 450 },
  [TRTCVideoResolution.TRTCVideoResolution_480_360]: { call: 400, live: 600 },
  [TRTCVideoResolution.TRTCVideoResolution_640_480]: { call: 600, live: 900 },
  [TRTCVideoResolution.TRTCVideoResolution_960_720]: { call: 1000, live: 1500 },
  [TRTCVideoResolution.TRTCVideoResolution_160_90]: { call: 150, live: 250 },
  [TRTCVideoResolution.TRTCVideoResolution_256_144]: { call: 200, live: 300 },
  [TRTCVideoResolution.TRTCVideoResolution_320_180]: { call: 250, live: 400 },
  [TRTCVideoResolution.TRTCVideoResolution_480_270]: { call: 350, live: 550 },
  [TRTCVideoResolution.TRTCVideoResolution_640_360]: { call: 500, live: 900 },
  [TRTCVideoResolution.TRTCVideoResolution_960_540]: { call: 850, live: 1300 },
  [TRTCVideoResolution.TRTCVideoResolution_1280_720]: { call: 1200, live: 1800 },
  [TRTCVideoResolution.TRTCVideoResolution_1920_1080]: { call: 2000, live: 3000 },
  [TRTCVideoResolution.TRTCVideoResolution_2560_1440]: { call: 4000, live: 6000 },
};

function aspectOf(width: number, height: number): Aspect {
  if (width === height) return '1:1';
  return width * 3 === height * 4 ? '4:3' : '16:9';
}

/** Reads the size out of an enum name such as 'TRTCVideoResolution_1280_720'. */
export function parseResolutionName(name: string): { width: number; height: number } | null {
  const match = /_(\d+)_(\d+)$/.exec(name);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}

/** Every TRTCVideoResolution the SDK defines, smallest first. */
export const RESOLUTIONS: readonly Resolution[] = enumValues(TRTCVideoResolution)
  .map((value): Resolution => {
    const size = parseResolutionName(TRTCVideoResolution[value]);
    if (!size) throw new Error(`TRTCVideoResolution ${value} has no size in its name`);
    return { value, ...size, aspect: aspectOf(size.width, size.height), label: `${size.width}×${size.height}` };
  })
  .sort((a, b) => a.width * a.height - b.width * b.height);

/** The resolutions by aspect ratio, in ASPECTS order, each smallest first. */
export const RESOLUTION_GROUPS: readonly { aspect: Aspect; resolutions: readonly Resolution[] }[] = ASPECTS.map((aspect) => ({
  aspect,
  resolutions: RESOLUTIONS.filter((r) => r.aspect === aspect),
}));

/** A resolution by its enum value. */
export function findResolution(value: TRTCVideoResolution): Resolution | undefined {
  return RESOLUTIONS.find((r) => r.value === value);
}

/** The size the encoder puts out: portrait mode swaps width and height. */
export function encodedSize(value: TRTCVideoResolution, mode: TRTCVideoResolutionMode): { width: number; height: number } | null {
  const r = findResolution(value);
  if (!r) return null;
  return mode === TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait ? { width: r.height, height: r.width } : { width: r.width, height: r.height };
}

/** The bitrate the SDK recommends for a resolution: calls need less than live streams. */
export function recommendedKbps(value: TRTCVideoResolution, scene: TRTCAppScene | null): number | null {
  const kbps = RECOMMENDED_KBPS[value] as { call: number; live: number } | undefined;
  if (!kbps) return null;
  const isCall = scene === TRTCAppScene.TRTCAppSceneVideoCall || scene === TRTCAppScene.TRTCAppSceneAudioCall;
  return isCall ? kbps.call : kbps.live;
}
