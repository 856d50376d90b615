import type { TRTCAppScene, TRTCRoleType } from './models';

/** A room as the sandbox cloud names it: a number for `roomId`, a string for `strRoomId`. */
export type SandboxRoomId = number | string;

/** A member of a sandbox room, virtual participant or the local user alike. */
export interface SandboxMemberSummary {
  userId: string;
  role: TRTCRoleType;
  /** Others receive its camera. */
  publishingVideo: boolean;
  /** Others receive its microphone. */
  publishingAudio: boolean;
  /** Its network is cut (a dropped connection not yet recovered). */
  connectionDown: boolean;
  /** Others receive its screen share. */
  sharingScreen: boolean;
}

/** One end of a cross-room PK link. */
export interface SandboxLinkParty {
  roomId: SandboxRoomId;
  userId: string;
}

/** A cross-room PK link: who called connectOtherRoom, and whom it reached. */
export interface SandboxLinkSummary {
  caller: SandboxLinkParty;
  target: SandboxLinkParty;
}

/** A sandbox room as the sandbox panel shows it. */
export interface SandboxRoomSummary {
  roomId: SandboxRoomId;
  scene: TRTCAppScene;
  members: SandboxMemberSummary[];
  anchorCount: number;
  /** Simulated silent viewers: only a number. */
  virtualAudience: number;
  /** Members plus virtual audience. */
  onlineCount: number;
  /** Links with a party in this room. */
  links: SandboxLinkSummary[];
}
