import { SANDBOX_SPEAKER_TEST_SOUND, refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, neededUplinkKbps, type RoomState } from '@broadcast-core/room-state';

import { call, invalidState, setting, type PlannedCall, type Planner } from './plan-helpers';

/** The mic test reports this often: often enough for a lively meter, as trtc.d.ts advises (over 200 ms). */
export const MIC_TEST_INTERVAL_MS = 300;
/** trtc.d.ts startSpeedTest: expected bandwidths are 10-5000 kbps. */
const MAX_EXPECTED_KBPS = 5000;

type PreflightCommand =
  | 'startSpeedTest'
  | 'stopSpeedTest'
  | 'startMicDeviceTest'
  | 'stopMicDeviceTest'
  | 'startSpeakerDeviceTest'
  | 'stopSpeakerDeviceTest'
  | 'startCameraDeviceTest'
  | 'stopCameraDeviceTest'
  | 'sandbox.weakNetwork'
  | 'sandbox.unplugDevice'
  | 'sandbox.plugDevice';

/** The calls that end running pre-flight tests, for an entry: trtc.d.ts asks for no speed test in a room. */
export function preflightStops(state: RoomState): PlannedCall[] {
  const { speedTest, micTest, speakerTest, cameraTest } = state.preflight;
  return [
    ...(speedTest.status === 'running' || speedTest.status === 'measured' ? [call({ method: 'stopSpeedTest', args: [] })] : []),
    ...(micTest.running ? [call({ method: 'stopMicDeviceTest', args: [] })] : []),
    ...(speakerTest.running ? [call({ method: 'stopSpeakerDeviceTest', args: [] })] : []),
    ...(cameraTest.running ? [call({ method: 'stopCameraDeviceTest', args: [] })] : []),
  ];
}

/** The pre-flight checks' commands. */
export const preflightPlanners: { [T in PreflightCommand]: Planner<T> } = {
  startSpeedTest: ({ sdkAppId, userId, userSig }, { state, at, engine }) => {
    // trtc.d.ts: only outside a room, one test at a time.
    if (state.session.status !== 'idle') return invalidState('speedTestInRoom');
    if (state.preflight.speedTest.status === 'running') return invalidState('speedTestRunning');
    if (!userSig && !state.engineInfo.signsUserSigs && engine !== 'sandbox') return refusal('invalid-command', 'userSigRequired', {}, 'command.userSig');
    const expectedUpKbps = Math.min(MAX_EXPECTED_KBPS, neededUplinkKbps(state.localMedia.encoder, state.audioMix.quality));
    return {
      accepted: [ConsoleActions.speedTestRequested({ expectedUpKbps, at })],
      pending: true,
      calls: [call({ method: 'startSpeedTest', args: [{ sdkAppId, userId, userSig: userSig ?? '', expectedUpBandwidth: expectedUpKbps, expectedDownBandwidth: 0 }] })],
      failed: (error, t) => [EngineActions.speedTestFailed({ error, at: t })],
    };
  },
  stopSpeedTest: (_, { at }) => setting([ConsoleActions.speedTestStopped({ at })], call({ method: 'stopSpeedTest', args: [] })),
  startMicDeviceTest: ({ playback = false }, { at }) =>
    setting([ConsoleActions.micTestToggled({ started: true, at, playback })], call({ method: 'startMicDeviceTest', args: [MIC_TEST_INTERVAL_MS, playback] })),
  stopMicDeviceTest: (_, { at }) => setting([ConsoleActions.micTestToggled({ started: false, at })], call({ method: 'stopMicDeviceTest', args: [] })),
  startSpeakerDeviceTest: ({ filePath }, { at, engine }) => {
    // The built-in sound exists only in the sandbox; Tencent's SDK needs a WAV or MP3 on disk.
    if (!filePath && engine !== 'sandbox') return refusal('invalid-command', 'speakerTestFileRequired', {}, 'command.filePath');
    return setting(
      [ConsoleActions.speakerTestToggled({ started: true, at })],
      call({ method: 'startSpeakerDeviceTest', args: [filePath ?? SANDBOX_SPEAKER_TEST_SOUND] }),
    );
  },
  stopSpeakerDeviceTest: (_, { at }) => setting([ConsoleActions.speakerTestToggled({ started: false, at })], call({ method: 'stopSpeakerDeviceTest', args: [] })),
  // The view is the engine side's own (a view cannot travel as data): it substitutes it for this null.
  startCameraDeviceTest: (_, { at }) =>
    setting([ConsoleActions.cameraTestToggled({ started: true, at })], call({ method: 'startCameraDeviceTest', args: [null as unknown as HTMLElement] })),
  stopCameraDeviceTest: (_, { at }) => setting([ConsoleActions.cameraTestToggled({ started: false, at })], call({ method: 'stopCameraDeviceTest', args: [] })),
  'sandbox.weakNetwork': ({ weak }) => setting([], call({ method: 'sandbox.weakNetwork', args: [weak] })),
  'sandbox.unplugDevice': ({ deviceId }) =>
    setting([], { method: 'sandbox.unplugDevice', args: [deviceId], notFound: refusal('engine-failed', 'noSandboxDevice', { deviceId }) }),
  'sandbox.plugDevice': ({ deviceId }) =>
    setting([], { method: 'sandbox.plugDevice', args: [deviceId], notFound: refusal('engine-failed', 'noSandboxDevice', { deviceId }) }),
};
