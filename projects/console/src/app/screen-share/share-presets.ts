import { TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { DEFAULT_SUB_STREAM_ENCODER, type EncoderParams } from '@broadcast-core/room-state';

/** A named sub-stream encoder setting the share panel offers. */
export interface SharePreset {
  id: 'sdk-example' | 'low-bandwidth';
  encoder: EncoderParams;
}

/**
 * Sub-stream presets. The reference guides give no screen-share figures, so: the SDK's own screen-share
 * example (trtc.d.ts, startScreenCapture: 1280x720, 15 fps, 1600 kbps), and for a weak uplink the guides'
 * 640x360 camera bitrate (600 kbps) at the same 15 fps.
 */
export const SHARE_PRESETS: readonly SharePreset[] = [
  { id: 'sdk-example', encoder: DEFAULT_SUB_STREAM_ENCODER },
  {
    id: 'low-bandwidth',
    encoder: {
      videoResolution: TRTCVideoResolution.TRTCVideoResolution_640_360,
      resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape,
      videoFps: 15,
      videoBitrate: 600,
      minVideoBitrate: 0,
      enableAdjustRes: true,
    },
  },
];

/** The preset an encoder setting is, if it is one. */
export function presetOf(encoder: EncoderParams): SharePreset | undefined {
  return SHARE_PRESETS.find((p) => JSON.stringify(p.encoder) === JSON.stringify(encoder));
}
