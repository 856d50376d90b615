import { TRTCVideoStreamType, type TRTCSpeedTestParams } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import type { SeededRandom } from '../../common/seeded-random';
import type { DeviceVolume } from '../audio/audio-mix';
import { reportFailure, type PostCallback } from '../report-failure';
import { CameraTest } from './camera-test';
import { MicTest } from './mic-test';
import { SpeakerTest } from './speaker-test';
import { SPEED_TEST_REFUSED, SpeedTest, usableSpeedTestParams } from './speed-test';

/** What the device tests need of their client: the network's weakness, its mic level, speaker and camera, and the app's callbacks. */
export interface DeviceTestsContext {
  readonly clock: Clock;
  readonly random: SeededRandom;
  /** The machine's link is weak (the speed test measures it). */
  linkWeak(): boolean;
  /** The microphone's level as it would be sent. */
  micLevel(now: number): number;
  /** The speaker in use: its system volume and mute. */
  speakerDevice(): DeviceVolume;
  speakerPresent(): boolean;
  cameraPresent(): boolean;
  post: PostCallback;
}

/**
 * The pre-flight calls of SandboxTRTCCloud: speed, microphone, speaker and camera tests, each reporting
 * through the app's callbacks. The facade checks that the client is not destroyed before starting one.
 */
export class DeviceTests {
  private readonly speed: SpeedTest;
  private readonly mic: MicTest;
  private readonly speaker: SpeakerTest;
  private readonly camera: CameraTest;

  constructor(private readonly ctx: DeviceTestsContext) {
    this.speed = new SpeedTest(ctx.clock, ctx.random, () => ({ weak: ctx.linkWeak() }), (result) => ctx.post('onSpeedTestResult', result));
    this.mic = new MicTest(ctx.clock, (now) => ctx.micLevel(now), (volume) => ctx.post('onTestMicVolume', volume));
    this.speaker = new SpeakerTest(ctx.clock, () => ({ ...ctx.speakerDevice(), present: ctx.speakerPresent() }), (volume) => ctx.post('onTestSpeakerVolume', volume));
    this.camera = new CameraTest(ctx.clock, {
      cameraPresent: () => ctx.cameraPresent(),
      firstFrame: (width, height) => ctx.post('onFirstVideoFrame', '', TRTCVideoStreamType.TRTCVideoStreamTypeBig, width, height),
    });
  }

  /**
   * startSpeedTest: onSpeedTestResult once per access server, 2.5 s apart. As trtc.d.ts says, only outside a
   * room (`inSession`) and one test at a time; a refusal returns -1 (its "< 0: failure"). The sandbox does not
   * check the userSig: the engine side signs one when none is given.
   */
  startSpeed(inSession: boolean, params: TRTCSpeedTestParams | number, userId?: string): number {
    if (inSession || this.speed.running || !usableSpeedTestParams(params, userId)) return SPEED_TEST_REFUSED;
    this.speed.start();
    return 0;
  }

  /** stopSpeedTest: no more results. */
  stopSpeed(): void {
    this.speed.stop();
  }

  /** startMicDeviceTest: the microphone's level (as it would be sent) every `interval` ms through onTestMicVolume. */
  startMic(interval: number, playback?: boolean): void {
    this.mic.start(interval, playback);
  }

  /** stopMicDeviceTest. */
  stopMic(): void {
    this.mic.stop();
  }

  /** startCameraDeviceTest: draws into `view` with onFirstVideoFrame(''); an unplugged camera gets onError(ERR_CAMERA_START_FAIL). */
  startCamera(view: unknown): void {
    reportFailure(this.ctx.post, this.camera.start(view));
  }

  /** stopCameraDeviceTest. */
  stopCamera(): void {
    this.camera.stop();
  }

  /** startSpeakerDeviceTest: the built-in test sound with onTestSpeakerVolume every 300 ms; another path gets onError. */
  startSpeaker(testAudioFilePath: string): void {
    reportFailure(this.ctx.post, this.speaker.open(testAudioFilePath));
  }

  /** stopSpeakerDeviceTest. */
  stopSpeaker(): void {
    this.speaker.stop();
  }

  /** Stops every test (the client is destroyed). */
  stopAll(): void {
    this.speed.stop();
    this.mic.stop();
    this.speaker.stop();
    this.camera.stop();
  }
}
