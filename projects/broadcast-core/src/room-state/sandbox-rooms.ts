import { createFeature, createReducer, on } from '@ngrx/store';

import { EngineActions } from './engine-actions';
import type { SandboxRoomId, SandboxRoomSummary } from './sandbox-rooms-models';

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
