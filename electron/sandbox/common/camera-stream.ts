import type { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

/** The camera streams a client encodes. */
export type CameraStream = TRTCVideoStreamType.TRTCVideoStreamTypeBig | TRTCVideoStreamType.TRTCVideoStreamTypeSmall;
