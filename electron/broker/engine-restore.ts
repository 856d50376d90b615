import { ConsoleActions, initialAudioMix, initialLocalMedia, initialScreenShare, type RoomState } from '@broadcast-core/room-state';

import type { EngineDevices } from '../engine/contract';
import { mirrorCall, type CommandPlan, type PlannedCall } from './command-plan';

/** The voice level report interval set on a fresh engine when nothing else was asked for, so meters move from the first second. */
export const DEFAULT_VOLUME_INTERVAL_MS = 300;

/** The devices the operator chose, whatever the engine reports as current. */
export interface ChosenDevices {
  camera: string | null;
  mic: string | null;
  speaker: string | null;
}

const setting = (call: PlannedCall, accepted: CommandPlan['accepted'] = []): CommandPlan => ({ accepted, calls: [call], pending: false });
const differs = <T>(a: T, b: T) => JSON.stringify(a) !== JSON.stringify(b);

/** The audio mix settings that differ from a fresh engine's defaults (per-user volumes went with the room). */
function audioMixRestorePlans(mix: RoomState['audioMix']): CommandPlan[] {
  const plans: CommandPlan[] = [];
  if (mix.captureVolume !== initialAudioMix.captureVolume) plans.push(setting({ method: 'setAudioCaptureVolume', args: [mix.captureVolume] }));
  if (mix.playoutVolume !== initialAudioMix.playoutVolume) plans.push(setting({ method: 'setAudioPlayoutVolume', args: [mix.playoutVolume] }));
  if (mix.micDevice.volume !== initialAudioMix.micDevice.volume) plans.push(setting({ method: 'setCurrentMicDeviceVolume', args: [mix.micDevice.volume] }));
  if (mix.micDevice.muted) plans.push(setting({ method: 'setCurrentMicDeviceMute', args: [true] }));
  if (mix.speakerDevice.volume !== initialAudioMix.speakerDevice.volume) plans.push(setting({ method: 'setCurrentSpeakerVolume', args: [mix.speakerDevice.volume] }));
  if (mix.speakerDevice.muted) plans.push(setting({ method: 'setCurrentSpeakerDeviceMute', args: [true] }));
  if (mix.earMonitor) plans.push(setting({ method: 'enableVoiceEarMonitor', args: [true] }));
  return plans;
}

/**
 * What a fresh engine must be told so it works as the console left it: voice level reports, and after a
 * restart the mutes, encoders (camera and screen share), beauty and view settings the room state holds, and the devices the operator
 * chose (a fresh engine reports its own defaults as current, so the choice is kept apart from the state).
 * Mutes come first, so a host who muted stays muted when going on air again. One plan per setting, so one
 * the engine refuses does not hold back the others; each is recorded once the engine took it.
 */
export function restorePlans(state: RoomState, devices: EngineDevices, chosen: ChosenDevices): CommandPlan[] {
  const media = state.localMedia;
  const plans: CommandPlan[] = [];
  const intervalMs = media.volumeIntervalMs || DEFAULT_VOLUME_INTERVAL_MS;
  plans.push(
    setting(
      { method: 'enableAudioVolumeEvaluation', args: [intervalMs] },
      media.volumeIntervalMs === intervalMs ? [] : [ConsoleActions.volumeEvaluationSet({ intervalMs })],
    ),
  );
  if (media.audioMuted) plans.push(setting({ method: 'muteLocalAudio', args: [true] }));
  if (media.videoMuted) plans.push(setting({ method: 'muteLocalVideo', args: [true] }));
  if (differs(media.encoder, initialLocalMedia.encoder)) plans.push(setting({ method: 'setVideoEncoderParam', args: [{ ...media.encoder }] }));
  const subEncoder = state.screenShare.encoder;
  if (differs(subEncoder, initialScreenShare.encoder)) plans.push(setting({ method: 'setSubStreamEncoderParam', args: [{ ...subEncoder }] }));
  if (differs(media.beauty, initialLocalMedia.beauty)) {
    const { style, beauty, white, ruddiness } = media.beauty;
    plans.push(setting({ method: 'setBeautyStyle', args: [style, beauty, white, ruddiness] }));
  }
  if (media.fillMode !== initialLocalMedia.fillMode) plans.push(setting({ method: 'setLocalViewFillMode', args: [media.fillMode] }));
  if (media.mirror) plans.push(setting(mirrorCall(true, media.fillMode)));
  plans.push(...audioMixRestorePlans(state.audioMix));
  const reselect = (chosen: string | null, current: string | null, listed: { deviceId: string }[]) =>
    chosen !== null && chosen !== current && listed.some((d) => d.deviceId === chosen) ? chosen : null;
  const camera = reselect(chosen.camera, devices.camera, devices.cameras);
  const mic = reselect(chosen.mic, devices.mic, devices.mics);
  const speaker = reselect(chosen.speaker, devices.speaker, devices.speakers);
  if (camera) plans.push(setting({ method: 'setCurrentCameraDevice', args: [camera] }, [ConsoleActions.cameraSelected({ deviceId: camera })]));
  if (mic) plans.push(setting({ method: 'setCurrentMicDevice', args: [mic] }, [ConsoleActions.micSelected({ deviceId: mic })]));
  if (speaker) plans.push(setting({ method: 'setCurrentSpeakerDevice', args: [speaker] }, [ConsoleActions.speakerSelected({ deviceId: speaker })]));
  return plans;
}
