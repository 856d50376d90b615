import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SPEAKER_TEST_SOUND, type Command } from '@broadcast-core/bridge';
import { EngineActions, roomReducer, type RoomAction, type RoomState } from '@broadcast-core/room-state';

import { planCommand } from './command-plan';
import { eventToActions } from './event-to-actions';
import { MIC_TEST_INTERVAL_MS } from './preflight-plan';
import { ENTER_PARAMS, inLiveRoom, stateAfter } from './testing/broker-fixtures';

const AT = 5_000;
const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
const apply = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);
const plan = (command: Command, state: RoomState, engine: 'sandbox' | 'trtc' = 'sandbox') => planCommand(command, { state, at: AT, engine });

function accepted(command: Command, state: RoomState) {
  const result = plan(command, state);
  if ('code' in result) throw new Error(`refused: ${result.message}`);
  return { plan: result, after: apply(state, ...result.accepted), calls: result.calls.map(({ method, args }) => ({ method, args })) };
}

const SPEED_TEST: Command = { type: 'startSpeedTest', sdkAppId: 1400000001, userId: 'host' };

describe('pre-flight commands', () => {
  it('starts a speed test outside a room expecting the uplink the encoder needs, and folds its results in', () => {
    const { after, calls } = accepted(SPEED_TEST, stateAfter(ready));
    expect(after.preflight.speedTest).toMatchObject({ status: 'running', expectedUpKbps: 800 });
    expect(calls).toEqual([{ method: 'startSpeedTest', args: [{ sdkAppId: 1400000001, userId: 'host', userSig: '', expectedUpBandwidth: 800, expectedDownBandwidth: 0 }] }]);
    const result = { success: true, errMsg: '', ip: 'x', quality: TRTCQuality.TRTCQuality_Poor, upLostRate: 0.1, downLostRate: 0.1, rtt: 300, availableUpBandwidth: 500, availableDownBandwidth: 2000, upJitter: 0, downJitter: 0 };
    const measured = apply(after, ...eventToActions({ name: 'onSpeedTestResult', args: [result] }, { state: after, at: AT }));
    expect(measured.preflight.speedTest).toMatchObject({ status: 'measured', best: { availableUpBandwidth: 500, rtt: 300 } });
  });

  it('refuses a speed test in a room or while one runs, and a Tencent one without a userSig, naming why', () => {
    expect(plan(SPEED_TEST, stateAfter(ready, ...inLiveRoom(TRTCRoleType.TRTCRoleAnchor)))).toMatchObject({ code: 'invalid-state', reason: 'speedTestInRoom' });
    const running = accepted(SPEED_TEST, stateAfter(ready)).after;
    expect(plan(SPEED_TEST, running)).toMatchObject({ code: 'invalid-state', reason: 'speedTestRunning' });
    const tencent = stateAfter(EngineActions.engineReady({ kind: 'trtc', sdkVersion: 'x', generation: 1, at: 0 }));
    expect(plan(SPEED_TEST, tencent, 'trtc')).toMatchObject({ code: 'invalid-command', reason: 'userSigRequired', field: 'command.userSig' });
  });

  it('runs the mic test at its interval and ends every running test before entering a room', () => {
    let state = stateAfter(ready);
    const mic = accepted({ type: 'startMicDeviceTest' }, state);
    expect(mic.calls).toEqual([{ method: 'startMicDeviceTest', args: [MIC_TEST_INTERVAL_MS, false] }]);
    state = accepted(SPEED_TEST, mic.after).after;
    const entry = accepted({ type: 'enterRoom', params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE }, state);
    expect(entry.calls.map((c) => c.method)).toEqual(['stopSpeedTest', 'stopMicDeviceTest', 'enterRoom']);
  });

  it('keeps results until the room is entered', () => {
    const mic = accepted({ type: 'startMicDeviceTest' }, stateAfter(ready)).after;
    const heard = apply(mic, ...eventToActions({ name: 'onTestMicVolume', args: [55] }, { state: mic, at: AT }));
    expect(heard.preflight.micTest).toMatchObject({ running: true, level: 55, loudest: 55 });
    expect(apply(heard, EngineActions.roomEntered({ elapsedMs: 200, at: AT })).preflight.micTest.startedAt).toBeNull();
  });

  it('passes the mic test playback choice, and keeps it in the state', () => {
    const mic = accepted({ type: 'startMicDeviceTest', playback: true }, stateAfter(ready));
    expect(mic.calls).toEqual([{ method: 'startMicDeviceTest', args: [MIC_TEST_INTERVAL_MS, true] }]);
    expect(mic.after.preflight.micTest).toMatchObject({ running: true, playback: true });
    expect(accepted({ type: 'stopMicDeviceTest' }, mic.after).after.preflight.micTest).toMatchObject({ running: false, playback: false });
  });

  it("plays the sandbox's built-in sound for the speaker test, folds its level in, and stops it before entering", () => {
    const speaker = accepted({ type: 'startSpeakerDeviceTest' }, stateAfter(ready));
    expect(speaker.calls).toEqual([{ method: 'startSpeakerDeviceTest', args: [SANDBOX_SPEAKER_TEST_SOUND] }]);
    const heard = apply(speaker.after, ...eventToActions({ name: 'onTestSpeakerVolume', args: [71] }, { state: speaker.after, at: AT }));
    expect(heard.preflight.speakerTest).toMatchObject({ running: true, level: 71, loudest: 71, error: null });
    const entry = accepted({ type: 'enterRoom', params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE }, heard);
    expect(entry.calls.map((c) => c.method)).toEqual(['stopSpeakerDeviceTest', 'enterRoom']);
    expect(accepted({ type: 'stopSpeakerDeviceTest' }, heard).after.preflight.speakerTest).toMatchObject({ running: false, level: 0, loudest: 71 });
  });

  it("passes a file the window names, and refuses Tencent's engine a speaker test without one", () => {
    expect(accepted({ type: 'startSpeakerDeviceTest', filePath: '/sounds/ding.wav' }, stateAfter(ready)).calls).toEqual([{ method: 'startSpeakerDeviceTest', args: ['/sounds/ding.wav'] }]);
    const tencent = stateAfter(EngineActions.engineReady({ kind: 'trtc', sdkVersion: 'x', generation: 1, at: 0 }));
    expect(plan({ type: 'startSpeakerDeviceTest' }, tencent, 'trtc')).toMatchObject({ code: 'invalid-command', reason: 'speakerTestFileRequired', field: 'command.filePath' });
  });

  it('plans device hot-plug as sandbox admin calls that say which device was not found', () => {
    const unplug = plan({ type: 'sandbox.unplugDevice', deviceId: 'sandbox-mic-usb' }, stateAfter(ready));
    expect(unplug).toMatchObject({ accepted: [], calls: [{ method: 'sandbox.unplugDevice', args: ['sandbox-mic-usb'], notFound: { reason: 'noSandboxDevice', params: { deviceId: 'sandbox-mic-usb' } } }] });
    expect(plan({ type: 'sandbox.plugDevice', deviceId: 'x' }, stateAfter(ready))).toMatchObject({ calls: [{ method: 'sandbox.plugDevice', args: ['x'] }] });
    expect(plan({ type: 'sandbox.plugDevice', deviceId: 'x' }, stateAfter(ready), 'trtc')).toMatchObject({ code: 'sandbox-only', reason: 'sandboxOnly' });
  });

  it('starts the camera test with no view (the engine side brings its own), records its first picture, and stops it before entering', () => {
    const camera = accepted({ type: 'startCameraDeviceTest' }, stateAfter(ready));
    expect(camera.calls).toEqual([{ method: 'startCameraDeviceTest', args: [null] }]);
    const shown = apply(camera.after, ...eventToActions({ name: 'onFirstVideoFrame', args: ['', 0, 640, 360] }, { state: camera.after, at: AT }));
    expect(shown.preflight.cameraTest).toMatchObject({ running: true, firstFrame: { width: 640, height: 360 }, error: null });
    const entry = accepted({ type: 'enterRoom', params: ENTER_PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE }, shown);
    expect(entry.calls.map((c) => c.method)).toEqual(['stopCameraDeviceTest', 'enterRoom']);
    const failed = apply(camera.after, ...eventToActions({ name: 'onError', args: [-1301, 'the current camera is unplugged'] }, { state: camera.after, at: AT }));
    expect(failed.preflight.cameraTest).toMatchObject({ running: false, error: { code: -1301 } });
    expect(accepted({ type: 'stopCameraDeviceTest' }, shown).calls).toEqual([{ method: 'stopCameraDeviceTest', args: [] }]);
  });
});
