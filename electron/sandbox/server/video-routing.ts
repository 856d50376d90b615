import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { CameraStream } from '../common/camera-stream';
import type { RoomMember } from './room-member';
import type { SandboxServer } from './sandbox-server';
import type { FrameSink } from '../common/video-stream-ticker';

/**
 * Remote consumers of one stream of a publisher: observers (own room, PK-linked rooms) who were told its
 * video is available, whose network is up, and who have a view wanting a frame. A view asking for the
 * small stream gets the big one when the publisher does not encode a small stream.
 */
export function remoteVideoSinks(server: SandboxServer, publisher: RoomMember, stream: CameraStream, smallEnabled: boolean): FrameSink[] {
  const sinks: FrameSink[] = [];
  // Only a client with a view of the publisher can want its frames: skip the observers when there is none.
  if (!server.viewed.has(publisher.userId)) return sinks;
  for (const observer of server.observersOf(publisher)) {
    if (!observer.told.get(publisher.userId)?.video || observer.client.isConnectionDown()) continue;
    const wanted = observer.client.remoteFrameDemand(publisher.userId);
    if (wanted === undefined) continue;
    const delivered = wanted === TRTCVideoStreamType.TRTCVideoStreamTypeSmall && smallEnabled ? TRTCVideoStreamType.TRTCVideoStreamTypeSmall : TRTCVideoStreamType.TRTCVideoStreamTypeBig;
    if (delivered === stream) sinks.push((frame) => observer.client.renderRemoteFrame(publisher.userId, frame));
  }
  return sinks;
}
