import type { Clock, TimerHandle } from '../../../time/clock';

/** The shortest onTestMicVolume interval the sandbox reports at, as for onUserVoiceVolume. */
const MIN_MIC_TEST_INTERVAL_MS = 100;

/** startMicDeviceTest: the microphone's level, as it would be sent, every `interval` ms, without entering a room. */
export class MicTest {
  private timer: TimerHandle | undefined;
  private playsBack = false;

  constructor(
    private readonly clock: Clock,
    private readonly level: (now: number) => number,
    private readonly report: (volume: number) => void,
  ) {}

  /** Whether the test plays the microphone back to the speaker (startMicDeviceTest's `playback`). */
  get playback(): boolean {
    return this.timer !== undefined && this.playsBack;
  }

  /** Starts (or restarts with a new interval) reporting; `playback` (default false) plays the mic to the speaker. */
  start(interval: number, playback = false): void {
    this.stop();
    this.playsBack = playback === true;
    const every = Number.isFinite(interval) ? Math.max(MIN_MIC_TEST_INTERVAL_MS, interval) : MIN_MIC_TEST_INTERVAL_MS;
    this.timer = this.clock.setInterval(() => this.report(this.level(this.clock.now())), every);
  }

  /** stopMicDeviceTest. */
  stop(): void {
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }
}
