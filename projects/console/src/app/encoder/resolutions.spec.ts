import { TRTCAppScene, TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { encoderParamsSchema, enumValues } from '@broadcast-core/bridge';
import { DEFAULT_ENCODER } from '@broadcast-core/room-state';

import { RESOLUTIONS, RESOLUTION_GROUPS, encodedSize, findResolution, parseResolutionName, recommendedKbps } from './resolutions';

describe('resolutions', () => {
  it('lists exactly the resolutions the encoder rules accept, once each', () => {
    const accepted = enumValues(TRTCVideoResolution).filter(
      (videoResolution) => encoderParamsSchema.safeParse({ ...DEFAULT_ENCODER, videoResolution }).success,
    );
    expect(RESOLUTIONS.map((r) => r.value).sort((a, b) => a - b)).toEqual(accepted.sort((a, b) => a - b));
    expect(RESOLUTIONS).toHaveLength(21);
  });

  it('labels each resolution with the size in its enum name', () => {
    expect(parseResolutionName('TRTCVideoResolution_1280_720')).toEqual({ width: 1280, height: 720 });
    expect(parseResolutionName('TRTCVideoResolutionModeLandscape')).toBeNull();
    expect(findResolution(TRTCVideoResolution.TRTCVideoResolution_1280_720)).toEqual({
      value: TRTCVideoResolution.TRTCVideoResolution_1280_720,
      width: 1280,
      height: 720,
      aspect: '16:9',
      label: '1280×720',
    });
    expect(findResolution(TRTCVideoResolution.TRTCVideoResolution_960_720)?.aspect).toBe('4:3');
    expect(findResolution(TRTCVideoResolution.TRTCVideoResolution_480_480)?.aspect).toBe('1:1');
  });

  it('groups by aspect ratio, widest first, each smallest first', () => {
    expect(RESOLUTION_GROUPS.map((g) => [g.aspect, g.resolutions[0].label, g.resolutions.at(-1)?.label])).toEqual([
      ['16:9', '160×90', '2560×1440'],
      ['4:3', '160×120', '960×720'],
      ['1:1', '120×120', '480×480'],
    ]);
    expect(RESOLUTION_GROUPS.flatMap((g) => g.resolutions)).toHaveLength(RESOLUTIONS.length);
    for (const { resolutions } of RESOLUTION_GROUPS) {
      const areas = resolutions.map((r) => r.width * r.height);
      expect(areas).toEqual([...areas].sort((a, b) => a - b));
    }
  });

  it('swaps width and height in portrait mode', () => {
    const hd = TRTCVideoResolution.TRTCVideoResolution_1280_720;
    expect(encodedSize(hd, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape)).toEqual({ width: 1280, height: 720 });
    expect(encodedSize(hd, TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait)).toEqual({ width: 720, height: 1280 });
    expect(encodedSize(9999 as TRTCVideoResolution, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape)).toBeNull();
  });

  it("recommends the SDK's bitrate for live scenes, and the lower one for calls", () => {
    const hd = TRTCVideoResolution.TRTCVideoResolution_1280_720;
    expect(recommendedKbps(hd, TRTCAppScene.TRTCAppSceneLIVE)).toBe(1800);
    expect(recommendedKbps(hd, TRTCAppScene.TRTCAppSceneVoiceChatRoom)).toBe(1800);
    expect(recommendedKbps(hd, null)).toBe(1800);
    expect(recommendedKbps(hd, TRTCAppScene.TRTCAppSceneVideoCall)).toBe(1200);
    expect(recommendedKbps(TRTCVideoResolution.TRTCVideoResolution_640_360, TRTCAppScene.TRTCAppSceneLIVE)).toBe(900);
    for (const r of RESOLUTIONS) {
      const live = recommendedKbps(r.value, TRTCAppScene.TRTCAppSceneLIVE)!;
      expect(encoderParamsSchema.safeParse({ ...DEFAULT_ENCODER, videoResolution: r.value, videoBitrate: live }).success).toBe(true);
      expect(recommendedKbps(r.value, TRTCAppScene.TRTCAppSceneAudioCall)).toBeLessThan(live);
    }
  });
});
