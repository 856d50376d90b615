import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCVideoStreamType, type TRTCVideoBufferType, type TRTCVideoFrame, type TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import { renderFormatResult } from './render-callback-format';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { FrameSink } from '../common/video-stream-ticker';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

/**
 * Where a client's own frames go locally: the local render callback (camera frames as Big, screen-share
 * frames as Sub), onFirstVideoFrame('') for each, and onSendFirstLocalVideoFrame once the published camera starts.
 */
export class LocalVideoOutput {
  private callback: TRTCVideoRenderCallback | undefined;
  private firstFrameSeen = false;
  private firstFrameSent = false;
  private firstSubFrameSeen = false;

  constructor(private readonly post: SandboxClientPort['post']) {}

  /** setLocalVideoRenderCallback: 0, or the SDK's unsupported-format code (nothing changes then); null removes it. */
  setCallback(pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    if (!callback) {
      this.callback = undefined;
      return TXLiteAVError.ERR_NULL;
    }
    const result = renderFormatResult(pixelFormat, bufferType);
    if (result === TXLiteAVError.ERR_NULL) this.callback = callback;
    return result;
  }

  /** The local consumer of the next big-stream frame, if the preview runs and a callback or the first-frame event wants it. */
  sink(previewOn: boolean): FrameSink | undefined {
    if (!previewOn || (this.firstFrameSeen && !this.callback)) return undefined;
    return (frame) => this.render(frame);
  }

  /** The local consumer of the next screen-share frame, while a callback or the first-frame event wants it. */
  subSink(): FrameSink | undefined {
    if (this.firstSubFrameSeen && !this.callback) return undefined;
    return (frame) => {
      if (!this.firstSubFrameSeen) {
        this.firstSubFrameSeen = true;
        this.post('onFirstVideoFrame', '', SUB, frame.width, frame.height);
      }
      this.callback?.onRenderVideoFrame('', SUB, frame);
    };
  }

  /** The screen capture stopped: its next frame is a first frame again. */
  screenCaptureStopped(): void {
    this.firstSubFrameSeen = false;
  }

  /** The preview stopped: its next frame is a first frame again, and so is the next one sent. */
  previewStopped(): void {
    this.firstFrameSeen = false;
    this.firstFrameSent = false;
  }

  /** The user stopped publishing (left the room, became audience): the next frame sent is a first one again. */
  publishingStopped(): void {
    this.firstFrameSent = false;
  }

  /** A big-stream tick: reports onSendFirstLocalVideoFrame once the stream is really sent. */
  tick(sending: boolean): void {
    if (!sending || this.firstFrameSent) return;
    this.firstFrameSent = true;
    this.post('onSendFirstLocalVideoFrame', BIG);
  }

  private render(frame: TRTCVideoFrame): void {
    if (!this.firstFrameSeen) {
      this.firstFrameSeen = true;
      this.post('onFirstVideoFrame', '', BIG, frame.width, frame.height);
    }
    this.callback?.onRenderVideoFrame('', BIG, frame);
  }
}
