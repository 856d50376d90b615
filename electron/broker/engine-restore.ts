import { ConsoleActions, initialLocalMedia, type RoomState } from '@broadcast-core/room-state';

import type { EngineDevices } from '../engine/contract';
import { mirrorCall, type CommandPlan, type PlannedCall } from './command-plan';

/** The voice level report interval set on a fresh engine when nothing else was asked for, so meters move from the first second. */
export const DEFAULT_VOLUME_INTERVAL_MS = 300;

const setting = (call: PlannedCall, accepted: CommandPlan['accepted'] = []): CommandPlan => ({ accepted, calls: [call], pending: false });
const differs = <T>(a: T, b: T) => JSON.stringify(a) !== JSON.stringify(b);

/**
 * What a fresh engine must be told so it works as the console left it: voice level reports, and after a
 * restart the mutes, encoder, beauty, view settings and chosen devices that the lost engine had. Mutes
 * come first, so a host who muted stays muted when going on air again. One plan per setting, so one the
 * engine refuses does not hold back the others; each is recorded once the engine took it.
 */
export function restorePlans(before: RoomState, devices: EngineDevices): CommandPlan[] {
  const media = before.localMedia;
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
  if (differs(media.beauty, initialLocalMedia.beauty)) {
    const { style, beauty, white, ruddiness } = media.beauty;
    plans.push(setting({ method: 'setBeautyStyle', args: [style, beauty, white, ruddiness] }));
  }
  if (media.fillMode !== initialLocalMedia.fillMode) plans.push(setting({ method: 'setLocalViewFillMode', args: [media.fillMode] }));
  if (media.mirror) plans.push(setting(mirrorCall(true, media.fillMode)));
  const reselect = (chosen: string | null, current: string | null, listed: { deviceId: string }[]) =>
    chosen !== null && chosen !== current && listed.some((d) => d.deviceId === chosen) ? chosen : null;
  const camera = reselect(media.camera, devices.camera, devices.cameras);
  const mic = reselect(media.mic, devices.mic, devices.mics);
  const speaker = reselect(media.speaker, devices.speaker, devices.speakers);
  if (camera) plans.push(setting({ method: 'setCurrentCameraDevice', args: [camera] }, [ConsoleActions.cameraSelected({ deviceId: camera })]));
  if (mic) plans.push(setting({ method: 'setCurrentMicDevice', args: [mic] }, [ConsoleActions.micSelected({ deviceId: mic })]));
  if (speaker) plans.push(setting({ method: 'setCurrentSpeakerDevice', args: [speaker] }, [ConsoleActions.speakerSelected({ deviceId: speaker })]));
  return plans;
}
