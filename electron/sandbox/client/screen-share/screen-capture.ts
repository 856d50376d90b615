import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import type { TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import type { PublishedVideo } from '../../common/sandbox-client-port';
import { isFailure, SandboxFailure } from '../../common/sandbox-failure';
import { mergeEncoderParam, videoFormatOf } from '../video-encoder-params';
import { VideoStreamTicker, type FrameSink } from '../../common/video-stream-ticker';
import { captureViewOf, defaultCaptureView, type CaptureView } from './capture-view';
import { defaultScreenEncoderParam } from './screen-encoder';
import { ScreenPictureSource } from './screen-picture-source';
import { findVirtualSource, type VirtualSource } from './virtual-sources';

/** Where a client's screen capture stands: not capturing, capturing (frames flow), or paused (no frames). */
export type ScreenCaptureStatus = 'idle' | 'capturing' | 'paused';

/**
 * One client's screen capture: the chosen target, the windows left out of a shared screen, the sub stream's
 * encoder, and a ticker that paints the target at the encoder's size and frame rate while capturing.
 * Says nothing to the app itself: the client posts the callbacks and asks the server for the sub-stream seat.
 */
export class ScreenCapture {
  private state: ScreenCaptureStatus = 'idle';
  private target: VirtualSource | undefined;
  private view: CaptureView | undefined;
  private encoder = defaultScreenEncoderParam();
  private picture: ScreenPictureSource | undefined;
  private readonly excludedWindows = new Set<string>();
  private readonly ticker: VideoStreamTicker;

  constructor(
    clock: Clock,
    /** The consumers of the next frame (local render callback, remote viewers). */
    sinks: () => FrameSink[],
  ) {
    this.ticker = new VideoStreamTicker(clock, () => this.picture!, sinks);
  }

  /** Where the capture stands. */
  get status(): ScreenCaptureStatus {
    return this.state;
  }

  /** True while frames flow (capturing and not paused). */
  get sending(): boolean {
    return this.state === 'capturing';
  }

  /** The windows left out of a shared screen. */
  get excluded(): ReadonlySet<string> {
    return this.excludedWindows;
  }

  /**
   * selectScreenCaptureTarget: a source as getScreenCaptureSources listed it (its sourceId names it), the part
   * of it to capture and the capture's properties (captureViewOf). A capture in progress switches to it at once,
   * as the SDK does. An unknown source, or a rect that leaves nothing of it, is ERR_SCREEN_CAPTURE_START_FAIL
   * and changes nothing.
   */
  select(source: unknown, captureRect?: unknown, property?: unknown): SandboxFailure | undefined {
    const sourceId = typeof source === 'object' && source !== null ? (source as { sourceId?: unknown }).sourceId : undefined;
    const found = typeof sourceId === 'string' ? findVirtualSource(sourceId) : undefined;
    if (!found) {
      return new SandboxFailure(TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, `selectScreenCaptureTarget: ${JSON.stringify(sourceId ?? null)} is not a screen or window getScreenCaptureSources listed`);
    }
    const view = captureViewOf(found, captureRect, property);
    if (isFailure(view)) return view;
    this.target = found;
    this.view = view;
    if (this.state !== 'idle') this.picture = this.newPicture(found);
    return undefined;
  }

  /** How the chosen target is captured: its region, pointer and border; undefined before a target is chosen. */
  get captureView(): CaptureView | undefined {
    return this.view;
  }

  /**
   * Why startScreenCapture cannot start now, as ERR_SCREEN_CAPTURE_START_FAIL (the code the SDK gives a capture
   * that does not start): no target chosen, or unusable encoder params. Undefined when it can.
   */
  checkStart(params: unknown): SandboxFailure | undefined {
    if (!this.target) return new SandboxFailure(TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, 'startScreenCapture: call selectScreenCaptureTarget first');
    const next = params === undefined || params === null ? this.encoder : mergeEncoderParam(this.encoder, params);
    return isFailure(next) ? new SandboxFailure(TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, `startScreenCapture: ${next.message}`) : undefined;
  }

  /** Starts capturing the target (checked with checkStart) with these encoder params, if given. */
  start(params: unknown): void {
    if (params !== undefined && params !== null) this.setEncoder(params);
    this.picture = this.newPicture(this.target!);
    this.state = 'capturing';
    this.ticker.start(this.encoder.videoFps);
  }

  /** Pauses: frames stop, the share stays published. False when not capturing. */
  pause(): boolean {
    if (this.state !== 'capturing') return false;
    this.state = 'paused';
    this.ticker.stop();
    return true;
  }

  /** Resumes a paused capture. False when not paused. */
  resume(): boolean {
    if (this.state !== 'paused') return false;
    this.state = 'capturing';
    this.ticker.start(this.encoder.videoFps);
    return true;
  }

  /** Stops capturing. False when nothing was captured. */
  stop(): boolean {
    if (this.state === 'idle') return false;
    this.state = 'idle';
    this.ticker.stop();
    this.picture = undefined;
    return true;
  }

  /** setSubStreamEncoderParam: fields left out keep their value; applied at once to a capture in progress. */
  setEncoder(params: unknown): SandboxFailure | undefined {
    const next = mergeEncoderParam(this.encoder, params);
    if (isFailure(next)) return next;
    this.encoder = next;
    this.picture?.setFormat(videoFormatOf(next));
    if (this.state === 'capturing') this.ticker.start(next.videoFps);
    return undefined;
  }

  /** addExcludedShareWindow / removeExcludedShareWindow. */
  exclude(windowId: string, excluded: boolean): void {
    if (excluded) this.excludedWindows.add(windowId);
    else this.excludedWindows.delete(windowId);
  }

  /** The shared picture at a time, for the cloud mixer; undefined while paused or not capturing. Its buffer is reused. */
  renderAt(timestampMs: number): TRTCVideoFrame | undefined {
    return this.sending ? this.picture!.render(timestampMs) : undefined;
  }

  /** What the sub stream sends while frames flow, for others' statistics. */
  published(): PublishedVideo | undefined {
    if (!this.sending) return undefined;
    const { width, height, fps } = videoFormatOf(this.encoder);
    return { width, height, fps, bitrate: this.encoder.videoBitrate };
  }

  private newPicture(source: VirtualSource): ScreenPictureSource {
    return new ScreenPictureSource(source, () => this.excludedWindows, videoFormatOf(this.encoder), this.view ?? defaultCaptureView(source));
  }
}
