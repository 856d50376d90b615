import type {
  TRTCDeviceState,
  TRTCDeviceType,
  TRTCQualityInfo,
  TRTCSpeedTestResult,
  TRTCStatistics,
  TRTCVideoStreamType,
  TRTCVolumeInfo,
} from 'trtc-electron-sdk/liteav/trtc_define';

/**
 * One user's entry of a voice report as it crosses the engine boundary: the SDK's TRTCVolumeInfo without its
 * spectrum (the console draws none, and moving 200 Float32Arrays per report across the boundary cost about
 * 100 µs of the broker's thread).
 */
export type VoiceVolume = Pick<TRTCVolumeInfo, 'userId' | 'volume' | 'vad' | 'pitch'>;

/**
 * The TRTCCloud callbacks the console listens to, with their argument lists as
 * the SDK emits them (`liteav/trtc.d.ts`, TRTCCallback), except that voice
 * entries leave their spectrum on the engine side (VoiceVolume). `available`
 * flags are 1/0 numbers, not booleans; a local user appears as userId ''.
 */
export interface TRTCEventMap {
  onError: [errCode: number, errMsg: string, extra?: unknown];
  onWarning: [warningCode: number, warningMsg: string, extra?: unknown];
  /** result > 0: entry took that many ms; result < 0: an error code. */
  onEnterRoom: [result: number];
  /** 0: exitRoom called; 1: removed by the server (RemoveUser); 2: room dismissed (DismissRoom). */
  onExitRoom: [reason: number];
  onSwitchRole: [errCode: number, errMsg: string];
  onConnectOtherRoom: [userId: string, errCode: number, errMsg: string];
  onDisconnectOtherRoom: [errCode: number, errMsg: string];
  onRemoteUserEnterRoom: [userId: string];
  /** reason 0: left; 1: timed out; 2: removed from the room. */
  onRemoteUserLeaveRoom: [userId: string, reason: number];
  onUserVideoAvailable: [userId: string, available: number];
  onUserAudioAvailable: [userId: string, available: number];
  onFirstVideoFrame: [userId: string, streamType: TRTCVideoStreamType, width: number, height: number];
  onSendFirstLocalVideoFrame: [streamType: TRTCVideoStreamType];
  onUserVoiceVolume: [userVolumes: VoiceVolume[], userVolumesCount: number, totalVolume: number];
  onNetworkQuality: [localQuality: TRTCQualityInfo, remoteQuality: TRTCQualityInfo[]];
  onStatistics: [statis: TRTCStatistics];
  onConnectionLost: [];
  onTryToReconnect: [];
  onConnectionRecovery: [];
  onDeviceChange: [deviceId: string, type: TRTCDeviceType, state: TRTCDeviceState];
  /** The microphone device's system volume (0-100) or mute changed; reported while volume evaluation is on. */
  onAudioDeviceCaptureVolumeChanged: [volume: number, muted: boolean];
  /** The speaker device's system volume (0-100) or mute changed; reported while volume evaluation is on. */
  onAudioDevicePlayoutVolumeChanged: [volume: number, muted: boolean];
  /** One access server's speed test figures (startSpeedTest), every 2-3 s. */
  onSpeedTestResult: [result: TRTCSpeedTestResult];
  /** The microphone's level (0-100) during startMicDeviceTest. */
  onTestMicVolume: [volume: number];
  /** The test sound's level (0-100) during startSpeakerDeviceTest. */
  onTestSpeakerVolume: [volume: number];
  /** code 0: started, taskId names the task; else refused (a task already running gives its taskId). */
  onStartPublishMediaStream: [taskId: string, code: number, message: string];
  onUpdatePublishMediaStream: [taskId: string, code: number, message: string];
  onStopPublishMediaStream: [taskId: string, code: number, message: string];
  /** status 0 idle, 1 connecting, 2 pushing, 3 recovering, 4 failed, 5 stopping (trtc.d.ts). */
  onCdnStreamStateChanged: [cdnUrl: string, status: number, code: number, msg: string];
  /** A remote user started (1) or stopped (0) publishing its sub stream (its screen share). */
  onUserSubStreamAvailable: [userId: string, available: number];
  onScreenCaptureStarted: [];
  /** reason 0: paused by pauseScreenCapture; 1-3: the platform paused it (new parameters, minimised or hidden window). */
  onScreenCapturePaused: [reason: number];
  /** reason 0: resumed by resumeScreenCapture; 1-3: the platform resumed it. */
  onScreenCaptureResumed: [reason: number];
  /** reason 0: stopped by stopScreenCapture; 1: the shared window was closed. */
  onScreenCaptureStopped: [reason: number];
  /**
   * The music observer's onStart (setMusicObserver, not the emitter): errCode 0 playing, -4001 the file could not
   * be opened. The engine host sets the observer once and turns its callbacks into these events, in order.
   */
  onMusicStart: [id: number, errCode: number];
  /** The music observer's onPlayProgress: the position and the file's length, in ms. */
  onMusicPlayProgress: [id: number, curPtsMS: number, durationMS: number];
  /** The music observer's onComplete: errCode 0 played to its end, -4002 decoding failed. */
  onMusicComplete: [id: number, errCode: number];
}

/** The music observer's members, by the event each becomes: they reach the console through setMusicObserver, not `on()`. */
export const MUSIC_OBSERVER_EVENTS = {
  onMusicStart: 'onStart',
  onMusicPlayProgress: 'onPlayProgress',
  onMusicComplete: 'onComplete',
} as const satisfies Partial<Record<keyof TRTCEventMap, string>>;

/** An event that comes from the music observer. */
export type MusicObserverEvent = keyof typeof MUSIC_OBSERVER_EVENTS;

/** True for the events the music observer gives rather than the emitter. */
export function isMusicObserverEvent(name: string): name is MusicObserverEvent {
  return Object.prototype.hasOwnProperty.call(MUSIC_OBSERVER_EVENTS, name);
}

/** Every callback name the console listens to, in one list for subscription loops. */
export const TRTC_EVENT_NAMES: readonly (keyof TRTCEventMap)[] = [
  'onError',
  'onWarning',
  'onEnterRoom',
  'onExitRoom',
  'onSwitchRole',
  'onConnectOtherRoom',
  'onDisconnectOtherRoom',
  'onRemoteUserEnterRoom',
  'onRemoteUserLeaveRoom',
  'onUserVideoAvailable',
  'onUserAudioAvailable',
  'onFirstVideoFrame',
  'onSendFirstLocalVideoFrame',
  'onUserVoiceVolume',
  'onNetworkQuality',
  'onStatistics',
  'onConnectionLost',
  'onTryToReconnect',
  'onConnectionRecovery',
  'onDeviceChange',
  'onAudioDeviceCaptureVolumeChanged',
  'onAudioDevicePlayoutVolumeChanged',
  'onSpeedTestResult',
  'onTestMicVolume',
  'onTestSpeakerVolume',
  'onStartPublishMediaStream',
  'onUpdatePublishMediaStream',
  'onStopPublishMediaStream',
  'onCdnStreamStateChanged',
  'onUserSubStreamAvailable',
  'onScreenCaptureStarted',
  'onScreenCapturePaused',
  'onScreenCaptureResumed',
  'onScreenCaptureStopped',
  'onMusicStart',
  'onMusicPlayProgress',
  'onMusicComplete',
];

/** One callback as a value: its name and its arguments. */
export type TRTCEvent = {
  [K in keyof TRTCEventMap]: { name: K; args: TRTCEventMap[K] };
}[keyof TRTCEventMap];
