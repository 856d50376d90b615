import type TRTCCloud from 'trtc-electron-sdk';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

/**
 * The TRTCCloud methods the console calls. Both the real SDK and the sandbox
 * satisfy this type, so the compiler holds them to the same names, argument
 * order and types as `trtc-electron-sdk/liteav/trtc.d.ts`.
 */
export type RtcEngineMethod =
  | 'enterRoom'
  | 'exitRoom'
  | 'switchRole'
  | 'connectOtherRoom'
  | 'disconnectOtherRoom'
  | 'startLocalPreview'
  | 'stopLocalPreview'
  | 'startLocalAudio'
  | 'stopLocalAudio'
  | 'muteLocalVideo'
  | 'muteLocalAudio'
  | 'setVideoEncoderParam'
  | 'setBeautyStyle'
  | 'setLocalViewFillMode'
  | 'setRemoteViewFillMode'
  | 'setLocalRenderParams'
  | 'setVideoEncoderMirror'
  | 'startRemoteView'
  | 'stopRemoteView'
  | 'muteRemoteAudio'
  | 'enableAudioVolumeEvaluation'
  | 'setAudioCaptureVolume'
  | 'setAudioPlayoutVolume'
  | 'setRemoteAudioVolume'
  | 'setCurrentMicDeviceVolume'
  | 'setCurrentMicDeviceMute'
  | 'setCurrentSpeakerVolume'
  | 'setCurrentSpeakerDeviceMute'
  | 'enableVoiceEarMonitor'
  | 'setVoiceReverbType'
  | 'setVoiceChangerType'
  | 'setMusicObserver'
  | 'startPlayMusic'
  | 'stopPlayMusic'
  | 'pausePlayMusic'
  | 'resumePlayMusic'
  | 'seekMusicToPosInTime'
  | 'setMusicPublishVolume'
  | 'setMusicPlayoutVolume'
  | 'setMusicPitch'
  | 'startSpeedTest'
  | 'stopSpeedTest'
  | 'startMicDeviceTest'
  | 'stopMicDeviceTest'
  | 'startSpeakerDeviceTest'
  | 'stopSpeakerDeviceTest'
  | 'startCameraDeviceTest'
  | 'stopCameraDeviceTest'
  | 'enableSmallVideoStream'
  | 'setLocalVideoRenderCallback'
  | 'setRemoteVideoRenderCallback'
  | 'getCameraDevicesList'
  | 'getMicDevicesList'
  | 'getSpeakerDevicesList'
  | 'getCurrentCameraDevice'
  | 'getCurrentMicDevice'
  | 'getCurrentSpeakerDevice'
  | 'setCurrentCameraDevice'
  | 'setCurrentMicDevice'
  | 'setCurrentSpeakerDevice'
  | 'startPublishMediaStream'
  | 'updatePublishMediaStream'
  | 'stopPublishMediaStream'
  | 'getScreenCaptureSources'
  | 'selectScreenCaptureTarget'
  | 'startScreenCapture'
  | 'pauseScreenCapture'
  | 'resumeScreenCapture'
  | 'stopScreenCapture'
  | 'setSubStreamEncoderParam'
  | 'addExcludedShareWindow'
  | 'removeExcludedShareWindow'
  | 'getSDKVersion'
  | 'destroy';

/** The TRTCCloud surface the console depends on: the calls above plus event subscription. */
export type RtcEngine = Pick<TRTCCloud, RtcEngineMethod> & {
  // The listener type of Node's EventEmitter, which TRTCCloud inherits; TRTCEventMap gives the real argument types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: string, listener: (...args: any[]) => void): unknown;
};

/**
 * An engine that can hand over a CDN task's mixed picture: the sandbox's `setMixVideoRenderCallback`, frames as
 * a remote render callback's with the taskId as userId. Tencent's SDK has none (the mix exists only in the
 * cloud), so on it the console says so instead of showing a picture.
 */
export interface MixPictureSource {
  setMixVideoRenderCallback(taskId: string, callback: TRTCVideoRenderCallback | null): void;
}

/** Whether an engine can hand over mixed pictures (the sandbox). */
export function hasMixPictures(engine: object): engine is MixPictureSource {
  return typeof (engine as Partial<MixPictureSource>).setMixVideoRenderCallback === 'function';
}
