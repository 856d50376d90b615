import type { TRTCVideoFrame, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEventMap } from '../../engine/contract';
import type { DeliveryLane } from '../server/delivery-lane';
import type { ExitReason } from './sdk-reasons';

/** What a publisher sends on one video stream, for others' statistics. */
export interface PublishedVideo {
  width: number;
  height: number;
  fps: number;
  /** Kbps. */
  bitrate: number;
}

/** What a publisher sends as audio, for others' statistics. */
export interface PublishedAudio {
  sampleRate: number;
  /** Kbps. */
  bitrate: number;
}

/**
 * The server's handle on one client (a SandboxTRTCCloud): how it reaches the client and what it may
 * ask of it. Kept narrow so the server never depends on the client class.
 */
export interface SandboxClientPort {
  /** Queues a callback for this client; delivered later through the clock, in posting order. */
  post<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void;
  /** The client's callback lane, for callbacks posted in lists (presence news that many clients share). */
  readonly callbacks: DeliveryLane;
  /** Whether the camera would be published if the user is an anchor: preview started and not muted. */
  sendsVideo(): boolean;
  /** Whether the microphone would be published if the user is an anchor: started and not muted. */
  sendsAudio(): boolean;
  /** Whether the client captures a screen and sends its frames (not paused): published when it also holds the room's sub-stream seat. */
  sendsSubStream(): boolean;
  /** True while this client's network is cut (dropConnection): its media neither leaves nor arrives. */
  isConnectionDown(): boolean;
  /** Shares a virtual screen or window (switching to it when a share runs already), or stops sharing with null, as the user would. */
  shareScreen(sourceId: string | null): void;
  /** Cuts this client's network for `ms`. */
  dropConnection(ms: number): void;
  /** The stream type this client wants a frame of for a remote user right now; undefined when none. */
  remoteFrameDemand(userId: string): TRTCVideoStreamType | undefined;
  /** Hands a remote user's frame to this client's view of that user. */
  renderRemoteFrame(userId: string, frame: TRTCVideoFrame): void;
  /** A remote user's video stopped reaching this client; `gone` when the user left its sight altogether. */
  remoteVideoStopped(userId: string, gone: boolean): void;
  /**
   * Renders a stream it publishes, at a time, for the cloud mixer; undefined when it renders none (camera off,
   * or a stream the sandbox does not produce). The frame's buffer is reused by the next render: copy what must last.
   */
  videoFrame(streamType: TRTCVideoStreamType, timestampMs: number): TRTCVideoFrame | undefined;
  /** Whether this client has a view of a remote user's sub stream wanting a frame now. */
  remoteSubStreamDemand(userId: string): boolean;
  /** Hands a remote user's screen-share frame to this client's sub view of that user. */
  renderRemoteSubStream(userId: string, frame: TRTCVideoFrame): void;
  /** A remote user's screen share stopped reaching this client. */
  remoteSubStreamStopped(userId: string): void;
  /** The published video of a stream (small falls back to big when not enabled, Sub is the screen share); undefined when not sending it. */
  publishedVideo(streamType: TRTCVideoStreamType): PublishedVideo | undefined;
  /** The published audio; undefined when not sending audio. */
  publishedAudio(): PublishedAudio | undefined;
  /** The microphone's volume (0-100) at a time. */
  voiceVolumeAt(timestampMs: number): number;
  /** The server ended the session (removed, replaced or dismissed); the client posts onExitRoom(reason). */
  sessionEnded(reason: ExitReason): void;
}
