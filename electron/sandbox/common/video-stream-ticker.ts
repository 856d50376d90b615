import type { TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock, TimerHandle } from '../../time/clock';

/** Something that takes a frame: a local or remote render callback. */
export type FrameSink = (frame: TRTCVideoFrame) => void;

/** Something that renders the frame for a time into a reused buffer: a synthetic camera, a captured screen, the cloud mixer. */
export interface FrameSource {
  render(timestampMs: number): TRTCVideoFrame;
}

/**
 * Drives one stream of a publisher at its frame rate: at each tick, one frame is rendered and handed to
 * every consumer (the same reused buffer, as the SDK does), and nothing is rendered when nobody consumes.
 */
export class VideoStreamTicker {
  private timer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    /** The current source (a getter: the source is replaced when the user changes). */
    private readonly source: () => FrameSource,
    /** The consumers of the next frame. */
    private readonly sinks: () => FrameSink[],
    /** Called at every tick before rendering. */
    private readonly onTick: () => void = () => undefined,
  ) {}

  /** Whether the ticker runs. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Starts (or restarts) ticking at `fps`. Each tick is due at start + n/fps, not one period after the last
   * one fired: a repeating timer of round(1000/fps) ms runs late every time and a 30 fps camera gave
   * about 29.4. A tick more than a period late is skipped rather than sent in a burst, as a camera would.
   */
  start(fps: number): void {
    this.stop();
    const period = 1000 / fps;
    const started = this.clock.now();
    let n = 0;
    const schedule = () => {
      const now = this.clock.now();
      n = Math.max(n + 1, Math.ceil((now - started) / period));
      this.timer = this.clock.setTimeout(() => {
        this.tick();
        schedule();
      }, Math.max(1, Math.round(started + n * period - now)));
    };
    schedule();
  }

  /** Stops ticking. */
  stop(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.onTick();
    const sinks = this.sinks();
    if (sinks.length === 0) return;
    const frame = this.source().render(this.clock.now());
    for (const sink of sinks) sink(frame);
  }
}
