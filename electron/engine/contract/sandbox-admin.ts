import type { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

/** A sandbox room as the cloud names it: a number for `roomId`, a string for `strRoomId`. */
export type SandboxRoomKey = number | string;

/** A member of a sandbox room, as the sandbox reports it. */
export interface SandboxMemberInfo {
  userId: string;
  role: TRTCRoleType;
  /** Others receive its camera. */
  publishingVideo: boolean;
  /** Others receive its microphone. */
  publishingAudio: boolean;
  /** Its network is cut (dropConnection). */
  connectionDown: boolean;
  /** Others receive its screen share (it holds the room's one sub-stream seat). */
  sharingScreen: boolean;
  /** When it entered, in clock milliseconds. */
  enteredAt: number;
}

/** One end of a cross-room link. */
export interface SandboxLinkEnd {
  roomId: SandboxRoomKey;
  userId: string;
}

/** A cross-room PK link: who called connectOtherRoom, and whom it reached. */
export interface SandboxLinkInfo {
  caller: SandboxLinkEnd;
  target: SandboxLinkEnd;
}

/** A room as the sandbox reports it: plain, structured-clonable data. */
export interface SandboxRoomInfo {
  roomId: SandboxRoomKey;
  scene: TRTCAppScene;
  members: SandboxMemberInfo[];
  anchorCount: number;
  virtualAudience: number;
  /** Members plus virtual audience. */
  onlineCount: number;
  /** Links with a party in this room. */
  links: SandboxLinkInfo[];
}

/** The sandbox cloud's server-side operations (Tencent's server APIs plus fault injection), engine side only. */
export interface SandboxAdmin {
  /** RemoveUser; false when the user is not in that room. */
  removeUser(roomId: SandboxRoomKey, userId: string): boolean;
  /** DismissRoom; false when there is no such room. */
  dismissRoom(roomId: SandboxRoomKey): boolean;
  /** Drops a user's network for `ms`; false when the user is not online. */
  dropConnection(userId: string, ms: number): boolean;
  /** Makes every session of a user share a virtual screen or window (or stop, with null), as a participant would; false when the user is not online. */
  shareScreen(userId: string, sourceId: string | null): boolean;
  timeoutNextEnter(): void;
  timeoutNextConnectOtherRoom(): void;
  /** Makes a CDN host unreachable, or every host when none is given. */
  cdnUnreachable(host?: string): void;
  /** Makes a CDN host reachable again, or every host when none is given. */
  cdnRecover(host?: string): void;
  /** Makes the access network weak (or healthy again): speed tests measure it. */
  weakNetwork(weak: boolean): void;
  /** Pulls a camera, mic or speaker out of the machine (onDeviceChange Remove); false for an unknown device. */
  unplugDevice(deviceId: string): boolean;
  /** Plugs a device back in (onDeviceChange Add); false for an unknown device. */
  plugDevice(deviceId: string): boolean;
  /** Every room of the cloud, with members, counts and links (rooms in creation order, members in entry order). */
  listRooms(): SandboxRoomInfo[];
  /** Signs a userSig for a user, as a real app server would; the sandbox knows its own secret, which never leaves the engine side. */
  signUserSig(userId: string, sdkAppId: number): string;
}
