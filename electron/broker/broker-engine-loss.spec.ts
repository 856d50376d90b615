import {
  TRTCAppScene,
  TRTCAudioQuality,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoMirrorType,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoRotation,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { device, type ScriptedEngine } from '../engine/testing/scripted-engine';
import { DEFAULT_TIMING } from './engine-supervisor';
import { ENTER_LIVE, ENTER_PARAMS } from './testing/broker-fixtures';
import { expectInStep, resultIds, resultOf, run, session } from './testing/window-session';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;
const ENCODER = {
  videoResolution: TRTCVideoResolution.TRTCVideoResolution_1280_720,
  resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait,
  videoFps: 25,
  videoBitrate: 1800,
  minVideoBitrate: 600,
  enableAdjustRes: true,
};
const BEAUTY = { style: TRTCBeautyStyle.TRTCBeautyStyleNature, beauty: 6, white: 3, ruddiness: 2 };

/** The calls an engine received that a broker planned (device queries and the host's render hook left out). */
function planned(engine: ScriptedEngine): { method: string; args: unknown[] }[] {
  return engine.calls
    .filter(({ method }) => !method.startsWith('get') && method !== 'setLocalVideoRenderCallback')
    .map(({ method, args }) => ({ method, args }));
}

describe('Broker: the engine exits mid-session', () => {
  /** An audience member in a live room, going on mic (pending role switch) while a PK is connecting, with one command still unanswered. */
  function midSession() {
    const s = session();
    const { t, a } = s;
    run(a, 'enter', { type: 'enterRoom', params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAudience }, scene: LIVE });
    t.engine.emit({ name: 'onEnterRoom', args: [140] });
    run(a, 'co-anchor', { type: 'startCoAnchoring' });
    run(a, 'pk', { type: 'connectOtherRoom', target: { roomId: 978 }, userId: 'userB' });
    t.stepped.holdAnswers = true;
    a.command('mute-video', { type: 'muteLocalVideo', mute: true });
    expectInStep(t, s.windows);
    const before = t.broker.snapshot().state;
    expect({ session: before.session.status, pendingRole: before.session.pendingRole, pk: before.pk.status }).toEqual({
      session: 'in-room',
      pendingRole: TRTCRoleType.TRTCRoleAnchor,
      pk: 'connecting',
    });
    return s;
  }

  it('shows Engine Lost in every window, settles every pending state, and keeps what re-entering needs', () => {
    const { t, windows } = midSession();
    t.stepped.crash('exit');
    expectInStep(t, windows);
    for (const w of windows) {
      const { engineInfo, session: room, pk, localMedia } = w.state;
      expect(engineInfo).toMatchObject({ status: 'restarting', lastLoss: { reason: 'the engine exited with code 70' }, losses: 1 });
      expect(room).toMatchObject({
        status: 'idle',
        pendingRole: null,
        interrupted: {
          params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAudience },
          scene: LIVE,
          // The switch on the mic was under way: re-entering comes back as the anchor the host was becoming.
          role: TRTCRoleType.TRTCRoleAnchor,
          camera: true,
          mic: true,
        },
      });
      expect(pk.status).toBe('idle');
      expect({ previewStarted: localMedia.previewStarted, audioStarted: localMedia.audioStarted }).toEqual({ previewStarted: false, audioStarted: false });
    }
  });

  it('answers a command still waiting on the lost engine engine-failed (engineLost), to its sender only, without recording it', () => {
    const { t, a, b, windows } = midSession();
    t.stepped.crash('throw');
    expect(resultOf(a, 'mute-video')).toMatchObject({
      ok: false,
      error: { code: 'engine-failed', reason: 'engineLost', params: { method: 'muteLocalVideo' } },
    });
    expect(resultIds(b)).toEqual([]);
    expectInStep(t, windows);
    expect(t.broker.snapshot().state.localMedia.videoMuted).toBe(false);
    expect(t.broker.callsInFlight).toBe(0);
  });

  it('refuses commands while the engine restarts (invalid-state, engineNotReady), and calls no engine', () => {
    const { t, a, b } = midSession();
    t.stepped.crash();
    t.stepped.holdAnswers = false;
    const calls = t.stepped.generations.map((g) => g.engine.calls.length);
    b.command('preview', { type: 'startLocalPreview' });
    a.command('enter-again', ENTER_LIVE);
    a.command('reenter', { type: 'reenterRoom' });
    expect(resultOf(b, 'preview')).toMatchObject({ ok: false, error: { code: 'invalid-state', reason: 'engineNotReady' } });
    expect(resultOf(a, 'enter-again')).toMatchObject({ ok: false, error: { code: 'invalid-state', reason: 'engineNotReady' } });
    expect(resultOf(a, 'reenter')).toMatchObject({ ok: false, error: { code: 'invalid-state', reason: 'engineNotReady' } });
    expect(t.stepped.generations.map((g) => g.engine.calls.length)).toEqual(calls);
    expect(t.broker.snapshot().state.session.status).toBe('idle');
  });

  it('starts a fresh engine: ready at generation 2, the loss and the restart in the event log', () => {
    const { t, windows } = midSession();
    t.stepped.crash();
    t.stepped.holdAnswers = false;
    expect(t.stepped.generations).toHaveLength(1);
    t.timers.advance(DEFAULT_TIMING.restartDelaysMs[0]);
    expect(t.stepped.generations).toHaveLength(2);
    expect(t.stepped.generations[0].dead).toBe(true);
    expectInStep(t, windows);
    const { engineInfo, eventLog, session: room } = t.broker.snapshot().state;
    expect(engineInfo).toMatchObject({ status: 'ready', kind: 'sandbox', generation: 2, losses: 1, lastLoss: { reason: 'the engine exited with code 70' } });
    expect(eventLog.entries.filter((e) => e.note).map((e) => [e.note, e.level])).toEqual([
      ['engineLost', 'error'],
      ['engineRestarted', 'warning'],
    ]);
    expect(eventLog.entries.find((e) => e.note === 'engineLost')!.message).toBe('the engine exited with code 70');
    // The session stays out of the room, waiting to be re-entered.
    expect(room.status).toBe('idle');
    expect(room.interrupted).not.toBeNull();
  });

  it('tells the fresh engine what the old one had: mutes first, then encoder, beauty, fill mode, mirror and the chosen devices', () => {
    const { t, a, windows } = session();
    run(a, 'volume', { type: 'enableAudioVolumeEvaluation', intervalMs: 500 });
    run(a, 'mute-audio', { type: 'muteLocalAudio', mute: true });
    run(a, 'mute-video', { type: 'muteLocalVideo', mute: true });
    run(a, 'encoder', { type: 'setVideoEncoderParam', params: ENCODER });
    run(a, 'beauty', { type: 'setBeautyStyle', beauty: BEAUTY });
    run(a, 'fill', { type: 'setLocalViewFillMode', mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit });
    run(a, 'mirror', { type: 'setLocalMirror', mirror: true });
    run(a, 'camera', { type: 'setCurrentCameraDevice', deviceId: 'cam-2' });
    run(a, 'speaker', { type: 'setCurrentSpeakerDevice', deviceId: 'spk-2' });
    const settings = t.broker.snapshot().state.localMedia;
    t.stepped.crash();
    t.timers.advance(0);
    expect(planned(t.engine)).toEqual([
      { method: 'enableAudioVolumeEvaluation', args: [500] },
      { method: 'muteLocalAudio', args: [true] },
      { method: 'muteLocalVideo', args: [true] },
      { method: 'setVideoEncoderParam', args: [ENCODER] },
      { method: 'setBeautyStyle', args: [BEAUTY.style, BEAUTY.beauty, BEAUTY.white, BEAUTY.ruddiness] },
      { method: 'setLocalViewFillMode', args: [TRTCVideoFillMode.TRTCVideoFillMode_Fit] },
      {
        method: 'setLocalRenderParams',
        args: [{ rotation: TRTCVideoRotation.TRTCVideoRotation0, fillMode: TRTCVideoFillMode.TRTCVideoFillMode_Fit, mirrorType: TRTCVideoMirrorType.TRTCVideoMirrorType_Enable }],
      },
      // The microphone chosen is the fresh engine's current one already: not set again.
      { method: 'setCurrentCameraDevice', args: ['cam-2'] },
      { method: 'setCurrentSpeakerDevice', args: ['spk-2'] },
    ]);
    expect(t.broker.callsInFlight).toBe(0);
    expectInStep(t, windows);
    const restored = t.broker.snapshot().state.localMedia;
    const kept = ({ audioMuted, videoMuted, encoder, beauty, fillMode, mirror, camera, mic, speaker, volumeIntervalMs }: typeof settings) =>
      ({ audioMuted, videoMuted, encoder, beauty, fillMode, mirror, camera, mic, speaker, volumeIntervalMs });
    expect(kept(restored)).toEqual(kept(settings));
  });

  it('tells a fresh engine nothing it did not need: a console left at the defaults only gets its voice level reports', () => {
    const { t } = session();
    t.stepped.crash();
    t.timers.advance(0);
    expect(planned(t.engine)).toEqual([{ method: 'enableAudioVolumeEvaluation', args: [300] }]);
  });

  it('does not choose a device the fresh engine no longer has, and shows the one it uses instead', () => {
    const { t, a, windows } = session();
    run(a, 'camera', { type: 'setCurrentCameraDevice', deviceId: 'cam-2' });
    run(a, 'speaker', { type: 'setCurrentSpeakerDevice', deviceId: 'spk-2' });
    t.stepped.prepare = (engine) => {
      engine.cameras = [device('cam-1', 'Front camera')];
    };
    t.stepped.crash();
    t.timers.advance(0);
    expect(t.engine.callsTo('setCurrentCameraDevice')).toEqual([]);
    expect(t.engine.callsTo('setCurrentSpeakerDevice')).toEqual([['spk-2']]);
    expectInStep(t, windows);
    const { localMedia } = t.broker.snapshot().state;
    expect({ camera: localMedia.camera, cameras: localMedia.cameras.map((c) => c.deviceId), speaker: localMedia.speaker }).toEqual({
      camera: 'cam-1',
      cameras: ['cam-1'],
      speaker: 'spk-2',
    });
  });

  it('still gives the chosen camera and speaker back after two losses in a row, the second before the restore was answered', () => {
    const { t, a, windows } = session();
    run(a, 'camera', { type: 'setCurrentCameraDevice', deviceId: 'cam-2' });
    run(a, 'speaker', { type: 'setCurrentSpeakerDevice', deviceId: 'spk-2' });
    run(a, 'mute-audio', { type: 'muteLocalAudio', mute: true });
    t.stepped.crash();
    // The fresh engine starts and is told the settings, but dies before its answers reach the broker.
    t.stepped.holdAnswers = true;
    t.timers.advance(0);
    expect(t.engine.callsTo('setCurrentCameraDevice')).toEqual([['cam-2']]);
    t.stepped.crash();
    t.stepped.holdAnswers = false;
    t.timers.advance(Math.max(...DEFAULT_TIMING.restartDelaysMs));
    expect(t.stepped.generations).toHaveLength(3);
    expect(t.engine.callsTo('muteLocalAudio')).toEqual([[true]]);
    expect(t.engine.callsTo('setCurrentCameraDevice')).toEqual([['cam-2']]);
    expect(t.engine.callsTo('setCurrentSpeakerDevice')).toEqual([['spk-2']]);
    expectInStep(t, windows);
    expect({ camera: t.broker.snapshot().state.localMedia.camera, speaker: t.broker.snapshot().state.localMedia.speaker }).toEqual({ camera: 'cam-2', speaker: 'spk-2' });
  });

  it('keeps restoring the other settings when the fresh engine refuses one', () => {
    const { t, a, windows } = session();
    run(a, 'mute-audio', { type: 'muteLocalAudio', mute: true });
    run(a, 'encoder', { type: 'setVideoEncoderParam', params: ENCODER });
    run(a, 'speaker', { type: 'setCurrentSpeakerDevice', deviceId: 'spk-2' });
    t.stepped.prepare = (engine) => engine.failing.add('setVideoEncoderParam');
    t.stepped.crash();
    t.timers.advance(0);
    expect(t.engine.callsTo('muteLocalAudio')).toEqual([[true]]);
    expect(t.engine.callsTo('setCurrentSpeakerDevice')).toEqual([['spk-2']]);
    expect(t.broker.snapshot().state.localMedia.audioMuted).toBe(true);
    // The operator is told which setting did not come back, in the event log every window holds.
    expect(t.broker.snapshot().state.eventLog.entries.at(-1)).toMatchObject({
      level: 'warning',
      note: 'restoreFailed',
      message: 'setVideoEncoderParam: the engine refused setVideoEncoderParam: scripted failure in setVideoEncoderParam',
    });
    expectInStep(t, windows);
  });

  it('re-enters with the same params, camera and mic, the userSig signed engine-side, and a muted host stays muted', () => {
    const { t, a, windows } = session();
    run(a, 'camera-on', { type: 'startLocalPreview' });
    run(a, 'mic-on', { type: 'startLocalAudio' });
    run(a, 'mute', { type: 'muteLocalAudio', mute: true });
    run(a, 'enter', ENTER_LIVE);
    t.engine.emit({ name: 'onEnterRoom', args: [120] });
    t.stepped.crash();
    t.timers.advance(0);
    const restoredCalls = planned(t.engine).length;
    t.admin!.calls.length = 0;
    run(a, 'reenter', { type: 'reenterRoom' });
    expect(planned(t.engine).slice(restoredCalls)).toEqual([
      { method: 'startLocalPreview', args: [null] },
      { method: 'startLocalAudio', args: [TRTCAudioQuality.TRTCAudioQualityDefault] },
      { method: 'enterRoom', args: [{ ...ENTER_PARAMS, userSig: `sig:${ENTER_PARAMS.sdkAppId}:${ENTER_PARAMS.userId}` }, LIVE] },
    ]);
    // The microphone comes back muted: the mute reached the fresh engine before the microphone started.
    const methods = planned(t.engine).map((c) => c.method);
    expect(t.engine.callsTo('muteLocalAudio')).toEqual([[true]]);
    expect(methods.indexOf('muteLocalAudio')).toBeLessThan(methods.indexOf('startLocalAudio'));
    expect(t.admin!.calls).toEqual([{ method: 'signUserSig', args: [ENTER_PARAMS.userId, ENTER_PARAMS.sdkAppId] }]);
    expectInStep(t, windows);
    const { session: room, localMedia } = t.broker.snapshot().state;
    expect(room).toMatchObject({ status: 'entering', params: ENTER_PARAMS, scene: LIVE, role: TRTCRoleType.TRTCRoleAnchor, interrupted: null });
    expect({ preview: localMedia.previewStarted, audio: localMedia.audioStarted, muted: localMedia.audioMuted }).toEqual({ preview: true, audio: true, muted: true });
    t.engine.emit({ name: 'onEnterRoom', args: [90] });
    expectInStep(t, windows);
    expect(t.broker.snapshot().state.session.status).toBe('in-room');
    for (const w of windows) expect(w.sent.some((text) => text.includes('sig:'))).toBe(false);
  });

  it("re-enters on Tencent's engine only with a userSig, which then goes to the engine as given", () => {
    const { t, a } = session({ sandbox: false });
    run(a, 'enter', { type: 'enterRoom', params: { ...ENTER_PARAMS, userSig: 'eJwfirst' }, scene: LIVE });
    t.engine.emit({ name: 'onEnterRoom', args: [120] });
    t.stepped.crash();
    t.timers.advance(0);
    a.command('reenter', { type: 'reenterRoom' });
    expect(resultOf(a, 'reenter')).toMatchObject({ ok: false, error: { code: 'invalid-command', reason: 'userSigRequired' } });
    expect(t.engine.callsTo('enterRoom')).toEqual([]);
    run(a, 'reenter-signed', { type: 'reenterRoom', userSig: 'eJwsecond' });
    expect(t.engine.callsTo('enterRoom')).toEqual([[{ ...ENTER_PARAMS, userSig: 'eJwsecond' }, LIVE]]);
  });
});
