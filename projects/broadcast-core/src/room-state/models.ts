import type {
  TRTCAppScene,
  TRTCBeautyStyle,
  TRTCQuality,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoStreamType,
} from 'trtc-electron-sdk/liteav/trtc_define';

/** Which engine the broker drives: the offline sandbox cloud or Tencent's SDK. */
export type EngineKind = 'sandbox' | 'trtc';

/** Where a user is published from, relative to the local user's room. */
export type RemoteRoom = 'own' | 'pk';

/** A room as TRTC addresses it: a numeric roomId, or a string room (strRoomId). */
export type RoomAddress = { roomId: number } | { strRoomId: string };

/** TRTCParams as the console sends them, minus secrets: the userSig never enters shared state. */
export interface RoomParams {
  sdkAppId: number;
  roomId?: number;
  strRoomId?: string;
  userId: string;
  role: TRTCRoleType;
}

/** TRTCVideoEncParam fields the console sets. */
export interface EncoderParams {
  videoResolution: TRTCVideoResolution;
  resMode: TRTCVideoResolutionMode;
  videoFps: number;
  videoBitrate: number;
  minVideoBitrate: number;
  enableAdjustRes: boolean;
}

/** setBeautyStyle arguments; levels 0-9, 0 = off. */
export interface BeautySettings {
  style: TRTCBeautyStyle;
  beauty: number;
  white: number;
  ruddiness: number;
}

/** A camera, microphone or speaker as TRTCDeviceInfo reports it. */
export interface DeviceInfo {
  deviceId: string;
  deviceName: string;
}

/** The three device kinds, as the console names them (TRTCDeviceType camera, mic, speaker). */
export type DeviceKindName = 'camera' | 'mic' | 'speaker';

/** A device pulled out of the machine (onDeviceChange Remove), kept until it is plugged back in. */
export interface UnpluggedDevice {
  deviceId: string;
  kind: DeviceKindName;
  /** Its name as last listed (the lists no longer have it). */
  deviceName: string;
  at: number;
  /** The device the engine switched to on its own (a current mic or speaker goes to the system default), else null. */
  replacedBy: string | null;
}

/** The engine's cameras, microphones and speakers, and the current one of each. */
export interface DeviceLists {
  cameras: DeviceInfo[];
  mics: DeviceInfo[];
  speakers: DeviceInfo[];
  camera: string | null;
  mic: string | null;
  speaker: string | null;
}

/** A TRTC error or warning code with the SDK's message. */
export interface CodedError {
  code: number;
  message: string;
}

/** First frame size of a stream, from onFirstVideoFrame. */
export interface FrameSize {
  width: number;
  height: number;
}

/** One voice level report entry; userId '' is the local user, as the SDK reports it. */
export interface VoiceVolume {
  userId: string;
  volume: number;
}

/** Network quality of one remote user. */
export interface RemoteQuality {
  userId: string;
  quality: TRTCQuality;
}

/** One onStatistics sample, reduced to what the console shows. */
export interface StatsSample {
  at: number;
  rtt: number;
  upLoss: number;
  downLoss: number;
  sendKbps: number;
  receiveKbps: number;
  fps: number;
  appCpu: number;
  systemCpu: number;
}

/** Re-exported so state users need not know the SDK's module path. */
export type { TRTCAppScene, TRTCRoleType, TRTCVideoFillMode, TRTCVideoStreamType, TRTCQuality };

/** TRTCSpeedTestResult's figures the console judges by: losses 0-1, rtt in ms, bandwidths in kbps (-1: not measured). */
export interface SpeedTestFigures {
  quality: TRTCQuality;
  upLostRate: number;
  downLostRate: number;
  rtt: number;
  availableUpBandwidth: number;
  availableDownBandwidth: number;
}
