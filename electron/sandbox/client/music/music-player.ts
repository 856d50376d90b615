import type { Clock, TimerHandle } from '../../../time/clock';
import type { MusicSource } from './music-source';

/** How often a playing track reports onPlayProgress: the broker folds these into about one action a second. */
export const MUSIC_PROGRESS_INTERVAL_MS = 250;

/** What a player tells its owner, as the music observer's callbacks. */
export interface MusicPlayerReport {
  progress(id: number, positionMs: number, durationMs: number): void;
  /** errCode 0: played to its end; -4002: decoding failed. */
  complete(id: number, errCode: number): void;
}

/** AudioMusicParam's playing range and repeats, as the player uses them. */
export interface MusicPlayRange {
  /** Extra plays after the first (the SDK's loopCount: 0 plays once, 1 twice, ...). */
  loopCount: number;
  startTimeMS: number;
  /** 0: to the end of the file. */
  endTimeMS: number;
}

/** The SDK's code for a file that opened but could not be decoded (TRTCMusicPlayObserver.onComplete). */
export const MUSIC_DECODE_FAILED = -4002;

/**
 * One track playing under one music id, on the sandbox clock: its position runs while playing, stands while
 * paused, and every MUSIC_PROGRESS_INTERVAL_MS it reports progress, loops, completes, or fails to decode.
 */
export class MusicPlayer {
  private timer: TimerHandle | undefined;
  /** The position when the clock last started or stopped it. */
  private basePosition: number;
  /** Clock time the position started running from, or undefined while paused. */
  private runningSince: number | undefined;
  private loopsLeft: number;
  private readonly end: number;
  /** Where each play starts (AudioMusicParam.startTimeMS). */
  private readonly start: number;
  /** setMusicPublishVolume: how loud others hear it (0-100). */
  publishVolume = 100;
  /** setMusicPlayoutVolume: how loud it plays locally (0-100). */
  playoutVolume = 100;
  /** setMusicPitch (-1 to 1): the sandbox's levels have no pitch, so it is kept only. */
  pitch = 0;

  constructor(
    private readonly clock: Clock,
    readonly id: number,
    private readonly source: MusicSource,
    range: MusicPlayRange,
    /** AudioMusicParam.publish: others hear it. */
    readonly publish: boolean,
    private readonly report: MusicPlayerReport,
  ) {
    this.end = range.endTimeMS > 0 ? Math.min(range.endTimeMS, source.durationMs) : source.durationMs;
    this.basePosition = Math.min(Math.max(0, range.startTimeMS || 0), this.end);
    this.start = this.basePosition;
    this.loopsLeft = Number.isFinite(range.loopCount) ? Math.max(0, Math.floor(range.loopCount)) : 0;
    this.run();
  }

  /** Whether the position runs. */
  get playing(): boolean {
    return this.runningSince !== undefined;
  }

  /** The position in ms now. */
  position(): number {
    const running = this.runningSince === undefined ? 0 : this.clock.now() - this.runningSince;
    return Math.min(this.end, this.basePosition + running);
  }

  /** The level others hear of it now: its loudness through the publish volume; 0 while paused or unpublished. */
  publishedLevel(): number {
    if (!this.publish || !this.playing) return 0;
    return Math.round((this.source.levelAt(this.position()) * this.publishVolume) / 100);
  }

  /** pausePlayMusic; false when it was not playing. */
  pause(): boolean {
    if (!this.playing) return false;
    this.basePosition = this.position();
    this.runningSince = undefined;
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
    return true;
  }

  /** resumePlayMusic; false when it was not paused. */
  resume(): boolean {
    if (this.playing) return false;
    this.run();
    return true;
  }

  /** seekMusicToPosInTime: within the file (a position past the end plays on from the end). */
  seek(positionMs: number): void {
    if (!Number.isFinite(positionMs)) return;
    this.basePosition = Math.min(Math.max(0, Math.round(positionMs)), this.end);
    if (this.playing) this.runningSince = this.clock.now();
    this.report.progress(this.id, this.basePosition, this.source.durationMs);
  }

  /** stopPlayMusic, or a new start on the same id: no more callbacks. */
  stop(): void {
    this.runningSince = undefined;
    this.clock.clearInterval(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.runningSince = this.clock.now();
    this.timer = this.clock.setInterval(() => this.tick(), MUSIC_PROGRESS_INTERVAL_MS);
  }

  private tick(): void {
    const position = this.position();
    const fails = this.source.decodeFailsAtMs;
    if (fails !== undefined && position >= fails) {
      this.stop();
      this.report.complete(this.id, MUSIC_DECODE_FAILED);
      return;
    }
    if (position < this.end) {
      this.report.progress(this.id, position, this.source.durationMs);
      return;
    }
    this.report.progress(this.id, this.end, this.source.durationMs);
    if (this.loopsLeft > 0) {
      this.loopsLeft--;
      this.basePosition = this.start;
      this.runningSince = this.clock.now();
      return;
    }
    this.stop();
    this.report.complete(this.id, 0);
  }
}
