import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';

/** The link between the local client and the cloud. */
export interface ConnectionState {
  status: 'ok' | 'lost' | 'reconnecting';
  since: number | null;
  /** Upstream quality from onNetworkQuality. */
  localQuality: TRTCQuality;
}

const initialConnection: ConnectionState = { status: 'ok', since: null, localQuality: TRTCQuality.TRTCQuality_Unknown };

/** Connection slice: lost, reconnecting, recovered; upstream quality. */
export const connectionFeature = createFeature({
  name: 'connection',
  reducer: createReducer(
    initialConnection,
    on(EngineActions.connectionLost, (s, { at }): ConnectionState => ({ ...s, status: 'lost', since: at })),
    // Repeated reconnect attempts keep the time the trouble began.
    on(EngineActions.reconnecting, (s, { at }): ConnectionState => ({
      ...s,
      status: 'reconnecting',
      since: s.status === 'ok' ? at : s.since,
    })),
    on(EngineActions.connectionRecovered, (s, { at }): ConnectionState => ({ ...s, status: 'ok', since: at })),
    on(EngineActions.networkQualityChanged, (s, { local }): ConnectionState =>
      local === undefined || s.localQuality === local ? s : { ...s, localQuality: local },
    ),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (): ConnectionState => initialConnection),
  ),
});
