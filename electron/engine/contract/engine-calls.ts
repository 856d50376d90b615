import type { RtcEngineMethod } from './rtc-engine';

/**
 * The engine methods the broker may call across the contract: the room, capture, audio mix, encoder, view,
 * device, pre-flight test, music and screen-share calls. Render callbacks, the music observer, remote views and `destroy` stay with the engine side, which
 * owns them (it pulls only the streams some viewer shows). `getScreenCaptureSources` is answered with a
 * `screen-sources` report before its answer: its thumbnails do not travel as an answer value.
 */
export const ENGINE_CALL_METHODS = [
  'enterRoom',
  'exitRoom',
  'switchRole',
  'connectOtherRoom',
  'disconnectOtherRoom',
  'startLocalPreview',
  'stopLocalPreview',
  'startLocalAudio',
  'stopLocalAudio',
  'muteLocalVideo',
  'muteLocalAudio',
  'setVideoEncoderParam',
  'setBeautyStyle',
  'setLocalViewFillMode',
  'setRemoteViewFillMode',
  'setLocalRenderParams',
  'setVideoEncoderMirror',
  'muteRemoteAudio',
  'enableAudioVolumeEvaluation',
  'setAudioCaptureVolume',
  'setAudioPlayoutVolume',
  'setRemoteAudioVolume',
  'setCurrentMicDeviceVolume',
  'setCurrentMicDeviceMute',
  'setCurrentSpeakerVolume',
  'setCurrentSpeakerDeviceMute',
  'enableVoiceEarMonitor',
  'setVoiceReverbType',
  'setVoiceChangerType',
  'startPlayMusic',
  'stopPlayMusic',
  'pausePlayMusic',
  'resumePlayMusic',
  'seekMusicToPosInTime',
  'setMusicPublishVolume',
  'setMusicPlayoutVolume',
  'setMusicPitch',
  'startSpeedTest',
  'stopSpeedTest',
  'startMicDeviceTest',
  'stopMicDeviceTest',
  'startSpeakerDeviceTest',
  'stopSpeakerDeviceTest',
  'startCameraDeviceTest',
  'stopCameraDeviceTest',
  'enableSmallVideoStream',
  'setCurrentCameraDevice',
  'setCurrentMicDevice',
  'setCurrentSpeakerDevice',
  'startPublishMediaStream',
  'updatePublishMediaStream',
  'stopPublishMediaStream',
  'getScreenCaptureSources',
  'selectScreenCaptureTarget',
  'startScreenCapture',
  'pauseScreenCapture',
  'resumeScreenCapture',
  'stopScreenCapture',
  'setSubStreamEncoderParam',
  'addExcludedShareWindow',
  'removeExcludedShareWindow',
] as const satisfies readonly RtcEngineMethod[];

/** A method the broker may call on any engine. */
export type EngineCallMethod = (typeof ENGINE_CALL_METHODS)[number];

/** How a sandbox engine can be made to fail on purpose, to rehearse recovery. */
export const ENGINE_CRASH_MODES = ['exit', 'throw', 'hang'] as const;

/** `exit`: the engine's thread or process ends; `throw`: an uncaught exception; `hang`: it stops answering. */
export type EngineCrashMode = (typeof ENGINE_CRASH_MODES)[number];

/** The sandbox admin calls with their argument lists; a sandbox engine accepts them, any other refuses. */
export interface SandboxCallArgs {
  'sandbox.removeUser': [roomId: number | string, userId: string];
  'sandbox.dismissRoom': [roomId: number | string];
  'sandbox.dropConnection': [userId: string, ms: number];
  'sandbox.shareScreen': [userId: string, sourceId: string | null];
  'sandbox.timeoutNextEnter': [];
  'sandbox.timeoutNextConnectOtherRoom': [];
  /** Makes a CDN host unreachable (every host when none is given): its pushes recover, then fail after 60 s. */
  'sandbox.cdnUnreachable': [host?: string];
  /** Makes a CDN host reachable again (every host when none is given): its pushes go back to pushing. */
  'sandbox.cdnRecover': [host?: string];
  /** Crashes the engine after answering, so recovery can be rehearsed end to end. */
  'sandbox.crashEngine': [mode: EngineCrashMode];
  /** Makes the access network weak (true) or healthy (false): speed tests measure it. */
  'sandbox.weakNetwork': [weak: boolean];
  /** Pulls a camera, mic or speaker out of the sandbox machine: onDeviceChange(Remove). */
  'sandbox.unplugDevice': [deviceId: string];
  /** Plugs a device back in: onDeviceChange(Add). */
  'sandbox.plugDevice': [deviceId: string];
}

/** The sandbox admin call names, as a runtime allow-list. */
export const SANDBOX_CALL_METHODS = [
  'sandbox.removeUser',
  'sandbox.dismissRoom',
  'sandbox.dropConnection',
  'sandbox.shareScreen',
  'sandbox.timeoutNextEnter',
  'sandbox.timeoutNextConnectOtherRoom',
  'sandbox.cdnUnreachable',
  'sandbox.cdnRecover',
  'sandbox.crashEngine',
  'sandbox.weakNetwork',
  'sandbox.unplugDevice',
  'sandbox.plugDevice',
] as const satisfies readonly (keyof SandboxCallArgs)[];

/** A sandbox admin call name. */
export type SandboxCallMethod = (typeof SANDBOX_CALL_METHODS)[number];

/** Any method a call message may name. */
export type ContractMethod = EngineCallMethod | SandboxCallMethod;

/** True for a name on either allow-list. */
export function isContractMethod(name: string): name is ContractMethod {
  return (ENGINE_CALL_METHODS as readonly string[]).includes(name) || isSandboxCallMethod(name);
}

/** True for a sandbox admin call name. */
export function isSandboxCallMethod(name: string): name is SandboxCallMethod {
  return (SANDBOX_CALL_METHODS as readonly string[]).includes(name);
}

/** One engine call as data: what a planner returns and what travels in a `call` message. */
export type EngineCall =
  | { [M in EngineCallMethod]: { method: M; args: Parameters<import('./rtc-engine').RtcEngine[M]> } }[EngineCallMethod]
  | { [M in SandboxCallMethod]: { method: M; args: SandboxCallArgs[M] } }[SandboxCallMethod];
