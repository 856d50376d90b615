import { SANDBOX_SPEAKER_TEST_SOUND } from '@broadcast-core/bridge';

import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import type { Clock, TimerHandle } from '../../../time/clock';
import { SPEAKER_TEST_FILE_NOT_FOUND } from '../../common/sandbox-codes';
import { SandboxFailure } from '../../common/sandbox-failure';

/** onTestSpeakerVolume comes this often, as the SDK's device tests report (about 300 ms). */
export const SPEAKER_TEST_INTERVAL_MS = 300;
/** The built-in test sound repeats every this long: a chime that swells and fades. */
const CHIME_MS = 1200;

/** What the speaker test plays through: the speaker device's volume and mute, and whether it can open. */
export interface SpeakerOutput {
  volume: number;
  muted: boolean;
  present: boolean;
}

/** The built-in sound's level (0-100) at a time: between 40 and 90, deterministic. */
export function chimeLevel(elapsedMs: number): number {
  const phase = (elapsedMs % CHIME_MS) / CHIME_MS;
  return Math.round(40 + 50 * Math.sin(Math.PI * phase));
}

/** Whether the sandbox can open a test file: only its own built-in sound. */
export function canOpenTestSound(path: unknown): boolean {
  return path === SANDBOX_SPEAKER_TEST_SOUND;
}

/**
 * startSpeakerDeviceTest: plays the test sound on the current speaker and reports its level with
 * onTestSpeakerVolume, scaled by the speaker's volume; a muted or unplugged speaker plays at 0.
 */
export class SpeakerTest {
  private timer: TimerHandle | undefined;
  private startedAt = 0;

  constructor(
    private readonly clock: Clock,
    private readonly output: () => SpeakerOutput,
    private readonly report: (volume: number) => void,
  ) {}

  /** Whether the sound plays. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Plays a file: the built-in sound starts (again from the top, when already playing); a path the sandbox
   * cannot open, or an unplugged speaker, stops any playing test and returns the SDK's error for onError.
   */
  open(path: unknown): SandboxFailure | undefined {
    this.stop();
    if (!canOpenTestSound(path)) return new SandboxFailure(SPEAKER_TEST_FILE_NOT_FOUND, `cannot open the test sound "${String(path)}": the sandbox plays only its built-in sound`);
    if (!this.output().present) return new SandboxFailure(TXLiteAVError.ERR_SPEAKER_START_FAIL, 'the current speaker is unplugged');
    this.start();
    return undefined;
  }

  private start(): void {
    this.stop();
    this.startedAt = this.clock.now();
    this.timer = this.clock.setInterval(() => this.report(this.level()), SPEAKER_TEST_INTERVAL_MS);
  }

  /** stopSpeakerDeviceTest. */
  stop(): void {
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }

  private level(): number {
    const { volume, muted, present } = this.output();
    if (muted || !present) return 0;
    return Math.round((chimeLevel(this.clock.now() - this.startedAt) * volume) / 100);
  }
}
