import { createFeature, createReducer, on } from '@ngrx/store';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { CodedError, RoomAddress } from './models';

/** Where a cross-room PK link stands. */
export type PkStatus = 'idle' | 'connecting' | 'connected' | 'disconnecting';

/** The cross-room PK link (connectOtherRoom). */
export interface PkState {
  status: PkStatus;
  target: RoomAddress | null;
  targetUserId: string | null;
  requestedAt: number | null;
  startedAt: number | null;
  lastError: CodedError | null;
}

/** No link. */
export const initialPk: PkState = {
  status: 'idle',
  target: null,
  targetUserId: null,
  requestedAt: null,
  startedAt: null,
  lastError: null,
};

/** PK slice. */
export const pkFeature = createFeature({
  name: 'pk',
  reducer: createReducer(
    initialPk,
    on(ConsoleActions.otherRoomConnectRequested, (_, { target, userId, at }): PkState => ({
      ...initialPk,
      status: 'connecting',
      target,
      targetUserId: userId,
      requestedAt: at,
    })),
    on(EngineActions.otherRoomConnected, (s, { at }): PkState => ({ ...s, status: 'connected', startedAt: at })),
    on(EngineActions.otherRoomConnectFailed, (s, { error }): PkState => ({
      ...s,
      status: 'idle',
      startedAt: null,
      lastError: error,
    })),
    on(ConsoleActions.otherRoomDisconnectRequested, (s): PkState => ({ ...s, status: 'disconnecting' })),
    on(EngineActions.otherRoomDisconnected, (s): PkState => ({ ...initialPk, lastError: s.lastError })),
    on(EngineActions.roomExited, ConsoleActions.enterRoomRequested, (): PkState => initialPk),
    on(EngineActions.engineLost, (s): PkState => (s.status === 'idle' ? s : { ...initialPk, lastError: s.lastError })),
  ),
});
