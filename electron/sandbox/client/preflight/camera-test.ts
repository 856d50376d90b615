import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import type { TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import { SyntheticVideoSource } from '../../common/media';
import { SandboxFailure } from '../../common/sandbox-failure';
import { defaultEncoderParam, videoFormatOf } from '../video-encoder-params';
import { VideoStreamTicker, type FrameSink } from '../../common/video-stream-ticker';

/** The name the camera test's picture shows, so it cannot be mistaken for the preview. */
export const CAMERA_TEST_LABEL = 'camera test';

/**
 * What startCameraDeviceTest renders into on the sandbox. The SDK draws the test into the HTMLElement it is
 * given (trtc.js: `_onRealRender(CAMERA_DEVICE_TEST_VIEW, …)`), never through the render callbacks; the sandbox
 * runs where there is no DOM, so "the view" is anything with this method (the engine host's, which forwards
 * the frames to the windows). A view without it (null, or a real element) gets no pixels.
 */
export interface CameraTestTarget {
  /** Takes one I420 frame; its buffer is reused by the next one (copy what must last). */
  renderCameraTestFrame(frame: TRTCVideoFrame): void;
}

/** Whether a view can take the sandbox's camera test frames. */
export function isCameraTestTarget(view: unknown): view is CameraTestTarget {
  return typeof view === 'object' && view !== null && typeof (view as Partial<CameraTestTarget>).renderCameraTestFrame === 'function';
}

/** What the camera test needs from its client: whether the current camera is plugged in, and where its first frame is told. */
export interface CameraTestHooks {
  cameraPresent(): boolean;
  /** onFirstVideoFrame for the local user (trtc.d.ts: the camera test "会触发 onFirstVideoFrame 回调接口"). */
  firstFrame(width: number, height: number): void;
}

/**
 * startCameraDeviceTest: the synthetic camera at the SDK's default format (640x360, 15 fps) drawn into the
 * view, without entering a room or starting the preview. A second start restarts it into the new view; an
 * unplugged current camera fails with ERR_CAMERA_START_FAIL, and one pulled out mid-test stops the frames.
 */
export class CameraTest {
  private readonly source = new SyntheticVideoSource(CAMERA_TEST_LABEL);
  private readonly ticker: VideoStreamTicker;
  private readonly fps: number;
  private target: CameraTestTarget | null = null;
  private firstSeen = false;

  constructor(clock: Clock, private readonly hooks: CameraTestHooks) {
    const format = videoFormatOf(defaultEncoderParam());
    this.source.setFormat(format);
    this.fps = format.fps;
    this.ticker = new VideoStreamTicker(clock, () => this.source, () => this.sinks());
  }

  /** Whether the test runs. */
  get running(): boolean {
    return this.ticker.running;
  }

  /** Starts (or restarts) the test into `view`; the SDK's error when the camera cannot open. */
  start(view: unknown): SandboxFailure | undefined {
    this.stop();
    if (!this.hooks.cameraPresent()) return new SandboxFailure(TXLiteAVError.ERR_CAMERA_START_FAIL, 'the current camera is unplugged');
    this.target = isCameraTestTarget(view) ? view : null;
    this.firstSeen = false;
    this.ticker.start(this.fps);
    return undefined;
  }

  /** stopCameraDeviceTest. */
  stop(): void {
    this.ticker.stop();
    this.target = null;
  }

  private sinks(): FrameSink[] {
    if (!this.hooks.cameraPresent() || (this.firstSeen && !this.target)) return [];
    return [
      (frame) => {
        if (!this.firstSeen) {
          this.firstSeen = true;
          this.hooks.firstFrame(frame.width, frame.height);
        }
        this.target?.renderCameraTestFrame(frame);
      },
    ];
  }
}
