/** A room as TRTC names it: a number for `roomId`, a string for `strRoomId`. */
export type RoomId = number | string;

/** A map key that keeps numeric room 978 and strRoomId "978" apart. */
export type RoomKey = `n:${number}` | `s:${string}`;

/** The key of a room: a number is a numeric room, a string a strRoomId room. */
export function roomKeyOf(roomId: RoomId): RoomKey {
  return typeof roomId === 'number' ? `n:${roomId}` : `s:${roomId}`;
}

/** How messages name a room: `room 978` or `strRoom "978"`. */
export function describeRoom(roomId: RoomId): string {
  return typeof roomId === 'number' ? `room ${roomId}` : `strRoom ${JSON.stringify(roomId)}`;
}
