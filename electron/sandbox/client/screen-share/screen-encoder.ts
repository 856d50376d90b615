import { TRTCVideoEncParam, TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

/**
 * The sub stream's encoder until setSubStreamEncoderParam or startScreenCapture gives one: the screen-share
 * settings of trtc.d.ts's startScreenCapture example, 1280x720 landscape, 15 fps, 1600 kbps, adaptive resolution.
 */
export function defaultScreenEncoderParam(): TRTCVideoEncParam {
  return new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_1280_720, TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape, 15, 1600, 0, true);
}
