import type { RoomMember } from '../../server/room-member';
import type { SandboxServer } from '../../server/sandbox-server';
import type { FrameSink } from '../../common/video-stream-ticker';

/**
 * Remote consumers of a sharer's sub stream: observers (own room, PK-linked rooms) who were told it is
 * available, whose network is up, and who have a sub-stream view wanting a frame.
 */
export function subStreamSinks(server: SandboxServer, sharer: RoomMember): FrameSink[] {
  const sinks: FrameSink[] = [];
  // Only a client with a view of the sharer can want its frames: skip the observers when there is none.
  if (!server.viewed.has(sharer.userId)) return sinks;
  for (const observer of server.observersOf(sharer)) {
    if (!observer.told.get(sharer.userId)?.sub || observer.client.isConnectionDown()) continue;
    if (observer.client.remoteSubStreamDemand(sharer.userId)) sinks.push((frame) => observer.client.renderRemoteSubStream(sharer.userId, frame));
  }
  return sinks;
}
