import { isRoomNamed, type RoomParams, type SandboxRoomId, type SandboxRoomSummary } from '@broadcast-core/room-state';

/** How a sandbox room is named on screen: a translation key and its parameters (numeric and string rooms read differently). */
export function roomLabel(roomId: SandboxRoomId): { key: string; params: { room: SandboxRoomId } } {
  return { key: typeof roomId === 'number' ? 'sandbox.room' : 'sandbox.strRoom', params: { room: roomId } };
}

/** The rooms with the local user's own room first, the rest in the order the cloud created them. */
export function ownRoomFirst(rooms: readonly SandboxRoomSummary[], params: RoomParams | null): SandboxRoomSummary[] {
  const own = rooms.filter((r) => isRoomNamed(r.roomId, params));
  return [...own, ...rooms.filter((r) => !own.includes(r))];
}
