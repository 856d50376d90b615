import { TRTCAudioQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Command } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, initialRoomState, remoteVolumeOf, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand } from './command-plan';
import { restorePlans } from './engine-restore';
import { eventToActions } from './event-to-actions';
import { inLiveRoom, stateAfter } from './testing/broker-fixtures';

const AT = 9_000;
const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
const apply = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);
const withGuest = () => stateAfter(ready, ...inLiveRoom(TRTCRoleType.TRTCRoleAnchor), EngineActions.remoteUserEntered({ userId: 'guest', room: 'own', at: 3 }));

function accepted(command: Command, state: RoomState) {
  const plan = planCommand(command, { state, at: AT, engine: 'sandbox' });
  if ('code' in plan) throw new Error(`refused: ${plan.message}`);
  return { plan, after: apply(state, ...plan.accepted), calls: plan.calls.map(({ method, args }) => ({ method, args })) };
}

describe('audio mix commands', () => {
  it('records each volume with its SDK call', () => {
    const state = withGuest();
    expect(accepted({ type: 'setAudioCaptureVolume', volume: 40 }, state)).toMatchObject({
      after: { audioMix: { captureVolume: 40 } },
      calls: [{ method: 'setAudioCaptureVolume', args: [40] }],
    });
    expect(accepted({ type: 'setAudioPlayoutVolume', volume: 0 }, state).calls).toEqual([{ method: 'setAudioPlayoutVolume', args: [0] }]);
    const remote = accepted({ type: 'setRemoteAudioVolume', userId: 'guest', volume: 30 }, state);
    expect(remoteVolumeOf(remote.after.audioMix, 'guest')).toBe(30);
    expect(remote.calls).toEqual([{ method: 'setRemoteAudioVolume', args: ['guest', 30] }]);
    expect(accepted({ type: 'setCurrentMicDeviceMute', mute: true }, state).after.audioMix.micDevice).toEqual({ volume: 100, muted: true });
    expect(accepted({ type: 'setCurrentSpeakerVolume', volume: 55 }, state).after.audioMix.speakerDevice).toEqual({ volume: 55, muted: false });
    expect(accepted({ type: 'enableVoiceEarMonitor', enable: true }, state).calls).toEqual([{ method: 'enableVoiceEarMonitor', args: [true] }]);
    const reverb = accepted({ type: 'setVoiceReverbType', reverbType: 1 }, state);
    expect(reverb.calls).toEqual([{ method: 'setVoiceReverbType', args: [1] }]);
    const changer = accepted({ type: 'setVoiceChangerType', changerType: 4 }, reverb.after);
    expect(changer.calls).toEqual([{ method: 'setVoiceChangerType', args: [4] }]);
    expect(changer.after.audioMix).toMatchObject({ reverbType: 1, changerType: 4 });
    expect(apply(changer.after, EngineActions.roomExited({ reason: 0, at: AT })).audioMix).toMatchObject({ reverbType: 0, changerType: 0 });
  });

  it('refuses a volume for a user who is not in the room, naming the user', () => {
    const refusal = planCommand({ type: 'setRemoteAudioVolume', userId: 'nobody', volume: 10 }, { state: withGuest(), at: AT, engine: 'sandbox' });
    expect(refusal).toMatchObject({ code: 'invalid-state', reason: 'noRemoteUser', params: { userId: 'nobody' } });
  });

  it('restarts a running microphone with a new quality, and starts a stopped one with the chosen quality later', () => {
    const idle = stateAfter(ready);
    const chosen = accepted({ type: 'setAudioQuality', quality: TRTCAudioQuality.TRTCAudioQualityMusic }, idle);
    expect(chosen.calls).toEqual([]);
    expect(accepted({ type: 'startLocalAudio' }, chosen.after).calls).toEqual([{ method: 'startLocalAudio', args: [TRTCAudioQuality.TRTCAudioQualityMusic] }]);
    const running = apply(idle, ConsoleActions.localAudioToggled({ started: true }));
    expect(accepted({ type: 'setAudioQuality', quality: TRTCAudioQuality.TRTCAudioQualitySpeech }, running).calls).toEqual([
      { method: 'stopLocalAudio', args: [] },
      { method: 'startLocalAudio', args: [TRTCAudioQuality.TRTCAudioQualitySpeech] },
    ]);
  });

  it('folds device volume callbacks into the mix', () => {
    const state = initialRoomState();
    const [mic] = eventToActions({ name: 'onAudioDeviceCaptureVolumeChanged', args: [35, true] }, { state, at: AT });
    const [speaker] = eventToActions({ name: 'onAudioDevicePlayoutVolumeChanged', args: [80, false] }, { state, at: AT });
    const after = apply(state, mic, speaker);
    expect(after.audioMix.micDevice).toEqual({ volume: 35, muted: true });
    expect(after.audioMix.speakerDevice).toEqual({ volume: 80, muted: false });
  });

  it('forgets per-user volumes when the room is left or the engine lost, and tells a fresh engine the rest', () => {
    let state = withGuest();
    for (const command of [
      { type: 'setRemoteAudioVolume', userId: 'guest', volume: 20 },
      { type: 'setAudioCaptureVolume', volume: 60 },
      { type: 'setCurrentMicDeviceMute', mute: true },
      { type: 'enableVoiceEarMonitor', enable: true },
    ] as Command[]) {
      state = accepted(command, state).after;
    }
    const lost = apply(state, EngineActions.engineLost({ reason: 'exit', at: AT, capture: { camera: false, mic: true, share: null } }));
    expect(lost.audioMix.remoteVolumes).toEqual({});
    const devices = { cameras: [], mics: [], speakers: [], camera: null, mic: null, speaker: null };
    const calls = restorePlans(lost, devices, { camera: null, mic: null, speaker: null }).flatMap((p) => p.calls.map(({ method, args }) => ({ method, args })));
    expect(calls).toEqual(
      expect.arrayContaining([
        { method: 'setAudioCaptureVolume', args: [60] },
        { method: 'setCurrentMicDeviceMute', args: [true] },
        { method: 'enableVoiceEarMonitor', args: [true] },
      ]),
    );
    expect(calls.some((c) => c.method === 'setRemoteAudioVolume' || c.method === 'setAudioPlayoutVolume')).toBe(false);
    expect(apply(state, EngineActions.roomExited({ reason: 0, at: AT })).audioMix.remoteVolumes).toEqual({});
  });
});
