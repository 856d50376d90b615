import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { ExitReason } from '../common/sdk-reasons';
import type { DeliveryLane } from '../server/delivery-lane';
import type { ClientAudio } from './audio/client-audio';
import type { ClientLocalMedia } from './client-local-media';
import type { ConnectionDrop } from './connection-drop';
import type { RemoteViews } from './remote-views';
import type { PostCallback } from './report-failure';
import type { ScreenSharing } from './screen-share/screen-sharing';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SMALL = TRTCVideoStreamType.TRTCVideoStreamTypeSmall;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

/** The parts of a client the server reaches through its port, and the two user actions it may ask for. */
export interface ClientPortParts {
  /** Closed once the client is destroyed. */
  readonly callbacks: DeliveryLane;
  readonly local: ClientLocalMedia;
  readonly screen: ScreenSharing;
  readonly connection: ConnectionDrop;
  readonly remoteViews: RemoteViews;
  readonly audio: ClientAudio;
  post: PostCallback;
  /** Shares a source, or stops sharing with null, as the user would (the same public calls). */
  shareScreen(sourceId: string | null): void;
  /** The server ended the session: onExitRoom(reason). */
  sessionEnded(reason: ExitReason): void;
}

/** The server's handle on a client: what it publishes and renders, its views of others, and its callbacks. */
export function clientPort(parts: ClientPortParts): SandboxClientPort {
  const { local, screen, connection, remoteViews, post } = parts;
  return {
    post,
    callbacks: parts.callbacks,
    sendsVideo: () => local.capture.sendsVideo,
    sendsAudio: () => local.capture.sendsAudio,
    sendsSubStream: () => screen.capture.status !== 'idle',
    isConnectionDown: () => connection.down,
    dropConnection: (ms) => connection.drop(ms),
    shareScreen: (sourceId) => parts.shareScreen(sourceId),
    remoteFrameDemand: (userId) => remoteViews.demand(userId),
    renderRemoteFrame: (userId, frame) => remoteViews.render(userId, frame, (streamType) => post('onFirstVideoFrame', userId, streamType, frame.width, frame.height)),
    remoteVideoStopped: (userId, gone) => remoteViews.videoStopped(userId, gone),
    videoFrame: (streamType, timestampMs) => (streamType === SUB ? screen.capture.renderAt(timestampMs) : local.camera.renderAt(streamType === SMALL ? SMALL : BIG, timestampMs)),
    remoteSubStreamDemand: (userId) => remoteViews.subDemand(userId),
    renderRemoteSubStream: (userId, frame) => remoteViews.renderSub(userId, frame, () => post('onFirstVideoFrame', userId, SUB, frame.width, frame.height)),
    remoteSubStreamStopped: (userId) => remoteViews.subStreamStopped(userId),
    publishedVideo: (streamType) => {
      if (streamType === SUB) return screen.capture.published();
      return local.capture.sendsVideo ? local.camera.published(streamType === SMALL ? SMALL : BIG) : undefined;
    },
    publishedAudio: () => local.capture.publishedAudio(),
    voiceVolumeAt: (timestampMs) => parts.audio.sentLevel(timestampMs),
    sessionEnded: (reason) => parts.sessionEnded(reason),
  };
}
