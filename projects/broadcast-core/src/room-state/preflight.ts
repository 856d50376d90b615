import { createFeature, createReducer, on } from '@ngrx/store';

import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { CodedError, FrameSize, SpeedTestFigures } from './models';

/** The network speed test: idle, measuring (no result yet), measured, or refused. */
export interface SpeedTestState {
  status: 'idle' | 'running' | 'measured' | 'failed';
  /** The uplink the console expects to need (kbps), as asked of startSpeedTest. */
  expectedUpKbps: number;
  /** The best access server's figures so far (the SDK picks the best server too). */
  best: SpeedTestFigures | null;
  error: CodedError | null;
}

/** The microphone test: whether it runs, since when, the level now and the loudest level heard. */
export interface MicTestState {
  running: boolean;
  startedAt: number | null;
  level: number;
  loudest: number;
  /** The test plays the microphone back to the speaker (startMicDeviceTest's playback). */
  playback: boolean;
}

/** The speaker test: whether its sound plays, since when, its level now, the loudest heard, and why it could not play. */
export interface SpeakerTestState {
  running: boolean;
  startedAt: number | null;
  level: number;
  loudest: number;
  error: CodedError | null;
}

/** The camera test: whether it runs, since when, the size of its first picture, and why the camera could not open. */
export interface CameraTestState {
  running: boolean;
  startedAt: number | null;
  firstFrame: FrameSize | null;
  error: CodedError | null;
}

/** The checks before entering a room; their results stay until a room is entered. */
export interface PreflightState {
  speedTest: SpeedTestState;
  micTest: MicTestState;
  speakerTest: SpeakerTestState;
  cameraTest: CameraTestState;
}

/** Nothing tested yet. */
export const initialPreflight: PreflightState = {
  speedTest: { status: 'idle', expectedUpKbps: 0, best: null, error: null },
  micTest: { running: false, startedAt: null, level: 0, loudest: 0, playback: false },
  speakerTest: { running: false, startedAt: null, level: 0, loudest: 0, error: null },
  cameraTest: { running: false, startedAt: null, firstFrame: null, error: null },
};

/** The better of two servers' figures: more uplink, then less loss. */
function better(a: SpeedTestFigures | null, b: SpeedTestFigures): SpeedTestFigures {
  if (!a) return b;
  if (b.availableUpBandwidth !== a.availableUpBandwidth) return b.availableUpBandwidth > a.availableUpBandwidth ? b : a;
  return b.upLostRate < a.upLostRate ? b : a;
}

/** Pre-flight slice. */
export const preflightFeature = createFeature({
  name: 'preflight',
  reducer: createReducer(
    initialPreflight,
    on(ConsoleActions.speedTestRequested, (s, { expectedUpKbps }): PreflightState => ({
      ...s,
      speedTest: { status: 'running', expectedUpKbps, best: null, error: null },
    })),
    on(ConsoleActions.speedTestStopped, (s): PreflightState =>
      s.speedTest.status === 'running' ? { ...s, speedTest: { ...s.speedTest, status: 'idle' } } : s,
    ),
    on(EngineActions.speedTestMeasured, (s, { result }): PreflightState =>
      s.speedTest.status === 'idle' ? s : { ...s, speedTest: { ...s.speedTest, status: 'measured', best: better(s.speedTest.best, result) } },
    ),
    on(EngineActions.speedTestFailed, (s, { error }): PreflightState => ({ ...s, speedTest: { ...s.speedTest, status: 'failed', error } })),
    on(ConsoleActions.micTestToggled, (s, { started, at, playback }): PreflightState => ({
      ...s,
      micTest: started ? { running: true, startedAt: at, level: 0, loudest: 0, playback: playback === true } : { ...s.micTest, running: false, level: 0, playback: false },
    })),
    on(ConsoleActions.speakerTestToggled, (s, { started, at }): PreflightState => ({
      ...s,
      speakerTest: started ? { running: true, startedAt: at, level: 0, loudest: 0, error: null } : { ...s.speakerTest, running: false, level: 0 },
    })),
    on(EngineActions.speakerTestLevelReported, (s, { volume }): PreflightState => {
      if (!s.speakerTest.running) return s;
      const speakerTest = changed(s.speakerTest, { level: volume, loudest: Math.max(s.speakerTest.loudest, volume) });
      return speakerTest === s.speakerTest ? s : { ...s, speakerTest };
    }),
    on(ConsoleActions.cameraTestToggled, (s, { started, at }): PreflightState => ({
      ...s,
      cameraTest: started ? { running: true, startedAt: at, firstFrame: null, error: null } : { ...s.cameraTest, running: false },
    })),
    // The camera test's first picture comes as the local user's onFirstVideoFrame (trtc.d.ts startCameraDeviceTest).
    on(EngineActions.firstVideoFrameRendered, (s, { userId, size }): PreflightState =>
      userId === '' && s.cameraTest.running && !s.cameraTest.firstFrame ? { ...s, cameraTest: { ...s.cameraTest, firstFrame: size } } : s,
    ),
    on(EngineActions.cameraTestFailed, (s, { error }): PreflightState => ({ ...s, cameraTest: { ...s.cameraTest, running: false, error } })),
    on(EngineActions.speakerTestFailed, (s, { error }): PreflightState => ({ ...s, speakerTest: { ...s.speakerTest, running: false, level: 0, error } })),
    on(EngineActions.micTestLevelReported, (s, { volume }): PreflightState => {
      if (!s.micTest.running) return s;
      const micTest = changed(s.micTest, { level: volume, loudest: Math.max(s.micTest.loudest, volume) });
      return micTest === s.micTest ? s : { ...s, micTest };
    }),
    // Results are for before entering: a room entered, or a lost engine (its tests died with it), clears them.
    on(EngineActions.roomEntered, EngineActions.engineLost, (): PreflightState => initialPreflight),
  ),
});
