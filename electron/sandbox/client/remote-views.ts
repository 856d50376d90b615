import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCVideoStreamType, type TRTCVideoBufferType, type TRTCVideoFrame, type TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import type { ViewedUsers } from '../server/viewed-users';
import { renderFormatResult } from './render-callback-format';

/** An active startRemoteView of a user's camera. */
interface CameraView {
  /** Big or Small, as asked. */
  streamType: TRTCVideoStreamType;
  /** onFirstVideoFrame was posted for this view since it (re)started. */
  firstFrameSeen: boolean;
}

/**
 * A client's remote views and remote render callbacks. Big and Small are one camera view per user (starting
 * one replaces the other, stopping either stops it); Sub is a view of the user's screen share of its own.
 * One render callback per user gets the frames of both, told apart by their stream type.
 */
export class RemoteViews {
  private readonly views = new Map<string, CameraView>();
  /** Sub-stream views by userId: whether the first frame since the view (re)started was seen. */
  private readonly subViews = new Map<string, { firstFrameSeen: boolean }>();
  private readonly callbacks = new Map<string, TRTCVideoRenderCallback>();

  constructor(
    /** The cloud's register of viewed users, kept in step with this client's views. */
    private readonly viewed: ViewedUsers,
  ) {}

  /** startRemoteView. */
  start(userId: string, streamType: TRTCVideoStreamType): void {
    if (streamType === TRTCVideoStreamType.TRTCVideoStreamTypeSub) {
      if (!this.subViews.has(userId)) this.viewed.add(userId);
      this.subViews.set(userId, { firstFrameSeen: false });
      return;
    }
    if (!this.views.has(userId)) this.viewed.add(userId);
    this.views.set(userId, { streamType, firstFrameSeen: false });
  }

  /** stopRemoteView. */
  stop(userId: string, streamType: TRTCVideoStreamType): void {
    if (streamType === TRTCVideoStreamType.TRTCVideoStreamTypeSub) this.dropSub(userId);
    else this.drop(userId);
  }

  /** setRemoteVideoRenderCallback (null removes it). */
  setCallback(userId: string, callback: TRTCVideoRenderCallback | null): void {
    if (callback) this.callbacks.set(userId, callback);
    else this.callbacks.delete(userId);
  }

  /** setRemoteVideoRenderCallback: null removes the callback; otherwise only I420 buffers are taken, another format returns the SDK's unsupported-format code and changes nothing. */
  setRenderCallback(userId: string, pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    if (!callback) {
      this.setCallback(userId, null);
      return TXLiteAVError.ERR_NULL;
    }
    const result = renderFormatResult(pixelFormat, bufferType);
    if (result === TXLiteAVError.ERR_NULL) this.setCallback(userId, callback);
    return result;
  }

  /** The stream to render for a user now: a view exists and a callback or its first-frame event wants a frame. */
  demand(userId: string): TRTCVideoStreamType | undefined {
    const view = this.views.get(userId);
    if (!view || (view.firstFrameSeen && !this.callbacks.has(userId))) return undefined;
    return view.streamType;
  }

  /** Whether a sub-stream view of a user wants a frame now: it exists, and a callback or its first-frame event wants one. */
  subDemand(userId: string): boolean {
    const view = this.subViews.get(userId);
    return !!view && (!view.firstFrameSeen || this.callbacks.has(userId));
  }

  /** Shows a sub-stream frame in a user's sub view; `onFirst` runs for the first frame since the view (re)started. */
  renderSub(userId: string, frame: TRTCVideoFrame, onFirst: () => void): void {
    const view = this.subViews.get(userId);
    if (!view) return;
    if (!view.firstFrameSeen) {
      view.firstFrameSeen = true;
      onFirst();
    }
    this.callbacks.get(userId)?.onRenderVideoFrame(userId, TRTCVideoStreamType.TRTCVideoStreamTypeSub, frame);
  }

  /** The user's share stopped: the next sub frame is a first frame again. */
  subStreamStopped(userId: string): void {
    const view = this.subViews.get(userId);
    if (view) view.firstFrameSeen = false;
  }

  /** The stream type of the open view of a user's camera, if any. */
  viewing(userId: string): TRTCVideoStreamType | undefined {
    return this.views.get(userId)?.streamType;
  }

  /** Shows a frame in a user's view; `onFirst` runs for the first frame since the view (re)started. */
  render(userId: string, frame: TRTCVideoFrame, onFirst: (streamType: TRTCVideoStreamType) => void): void {
    const view = this.views.get(userId);
    if (!view) return;
    if (!view.firstFrameSeen) {
      view.firstFrameSeen = true;
      onFirst(view.streamType);
    }
    this.callbacks.get(userId)?.onRenderVideoFrame(userId, view.streamType, frame);
  }

  /** The user's video stopped: the next frame is a first frame again; a user who left takes its view along. */
  videoStopped(userId: string, gone: boolean): void {
    if (gone) {
      this.drop(userId);
      this.dropSub(userId);
    } else {
      const view = this.views.get(userId);
      if (view) view.firstFrameSeen = false;
    }
  }

  /** Forgets every view (the session ended); callbacks stay registered, as in the SDK. */
  clearViews(): void {
    for (const userId of this.views.keys()) this.viewed.remove(userId);
    for (const userId of this.subViews.keys()) this.viewed.remove(userId);
    this.views.clear();
    this.subViews.clear();
  }

  private drop(userId: string): void {
    if (this.views.delete(userId)) this.viewed.remove(userId);
  }

  private dropSub(userId: string): void {
    if (this.subViews.delete(userId)) this.viewed.remove(userId);
  }
}
