import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';
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

/** What the sandbox cloud holds, as last inspected by the broker (always empty on Tencent's cloud). */
export interface SandboxRoomsState {
  rooms: SandboxRoomSummary[];
  /** When the broker last saw a change, on its clock; null before the first one. */
  inspectedAt: number | null;
}

/** No inspection yet. */
export const initialSandboxRooms: SandboxRoomsState = { rooms: [], inspectedAt: null };

/** Sandbox slice: every room of the sandbox cloud, with members, counts and links. */
export const sandboxFeature = createFeature({
  name: 'sandbox',
  reducer: createReducer(
    initialSandboxRooms,
    on(EngineActions.sandboxRoomsInspected, (_, { rooms, at }): SandboxRoomsState => ({ rooms, inspectedAt: at })),
  ),
});

/** True when a sandbox room is the one a session's params name (numeric room 978 and strRoomId "978" differ). */
export function isRoomNamed(roomId: SandboxRoomId, params: { roomId?: number; strRoomId?: string } | null): boolean {
  if (!params) return false;
  return typeof roomId === 'number' ? roomId === params.roomId : params.roomId === undefined && roomId === params.strRoomId;
}
