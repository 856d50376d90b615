import type { SandboxRoomSummary } from '@broadcast-core/room-state';

import type { SandboxRoomInfo } from '../engine/contract';

/** A sandbox room as the engine reports it, reduced to what the console's sandbox panel shows. */
export function sandboxRoomSummary(room: SandboxRoomInfo): SandboxRoomSummary {
  return {
    roomId: room.roomId,
    scene: room.scene,
    members: room.members.map(({ userId, role, publishingVideo, publishingAudio, connectionDown, sharingScreen }) => ({
      userId,
      role,
      publishingVideo,
      publishingAudio,
      connectionDown,
      sharingScreen,
    })),
    anchorCount: room.anchorCount,
    virtualAudience: room.virtualAudience,
    onlineCount: room.onlineCount,
    links: room.links.map(({ caller, target }) => ({ caller: { ...caller }, target: { ...target } })),
  };
}
