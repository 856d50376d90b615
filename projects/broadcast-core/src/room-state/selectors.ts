import { createSelector } from '@ngrx/store';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { engineInfoFeature, type EngineStatus } from './engine-info';
import { localMediaFeature } from './local-media';
import { sessionFeature } from './session';

/** Where the engine stands: starting, ready, or lost and restarting. */
export const selectEngineStatus = engineInfoFeature.selectStatus;

/** True when the engine signs userSigs itself (the sandbox; Tencent's cloud with a development key): windows need not give one. */
export const selectEngineSignsUserSigs = engineInfoFeature.selectSignsUserSigs;

/**
 * Whether the engine behind the broker is the sandbox, as the shared state says once the engine reported;
 * null before that (a window then goes by the bridge's hello, see injectIsSandboxEngine). The one place that decides it.
 */
export const selectSandboxEngine = createSelector(engineInfoFeature.selectKind, (kind): boolean | null => (kind === null ? null : kind === 'sandbox'));

/** True while the engine takes commands; the broker refuses every command otherwise (engineNotReady). */
export const selectEngineReady = createSelector(selectEngineStatus, (status): boolean => status === 'ready');

/** What every window says about the engine: not ready yet, lost and restarting (with why), or restarted with a session to re-enter. */
export type EngineNotice =
  | { kind: 'starting' }
  | { kind: 'restarting'; reason: string | null }
  | { kind: 'restarted' };

/** A session the engine lost waits to be re-entered: out of any room, and the interrupted session remembered. */
const selectSessionInterrupted = createSelector(
  sessionFeature.selectStatus,
  sessionFeature.selectInterrupted,
  (status, interrupted): boolean => interrupted !== null && (status === 'idle' || status === 'exited'),
);

/** The engine notice to show, or null when the engine is ready and nothing waits to be re-entered. */
export const selectEngineNotice = createSelector(
  selectEngineStatus,
  engineInfoFeature.selectLastLoss,
  sessionFeature.selectStatus,
  sessionFeature.selectInterrupted,
  (status: EngineStatus, lastLoss, sessionStatus, interrupted): EngineNotice | null => {
    if (status === 'starting') return { kind: 'starting' };
    if (status === 'restarting') return { kind: 'restarting', reason: lastLoss?.reason ?? null };
    return interrupted !== null && sessionStatus === 'idle' ? { kind: 'restarted' } : null;
  },
);

/** True when the console can send reenterRoom: a lost session waits, and a fresh engine is ready. */
export const selectCanReenter = createSelector(selectSessionInterrupted, selectEngineReady, (waiting, ready): boolean => waiting && ready);

/** What the console offers to re-enter: room, user, and whether camera and mic start again; null when it cannot. */
export interface ReenterOffer {
  sdkAppId: number;
  /** The numeric roomId, or the strRoomId. */
  room: number | string;
  userId: string;
  camera: boolean;
  mic: boolean;
  /** The screen or window shared again (paused if it was), or null when nothing was shared. */
  share: { sourceName: string; paused: boolean } | null;
}

/** The re-entry the console offers, or null while re-entering is not possible. */
export const selectReenterOffer = createSelector(selectCanReenter, sessionFeature.selectInterrupted, (can, interrupted): ReenterOffer | null => {
  if (!can || !interrupted) return null;
  const { params, camera, mic, share } = interrupted;
  const shared = share && { sourceName: share.source.sourceName, paused: share.paused };
  return { sdkAppId: params.sdkAppId, room: params.roomId ?? params.strRoomId ?? '', userId: params.userId, camera, mic, share: shared };
});

/** On air: in the room as an anchor with the camera or the mic going out, as every window shows it. */
export const selectOnAir = createSelector(sessionFeature.selectSessionState, localMediaFeature.selectLocalMediaState, (s, m): boolean =>
  s.status === 'in-room' && s.role === TRTCRoleType.TRTCRoleAnchor && ((m.previewStarted && !m.videoMuted) || (m.audioStarted && !m.audioMuted)),
);
