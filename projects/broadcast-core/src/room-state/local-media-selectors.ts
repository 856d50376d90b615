import { createSelector } from '@ngrx/store';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { localMediaFeature } from './local-media';

/** How a view draws a picture: cover the view (fill), or show all of it (fit). */
export type ViewFill = 'fill' | 'fit';

/** The view fill for an SDK fill mode (TRTCVideoFillMode_Fit shows all of the picture; anything else covers the view). */
export function viewFill(mode: TRTCVideoFillMode): ViewFill {
  return mode === TRTCVideoFillMode.TRTCVideoFillMode_Fit ? 'fit' : 'fill';
}

/** How the local camera's views draw it, as the host chose with setLocalViewFillMode. */
export const selectLocalViewFill = createSelector(localMediaFeature.selectFillMode, viewFill);

/** The local camera as windows show it: not started, started but muted, or sending. */
export type CameraState = 'off' | 'muted' | 'on';

/** The local camera's state: off until the preview starts, muted while muteLocalVideo holds it. */
export const selectCameraState = createSelector(localMediaFeature.selectPreviewStarted, localMediaFeature.selectVideoMuted, (started, muted): CameraState =>
  !started ? 'off' : muted ? 'muted' : 'on',
);

/** The local mic as windows show it: not started, started but muted, or live. */
export type MicState = 'off' | 'muted' | 'live';

/** The local mic's state: off until audio starts, muted while muteLocalAudio holds it. */
export const selectMicState = createSelector(localMediaFeature.selectAudioStarted, localMediaFeature.selectAudioMuted, (started, muted): MicState =>
  !started ? 'off' : muted ? 'muted' : 'live',
);
