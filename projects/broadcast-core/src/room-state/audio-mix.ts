import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCAudioQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { remoteUserKey } from './remote-users';

/** The SDK's default for every volume: the source's own level. */
export const FULL_VOLUME = 100;

/** A device's system volume and mute. */
export interface DeviceVolumeState {
  volume: number;
  muted: boolean;
}

/** The local audio mix: microphone quality, SDK and device volumes, per-remote volumes and ear monitoring. */
export interface AudioMixState {
  /** The quality startLocalAudio is called with. */
  quality: TRTCAudioQuality;
  /** setAudioCaptureVolume: how loud others hear the microphone. */
  captureVolume: number;
  /** setAudioPlayoutVolume: how loud every remote user plays. */
  playoutVolume: number;
  /** setRemoteAudioVolume by remoteUserKey; a user at 100 has no entry. */
  remoteVolumes: Readonly<Record<string, number>>;
  micDevice: DeviceVolumeState;
  speakerDevice: DeviceVolumeState;
  /** enableVoiceEarMonitor. */
  earMonitor: boolean;
  /** setVoiceReverbType (TRTCVoiceReverbType, 0 none); ends when the room is left. */
  reverbType: number;
  /** setVoiceChangerType (TRTCVoiceChangerType, 0 none); ends when the room is left. */
  changerType: number;
}

/** The SDK's defaults: default quality, every volume at 100, nothing muted, no ear monitoring. */
export const initialAudioMix: AudioMixState = {
  quality: TRTCAudioQuality.TRTCAudioQualityDefault,
  captureVolume: FULL_VOLUME,
  playoutVolume: FULL_VOLUME,
  remoteVolumes: {},
  micDevice: { volume: FULL_VOLUME, muted: false },
  speakerDevice: { volume: FULL_VOLUME, muted: false },
  earMonitor: false,
  reverbType: 0,
  changerType: 0,
};

function withRemoteVolume(volumes: Readonly<Record<string, number>>, userId: string, volume: number): Readonly<Record<string, number>> {
  const key = remoteUserKey(userId);
  const { [key]: _old, ...rest } = volumes;
  return volume === FULL_VOLUME ? rest : { ...rest, [key]: volume };
}

/** What the SDK forgets when a room is left: per-user volumes, and voice effects (trtc.d.ts: they end with the room). */
const withoutRoomSettings = (s: AudioMixState): AudioMixState => changed(s, { remoteVolumes: {}, reverbType: 0, changerType: 0 });

/** Audio mix slice. */
export const audioMixFeature = createFeature({
  name: 'audioMix',
  reducer: createReducer(
    initialAudioMix,
    on(ConsoleActions.audioQualitySet, (s, { quality }): AudioMixState => changed(s, { quality })),
    on(ConsoleActions.captureVolumeSet, (s, { volume }): AudioMixState => changed(s, { captureVolume: volume })),
    on(ConsoleActions.playoutVolumeSet, (s, { volume }): AudioMixState => changed(s, { playoutVolume: volume })),
    on(ConsoleActions.remoteVolumeSet, (s, { userId, volume }): AudioMixState =>
      (s.remoteVolumes[remoteUserKey(userId)] ?? FULL_VOLUME) === volume ? s : { ...s, remoteVolumes: withRemoteVolume(s.remoteVolumes, userId, volume) },
    ),
    on(ConsoleActions.micDeviceSet, EngineActions.micDeviceVolumeChanged, (s, change): AudioMixState =>
      deviceChanged(s, 'micDevice', change),
    ),
    on(ConsoleActions.speakerDeviceSet, EngineActions.speakerDeviceVolumeChanged, (s, change): AudioMixState =>
      deviceChanged(s, 'speakerDevice', change),
    ),
    on(ConsoleActions.voiceEffectsSet, (s, { reverbType, changerType }): AudioMixState =>
      changed(s, { ...(reverbType === undefined ? {} : { reverbType }), ...(changerType === undefined ? {} : { changerType }) }),
    ),
    on(ConsoleActions.earMonitorToggled, (s, { enabled }): AudioMixState => changed(s, { earMonitor: enabled })),
    // The SDK forgets per-user volumes and voice effects when it leaves a room (so does a lost engine); the
    // other settings are kept, and the broker tells a fresh engine of them.
    on(EngineActions.roomExited, EngineActions.engineLost, withoutRoomSettings),
    on(ConsoleActions.enterRoomRequested, (s): AudioMixState => changed(s, { remoteVolumes: {} })),
  ),
});

function deviceChanged(s: AudioMixState, device: 'micDevice' | 'speakerDevice', change: { volume?: number; muted?: boolean }): AudioMixState {
  const current = s[device];
  const next = changed(current, {
    ...(change.volume === undefined ? {} : { volume: change.volume }),
    ...(change.muted === undefined ? {} : { muted: change.muted }),
  });
  return next === current ? s : { ...s, [device]: next };
}

/** A remote user's playback volume (100 unless set). */
export function remoteVolumeOf(mix: AudioMixState, userId: string): number {
  return mix.remoteVolumes[remoteUserKey(userId)] ?? FULL_VOLUME;
}
