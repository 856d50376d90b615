import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { CodedError, RoomParams } from './models';
import type { InterruptedShare } from './screen-share-models';

/** Where the local user is in the room lifecycle. */
export type SessionStatus = 'idle' | 'entering' | 'in-room' | 'exiting' | 'exited';

/** A room session the engine lost while in it or entering it: what re-entering needs (never the userSig). */
export interface InterruptedSession {
  params: RoomParams;
  scene: TRTCAppScene;
  /** The role held when the engine was lost (a co-anchoring audience member comes back as an anchor). */
  role: TRTCRoleType;
  /** Camera and microphone were on: re-entering starts them again. */
  camera: boolean;
  mic: boolean;
  /** The screen share that was running, if any: re-entering shares it again, paused if it was. */
  share: InterruptedShare | null;
  at: number;
}

/** The local user's room session. */
export interface SessionState {
  status: SessionStatus;
  params: RoomParams | null;
  scene: TRTCAppScene | null;
  role: TRTCRoleType | null;
  /** The role a switchRole call is moving to, while the SDK has not confirmed it. */
  pendingRole: TRTCRoleType | null;
  enterRequestedAt: number | null;
  enteredAt: number | null;
  enterElapsedMs: number | null;
  /** onExitRoom reason: 0 left, 1 removed from the room, 2 room dismissed. */
  exitReason: number | null;
  exitedAt: number | null;
  lastError: CodedError | null;
  /** Why the latest role switch failed; cleared when the next one starts or a switch succeeds. */
  roleSwitchError: CodedError | null;
  /** The session the engine lost, which the console offers to re-enter; cleared by the next entry. */
  interrupted: InterruptedSession | null;
}

/** Before any entry. */
export const initialSession: SessionState = {
  status: 'idle',
  params: null,
  scene: null,
  role: null,
  pendingRole: null,
  enterRequestedAt: null,
  enteredAt: null,
  enterElapsedMs: null,
  exitReason: null,
  exitedAt: null,
  lastError: null,
  roleSwitchError: null,
  interrupted: null,
};

/** In call scenes everyone is an anchor, whatever role was asked for. */
function effectiveRole(role: TRTCRoleType, scene: TRTCAppScene): TRTCRoleType {
  const isCall = scene === TRTCAppScene.TRTCAppSceneVideoCall || scene === TRTCAppScene.TRTCAppSceneAudioCall;
  return isCall ? TRTCRoleType.TRTCRoleAnchor : role;
}

/** Session slice: status, parameters, role and exit reason. */
export const sessionFeature = createFeature({
  name: 'session',
  reducer: createReducer(
    initialSession,
    on(ConsoleActions.enterRoomRequested, (_, { params, scene, at }): SessionState => ({
      ...initialSession,
      status: 'entering',
      params,
      scene,
      role: effectiveRole(params.role, scene),
      enterRequestedAt: at,
    })),
    on(EngineActions.roomEntered, (s, { elapsedMs, at }): SessionState => ({
      ...s,
      status: 'in-room',
      enteredAt: at,
      enterElapsedMs: elapsedMs,
    })),
    on(EngineActions.roomEntryFailed, (s, { error }): SessionState => ({ ...s, status: 'idle', lastError: error })),
    on(ConsoleActions.exitRoomRequested, (s): SessionState => ({ ...s, status: 'exiting' })),
    on(EngineActions.roomExitFailed, (s, { error }): SessionState => ({
      ...s,
      status: s.enteredAt === null ? 'entering' : 'in-room',
      lastError: error,
    })),
    on(EngineActions.roomExited, (s, { reason, at }): SessionState => ({
      ...s,
      status: 'exited',
      exitReason: reason,
      exitedAt: at,
      pendingRole: null,
    })),
    on(ConsoleActions.roleSwitchRequested, (s, { role }): SessionState => ({ ...s, pendingRole: role, roleSwitchError: null })),
    on(EngineActions.roleSwitched, (s, { role }): SessionState => ({ ...s, role, pendingRole: null, roleSwitchError: null })),
    on(EngineActions.roleSwitchFailed, (s, { error }): SessionState => ({
      ...s,
      pendingRole: null,
      lastError: error,
      roleSwitchError: error,
    })),
    // The engine took the session with it: remember what re-entering needs, and settle every pending state.
    on(EngineActions.engineLost, (s, { at, capture }): SessionState => {
      const wasInRoom = (s.status === 'entering' || s.status === 'in-room') && s.params !== null && s.scene !== null;
      return {
        ...s,
        status: wasInRoom ? 'idle' : s.status === 'exiting' ? 'exited' : s.status,
        pendingRole: null,
        exitReason: s.status === 'exiting' ? 0 : s.exitReason,
        exitedAt: s.status === 'exiting' ? at : s.exitedAt,
        interrupted: wasInRoom
          ? { params: s.params!, scene: s.scene!, role: s.pendingRole ?? s.role ?? s.params!.role, camera: capture.camera, mic: capture.mic, share: capture.share, at }
          : s.interrupted,
      };
    }),
  ),
});
