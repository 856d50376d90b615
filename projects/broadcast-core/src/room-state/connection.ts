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
  /** The last outage that ended: from the first lost or reconnecting to onConnectionRecovery. */
  lastOutage: { startedAt: number; recoveredAt: number } | null;
}

const initialConnection: ConnectionState = { status: 'ok', since: null, localQuality: TRTCQuality.TRTCQuality_Unknown, lastOutage: null };

/** How long a recovery stays news: long enough for a host to read "recovered after 0:12". */
export const RECOVERY_NEWS_MS = 30_000;

/** What a window says about the link now: trouble with how long it has lasted, a fresh recovery with how long it took, or steady. */
export type ConnectionNotice =
  | { kind: 'lost' | 'reconnecting'; ms: number }
  | { kind: 'recovered'; ms: number }
  | { kind: 'steady' };

/** The connection notice at `now` (the window's clock; never a negative duration). */
export function connectionNotice(state: ConnectionState, now: number): ConnectionNotice {
  if (state.status !== 'ok') return { kind: state.status, ms: Math.max(0, now - (state.since ?? now)) };
  const outage = state.lastOutage;
  if (outage && now - outage.recoveredAt < RECOVERY_NEWS_MS) return { kind: 'recovered', ms: outage.recoveredAt - outage.startedAt };
  return { kind: 'steady' };
}

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
    on(EngineActions.connectionRecovered, (s, { at }): ConnectionState => ({
      ...s,
      status: 'ok',
      since: at,
      lastOutage: s.status === 'ok' || s.since === null ? s.lastOutage : { startedAt: s.since, recoveredAt: at },
    })),
    on(EngineActions.networkQualityChanged, (s, { local }): ConnectionState =>
      local === undefined || s.localQuality === local ? s : { ...s, localQuality: local },
    ),
    on(EngineActions.roomExited, EngineActions.engineLost, ConsoleActions.enterRoomRequested, (): ConnectionState => initialConnection),
  ),
});
