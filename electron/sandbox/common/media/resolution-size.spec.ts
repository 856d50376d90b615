import { TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';
import { resolutionSize } from './resolution-size';

/** Every enum member as [name, value], read from the SDK at run time rather than from our table. */
const RESOLUTIONS = Object.entries(TRTCVideoResolution).filter((entry): entry is [string, number] => typeof entry[1] === 'number');

describe('resolutionSize', () => {
  it('covers every TRTCVideoResolution with the size its name states, in landscape', () => {
    expect(RESOLUTIONS.length).toBe(21);
    for (const [name, value] of RESOLUTIONS) {
      const [, width, height] = /_(\d+)_(\d+)$/.exec(name)!.map(Number);
      expect({ name, ...resolutionSize(value, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape) }).toEqual({ name, width, height });
    }
  });

  it('swaps to a portrait size (height > width) in portrait mode; squares stay square', () => {
    for (const [, value] of RESOLUTIONS) {
      const landscape = resolutionSize(value, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape);
      const portrait = resolutionSize(value, TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait);
      expect(portrait).toEqual({ width: landscape.height, height: landscape.width });
      if (landscape.width !== landscape.height) expect(portrait.height).toBeGreaterThan(portrait.width);
    }
  });

  it('gives even sizes, as I420 needs', () => {
    for (const [, value] of RESOLUTIONS) {
      const { width, height } = resolutionSize(value, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape);
      expect([width % 2, height % 2]).toEqual([0, 0]);
    }
  });

  it('rejects a value outside the enum', () => {
    expect(() => resolutionSize(999 as TRTCVideoResolution, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape)).toThrow(RangeError);
  });
});
