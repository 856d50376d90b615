import { createFeature, createReducer, on } from '@ngrx/store';
import {
  TRTCBeautyStyle,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { changed } from './changed';
import type { BeautySettings, DeviceLists, EncoderParams, FrameSize, UnpluggedDevice } from './models';

/** The local user's capture, encoder, beauty and devices. */
export interface LocalMediaState extends DeviceLists {
  previewStarted: boolean;
  audioStarted: boolean;
  videoMuted: boolean;
  audioMuted: boolean;
  encoder: EncoderParams;
  beauty: BeautySettings;
  fillMode: TRTCVideoFillMode;
  mirror: boolean;
  /** Size of the first local frame rendered since the preview started. */
  firstFrame: FrameSize | null;
  /** When the first frame went up to the cloud in this session. */
  firstFrameSentAt: number | null;
  /** Local voice level 0-100 (userId '' in onUserVoiceVolume). */
  volume: number;
  volumeIntervalMs: number;
  /** Devices pulled out of the machine, until plugged back in (one entry per device). */
  unplugged: UnpluggedDevice[];
}

/** The SDK's defaults: 640x360 landscape at 15 fps, beauty off, fill mode. */
export const DEFAULT_ENCODER: EncoderParams = {
  videoResolution: TRTCVideoResolution.TRTCVideoResolution_640_360,
  resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape,
  videoFps: 15,
  videoBitrate: 550,
  minVideoBitrate: 0,
  enableAdjustRes: false,
};

/** Before anything was started. */
export const initialLocalMedia: LocalMediaState = {
  previewStarted: false,
  audioStarted: false,
  videoMuted: false,
  audioMuted: false,
  encoder: DEFAULT_ENCODER,
  beauty: { style: TRTCBeautyStyle.TRTCBeautyStyleSmooth, beauty: 0, white: 0, ruddiness: 0 },
  fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fill,
  mirror: false,
  cameras: [],
  mics: [],
  speakers: [],
  camera: null,
  mic: null,
  speaker: null,
  firstFrame: null,
  firstFrameSentAt: null,
  volume: 0,
  volumeIntervalMs: 0,
  unplugged: [],
};

/**
 * The unplugged devices with what the engine switched to: a device still current here that the new lists
 * name another current for was replaced by the engine itself (a mic or speaker going to the system default),
 * since a switch the console asked for changes the current device at once. Unchanged entries keep their identity.
 */
function replacements(s: LocalMediaState, lists: DeviceLists): UnpluggedDevice[] {
  let changedAny = false;
  const next = s.unplugged.map((d) => {
    const now = lists[d.kind];
    if (d.replacedBy !== null || s[d.kind] !== d.deviceId || now === null || now === d.deviceId) return d;
    changedAny = true;
    return { ...d, replacedBy: now };
  });
  return changedAny ? next : s.unplugged;
}

/** Local media slice. */
export const localMediaFeature = createFeature({
  name: 'localMedia',
  reducer: createReducer(
    initialLocalMedia,
    on(ConsoleActions.localPreviewToggled, (s, { started }): LocalMediaState =>
      changed(s, { previewStarted: started, firstFrame: started ? s.firstFrame : null }),
    ),
    on(ConsoleActions.localAudioToggled, (s, { started }): LocalMediaState => changed(s, { audioStarted: started, volume: started ? s.volume : 0 })),
    on(ConsoleActions.localVideoMuted, (s, { mute }): LocalMediaState => changed(s, { videoMuted: mute })),
    on(ConsoleActions.localAudioMuted, (s, { mute }): LocalMediaState => changed(s, { audioMuted: mute })),
    on(ConsoleActions.encoderParamsSet, (s, { params }): LocalMediaState => changed(s, { encoder: params })),
    on(ConsoleActions.beautySet, (s, { beauty }): LocalMediaState => changed(s, { beauty })),
    on(ConsoleActions.localFillModeSet, (s, { mode }): LocalMediaState => changed(s, { fillMode: mode })),
    on(ConsoleActions.localMirrorSet, (s, { mirror }): LocalMediaState => changed(s, { mirror })),
    on(ConsoleActions.cameraSelected, (s, { deviceId }): LocalMediaState => changed(s, { camera: deviceId })),
    on(ConsoleActions.micSelected, (s, { deviceId }): LocalMediaState => changed(s, { mic: deviceId })),
    on(ConsoleActions.speakerSelected, (s, { deviceId }): LocalMediaState => changed(s, { speaker: deviceId })),
    on(ConsoleActions.volumeEvaluationSet, (s, { intervalMs }): LocalMediaState => changed(s, { volumeIntervalMs: intervalMs })),
    on(EngineActions.devicesListed, (s, devices): LocalMediaState => {
      const { type: _type, ...lists } = devices;
      return changed(s, { ...lists, unplugged: replacements(s, lists) });
    }),
    on(EngineActions.deviceUnplugged, (s, { type: _type, ...device }): LocalMediaState => ({
      ...s,
      unplugged: [...s.unplugged.filter((d) => d.deviceId !== device.deviceId), { ...device, replacedBy: null }],
    })),
    on(EngineActions.devicePluggedIn, (s, { deviceId }): LocalMediaState =>
      s.unplugged.some((d) => d.deviceId === deviceId) ? { ...s, unplugged: s.unplugged.filter((d) => d.deviceId !== deviceId) } : s,
    ),
    on(EngineActions.firstVideoFrameRendered, (s, { userId, size }): LocalMediaState =>
      userId === '' ? { ...s, firstFrame: size } : s,
    ),
    on(EngineActions.firstLocalVideoFrameSent, (s, { at }): LocalMediaState => ({ ...s, firstFrameSentAt: at })),
    on(EngineActions.voiceLevelsChanged, (s, { levels }): LocalMediaState => {
      const local = levels.find(([userId]) => userId === '');
      return local && local[1] !== s.volume ? { ...s, volume: local[1] } : s;
    }),
    // The SDK releases camera and mic while it exits a room; a lost engine took them with it. Settings and mutes stay, to be restored.
    on(EngineActions.roomExited, EngineActions.engineLost, (s): LocalMediaState => ({
      ...s,
      previewStarted: false,
      audioStarted: false,
      firstFrame: null,
      firstFrameSentAt: null,
      volume: 0,
    })),
  ),
});
