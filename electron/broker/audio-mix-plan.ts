import type { TRTCAudioQuality, TRTCVoiceChangerType, TRTCVoiceReverbType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions, findRemoteUser } from '@broadcast-core/room-state';

import { call, invalidState, setting, type Planner } from './plan-helpers';

type AudioMixCommand =
  | 'setAudioQuality'
  | 'setAudioCaptureVolume'
  | 'setAudioPlayoutVolume'
  | 'setRemoteAudioVolume'
  | 'setCurrentMicDeviceVolume'
  | 'setCurrentMicDeviceMute'
  | 'setCurrentSpeakerVolume'
  | 'setCurrentSpeakerDeviceMute'
  | 'enableVoiceEarMonitor'
  | 'setVoiceReverbType'
  | 'setVoiceChangerType';

/** The audio mixer's commands: each is a setting the SDK takes without a callback, recorded once the engine took it. */
export const audioMixPlanners: { [T in AudioMixCommand]: Planner<T> } = {
  setAudioQuality: ({ quality }, { state }) => {
    const q = quality as TRTCAudioQuality;
    // The quality is a startLocalAudio argument: a running microphone restarts with it, a stopped one uses it next time.
    const restart = state.localMedia.audioStarted ? [call({ method: 'stopLocalAudio', args: [] }), call({ method: 'startLocalAudio', args: [q] })] : [];
    return setting([ConsoleActions.audioQualitySet({ quality: q })], ...restart);
  },
  setAudioCaptureVolume: ({ volume }) => setting([ConsoleActions.captureVolumeSet({ volume })], call({ method: 'setAudioCaptureVolume', args: [volume] })),
  setAudioPlayoutVolume: ({ volume }) => setting([ConsoleActions.playoutVolumeSet({ volume })], call({ method: 'setAudioPlayoutVolume', args: [volume] })),
  setRemoteAudioVolume: ({ userId, volume }, { state }) =>
    findRemoteUser(state.remoteUsers, userId)
      ? setting([ConsoleActions.remoteVolumeSet({ userId, volume })], call({ method: 'setRemoteAudioVolume', args: [userId, volume] }))
      : invalidState('noRemoteUser', { userId }),
  setCurrentMicDeviceVolume: ({ volume }) => setting([ConsoleActions.micDeviceSet({ volume })], call({ method: 'setCurrentMicDeviceVolume', args: [volume] })),
  setCurrentMicDeviceMute: ({ mute }) => setting([ConsoleActions.micDeviceSet({ muted: mute })], call({ method: 'setCurrentMicDeviceMute', args: [mute] })),
  setCurrentSpeakerVolume: ({ volume }) => setting([ConsoleActions.speakerDeviceSet({ volume })], call({ method: 'setCurrentSpeakerVolume', args: [volume] })),
  setCurrentSpeakerDeviceMute: ({ mute }) =>
    setting([ConsoleActions.speakerDeviceSet({ muted: mute })], call({ method: 'setCurrentSpeakerDeviceMute', args: [mute] })),
  setVoiceReverbType: ({ reverbType }) =>
    setting([ConsoleActions.voiceEffectsSet({ reverbType })], call({ method: 'setVoiceReverbType', args: [reverbType as TRTCVoiceReverbType] })),
  setVoiceChangerType: ({ changerType }) =>
    setting([ConsoleActions.voiceEffectsSet({ changerType })], call({ method: 'setVoiceChangerType', args: [changerType as TRTCVoiceChangerType] })),
  enableVoiceEarMonitor: ({ enable }) => setting([ConsoleActions.earMonitorToggled({ enabled: enable })], call({ method: 'enableVoiceEarMonitor', args: [enable] })),
};
