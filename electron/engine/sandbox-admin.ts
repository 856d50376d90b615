import type { SandboxRoomSummary } from '@broadcast-core/room-state';

/** The sandbox cloud's server-side operations, as the broker may call them (Tencent's server APIs plus fault injection). */
export interface SandboxAdmin {
  /** RemoveUser; false when the user is not in that room. */
  removeUser(roomId: number | string, userId: string): boolean;
  /** DismissRoom; false when there is no such room. */
  dismissRoom(roomId: number | string): boolean;
  /** Drops a user's network for `ms`; false when the user is not online. */
  dropConnection(userId: string, ms: number): boolean;
  timeoutNextEnter(): void;
  timeoutNextConnectOtherRoom(): void;
  /** Every room of the cloud, with members, counts and links, as plain data (rooms in creation order, members in entry order). */
  inspectRooms(): SandboxRoomSummary[];
  /** Signs a userSig for a user, as a real app server would; the sandbox knows its own secret. */
  signUserSig(userId: string, sdkAppId: number): string;
}
