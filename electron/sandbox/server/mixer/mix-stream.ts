import {
  TRTCVideoBufferType,
  TRTCVideoFrame,
  TRTCVideoPixelFormat,
  type TRTCStreamEncoderParam,
  type TRTCStreamMixingConfig,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import { hasVideo } from '../../../../projects/broadcast-core/src/bridge/publishing/stream-encoder-check';
import { I420Canvas } from '../../common/media/i420-canvas';
import { i420ByteLength, normalizeVideoFormat, type VideoFormat } from '../../common/media/video-format';
import type { RoomId } from '../../common/room-key';
import { VideoStreamTicker, type FrameSink, type FrameSource } from '../../common/video-stream-ticker';
import { composeMix } from './mix-compositor';
import { mixColor } from './mix-color';
import { mixLayers, type MixInputs } from './mix-layers';

/** What a mix is made of: the task's encoder output, its layout, and the room it was started in. */
export interface MixPlan {
  encoder: TRTCStreamEncoderParam;
  mixing: TRTCStreamMixingConfig;
  roomId: RoomId;
}

/**
 * The cloud mixer's output for one task: at the encoder's frame rate, while someone consumes it, one frame
 * composed from the current pictures of the users its layout names, at the encoder's size (rounded down to
 * even). The frame object and its buffer are reused, as the SDK's render callbacks reuse theirs.
 */
export class MixStream implements FrameSource {
  private readonly ticker: VideoStreamTicker;
  private readonly frame = new TRTCVideoFrame(TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420, TRTCVideoBufferType.TRTCVideoBufferType_Buffer);
  private output: I420Canvas | undefined;
  private format: VideoFormat | undefined;

  constructor(
    clock: Clock,
    private plan: MixPlan,
    private readonly inputs: MixInputs,
    sinks: () => FrameSink[],
  ) {
    this.ticker = new VideoStreamTicker(clock, () => this, sinks);
  }

  /** Starts producing frames (an audio-only mix produces none). */
  start(): void {
    this.format = hasVideo(this.plan.encoder) ? normalizeVideoFormat(formatOf(this.plan.encoder)) : undefined;
    if (this.format) this.ticker.start(this.format.fps);
    else this.ticker.stop();
  }

  /** Takes a new layout or encoder output from the next frame on; the frame rate changes only if it differs. */
  update(plan: MixPlan): void {
    const before = this.format;
    this.plan = plan;
    const after = hasVideo(plan.encoder) ? normalizeVideoFormat(formatOf(plan.encoder)) : undefined;
    if (after?.fps !== before?.fps || !this.ticker.running) this.start();
    else this.format = after;
  }

  /** Stops producing frames. */
  stop(): void {
    this.ticker.stop();
  }

  /** Composes the frame for a time (the ticker calls this only when someone consumes it). */
  render(timestampMs: number): TRTCVideoFrame {
    const output = this.outputCanvas();
    const layers = mixLayers(this.plan.mixing, this.plan.roomId, this.inputs, timestampMs);
    composeMix(output, mixColor(this.plan.mixing.backgroundColor), layers);
    this.frame.timestamp = timestampMs;
    return this.frame;
  }

  /** The reused output canvas, replaced when the size changed or a consumer took (detached) its buffer. */
  private outputCanvas(): I420Canvas {
    const { width, height } = this.format ?? normalizeVideoFormat(formatOf(this.plan.encoder));
    const current = this.output;
    if (current && current.width === width && current.height === height && current.data.byteLength > 0) return current;
    const length = i420ByteLength(width, height);
    const output = new I420Canvas(new Uint8Array(new ArrayBuffer(length)), width, height);
    Object.assign(this.frame, { data: output.data.buffer, length, width, height, rotation: 0 });
    this.output = output;
    return output;
  }
}

function formatOf(encoder: TRTCStreamEncoderParam): VideoFormat {
  return { width: encoder.videoEncodedWidth, height: encoder.videoEncodedHeight, fps: encoder.videoEncodedFPS };
}
