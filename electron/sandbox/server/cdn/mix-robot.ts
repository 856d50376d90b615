import type { TRTCStreamEncoderParam } from 'trtc-electron-sdk/liteav/trtc_define';

import type { DeliveryLane } from '../delivery-lane';
import type { PublishedAudio, PublishedVideo, SandboxClientPort } from '../../common/sandbox-client-port';
import { hasAudio, hasVideo } from '../../../../projects/broadcast-core/src/bridge/publishing/stream-encoder-check';

/** What the robot publishes: the task's current encoder output. */
export interface RobotOutput {
  encoder(): TRTCStreamEncoderParam;
}

/**
 * The server's handle on the robot of a TRTCPublishMixStreamToRoom task: the user that mixStreamIdentity names,
 * publishing the mix into its room (trtc_define: "该路转码音视频数据将回推到您指定的房间中"). It hears nothing, views
 * nothing and never loses its network. Its own picture is not offered to mixers: a mix that included its own
 * robot would have to render itself.
 */
export function robotPort(lane: DeliveryLane, output: RobotOutput): SandboxClientPort {
  const video = (): PublishedVideo | undefined => {
    const e = output.encoder();
    return hasVideo(e) ? { width: e.videoEncodedWidth, height: e.videoEncodedHeight, fps: e.videoEncodedFPS, bitrate: e.videoEncodedKbps } : undefined;
  };
  const audio = (): PublishedAudio | undefined => {
    const e = output.encoder();
    return hasAudio(e) ? { sampleRate: e.audioEncodedSampleRate, bitrate: e.audioEncodedKbps } : undefined;
  };
  return {
    post: () => undefined,
    callbacks: lane,
    sendsVideo: () => video() !== undefined,
    sendsAudio: () => audio() !== undefined,
    // The robot shares no screen, and the sandbox panel cannot make it.
    sendsSubStream: () => false,
    shareScreen: () => undefined,
    isConnectionDown: () => false,
    dropConnection: () => undefined,
    remoteFrameDemand: () => undefined,
    renderRemoteFrame: () => undefined,
    remoteVideoStopped: () => undefined,
    remoteSubStreamDemand: () => false,
    renderRemoteSubStream: () => undefined,
    remoteSubStreamStopped: () => undefined,
    videoFrame: () => undefined,
    publishedVideo: video,
    publishedAudio: audio,
    voiceVolumeAt: () => 0,
    // Removed or dismissed: the task goes on without its robot in the room, as the service's task outlives members.
    sessionEnded: () => undefined,
  };
}
