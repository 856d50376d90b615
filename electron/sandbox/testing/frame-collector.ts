import { TRTCVideoBufferType, TRTCVideoPixelFormat, type TRTCVideoFrame, type TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { SandboxTRTCCloud } from '../client/sandbox-trtc-cloud';

/** A rendered frame as a spec sees it (the frame object itself is reused by the SDK, so its fields are copied). */
export interface CollectedFrame {
  userId: string;
  streamType: TRTCVideoStreamType;
  width: number;
  height: number;
  timestamp: number;
  length: number;
  /** The frame object handed over (to check that consumers share it). */
  frame: TRTCVideoFrame;
}

/** Collects the frames of a client's local render callback, or of its callback for a remote user. */
export function collectFrames(client: SandboxTRTCCloud, remoteUserId?: string): CollectedFrame[] {
  const frames: CollectedFrame[] = [];
  const callback = {
    onRenderVideoFrame(userId: string, streamType: TRTCVideoStreamType, frame: TRTCVideoFrame) {
      frames.push({ userId, streamType, width: frame.width, height: frame.height, timestamp: frame.timestamp, length: frame.length, frame });
    },
  };
  const I420 = TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420;
  const BUFFER = TRTCVideoBufferType.TRTCVideoBufferType_Buffer;
  const result =
    remoteUserId === undefined ? client.setLocalVideoRenderCallback(I420, BUFFER, callback) : client.setRemoteVideoRenderCallback(remoteUserId, I420, BUFFER, callback);
  if (result !== 0) throw new Error(`render callback refused: ${result}`);
  return frames;
}
