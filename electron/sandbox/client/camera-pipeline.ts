import { TRTCBeautyStyle, TRTCVideoStreamType, type TRTCVideoEncParam, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../time/clock';
import { SyntheticVideoSource, type BeautyLevels } from '../common/media';
import type { PublishedVideo } from '../common/sandbox-client-port';
import { isFailure, type SandboxFailure } from '../common/sandbox-failure';
import { defaultEncoderParam, defaultSmallStreamParam, mergeEncoderParam, videoFormatOf } from './video-encoder-params';
import type { CameraStream } from '../common/camera-stream';
import { VideoStreamTicker, type FrameSink } from '../common/video-stream-ticker';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SMALL = TRTCVideoStreamType.TRTCVideoStreamTypeSmall;

/** Where the camera's frames go. */
export interface CameraRoutes {
  /** Consumers of the next frame of a stream. */
  sinks(stream: CameraStream): FrameSink[];
  /** Called at every big-stream tick (first-frame-sent bookkeeping). */
  onBigTick(): void;
}

/**
 * One client's simulated camera: a big stream at the encoder settings and an optional small stream,
 * each a synthetic source driven at its own frame rate while the preview runs.
 */
export class CameraPipeline {
  private encoder = defaultEncoderParam();
  private smallEncoder: TRTCVideoEncParam | undefined;
  private beauty: BeautyLevels = { style: TRTCBeautyStyle.TRTCBeautyStyleSmooth, beauty: 0, white: 0, ruddiness: 0 };
  private readonly sources = new Map<CameraStream, SyntheticVideoSource>();
  private readonly big: VideoStreamTicker;
  private readonly small: VideoStreamTicker;
  private running = false;

  constructor(
    clock: Clock,
    /** The name drawn on the picture (the userId once known). */
    private label: string,
    routes: CameraRoutes,
  ) {
    this.big = new VideoStreamTicker(clock, () => this.source(BIG), () => routes.sinks(BIG), () => routes.onBigTick());
    this.small = new VideoStreamTicker(clock, () => this.source(SMALL), () => routes.sinks(SMALL));
  }

  /** Whether the camera runs (preview started). */
  get isRunning(): boolean {
    return this.running;
  }

  /** Whether a small stream is encoded. */
  get smallEnabled(): boolean {
    return this.smallEncoder !== undefined;
  }

  /** Starts capturing. */
  start(): void {
    this.running = true;
    this.restartTickers();
  }

  /** Stops capturing. */
  stop(): void {
    this.running = false;
    this.big.stop();
    this.small.stop();
  }

  /** Draws another name from now on (the userId changes with each enterRoom). */
  relabel(label: string): void {
    if (label === this.label) return;
    this.label = label;
    this.sources.clear();
  }

  /** Applies setVideoEncoderParam. */
  setEncoder(param: unknown): SandboxFailure | undefined {
    const next = mergeEncoderParam(this.encoder, param);
    if (isFailure(next)) return next;
    this.encoder = next;
    this.sources.get(BIG)?.setFormat(videoFormatOf(next));
    this.restartTickers();
    return undefined;
  }

  /** Applies enableSmallVideoStream. */
  setSmallStream(enable: boolean, param: unknown): SandboxFailure | undefined {
    if (!enable) {
      this.smallEncoder = undefined;
    } else {
      const next = mergeEncoderParam(this.smallEncoder ?? defaultSmallStreamParam(), param);
      if (isFailure(next)) return next;
      this.smallEncoder = next;
      this.sources.get(SMALL)?.setFormat(videoFormatOf(next));
    }
    this.restartTickers();
    return undefined;
  }

  /** Applies setBeautyStyle to both streams. */
  setBeauty(levels: BeautyLevels): void {
    this.beauty = levels;
    for (const source of this.sources.values()) source.setBeauty(levels);
  }

  /** The frame of a stream at a time, rendered on demand (the cloud mixer's pull); undefined while the camera is off. */
  renderAt(stream: CameraStream, timestampMs: number): TRTCVideoFrame | undefined {
    return this.running ? this.source(stream).render(timestampMs) : undefined;
  }

  /** What a stream sends; a small stream that is not enabled falls back to the big one, as TRTC does. */
  published(stream: TRTCVideoStreamType): PublishedVideo {
    const param = stream === SMALL && this.smallEncoder ? this.smallEncoder : this.encoder;
    const { width, height, fps } = videoFormatOf(param);
    return { width, height, fps, bitrate: param.videoBitrate };
  }

  private source(stream: CameraStream): SyntheticVideoSource {
    let source = this.sources.get(stream);
    if (!source) {
      source = new SyntheticVideoSource(this.label);
      source.setFormat(videoFormatOf(stream === SMALL && this.smallEncoder ? this.smallEncoder : this.encoder));
      source.setBeauty(this.beauty);
      this.sources.set(stream, source);
    }
    return source;
  }

  private restartTickers(): void {
    if (!this.running) return;
    this.big.start(this.encoder.videoFps);
    if (this.smallEncoder) this.small.start(this.smallEncoder.videoFps);
    else this.small.stop();
  }
}
