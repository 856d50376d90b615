import { createFeature, createReducer, on } from '@ngrx/store';
import { TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { changed } from './changed';
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { CodedError, EncoderParams } from './models';
import type { InterruptedShare, ScreenSource, SharedSource } from './screen-share-models';

/**
 * Where the local screen share stands. `starting`, `pausing`, `resuming` and `stopping` are pending states
 * set when the broker accepts the command; the engine's onScreenCapture* callbacks settle them.
 */
export type LocalShareStatus = 'idle' | 'starting' | 'sharing' | 'pausing' | 'paused' | 'resuming' | 'stopping';

/** The local screen share (the sub stream), the sources it can take, and who else shares. */
export interface ScreenShareState {
  sources: ScreenSource[];
  sourcesListedAt: number | null;
  status: LocalShareStatus;
  source: SharedSource | null;
  /** The sub stream's encoder, as last asked for. */
  encoder: EncoderParams;
  startedAt: number | null;
  lastError: CodedError | null;
  /** onScreenCaptureStopped's reason of the last share (0 asked for, 1 the window closed). */
  lastStopReason: number | null;
  /** Remote users whose sub stream is available now, in the order they started. */
  remoteSharers: string[];
}

/** The screen-share settings of trtc.d.ts's startScreenCapture example: 1280x720 landscape, 15 fps, 1600 kbps. */
export const DEFAULT_SUB_STREAM_ENCODER: EncoderParams = {
  videoResolution: TRTCVideoResolution.TRTCVideoResolution_1280_720,
  resMode: TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape,
  videoFps: 15,
  videoBitrate: 1600,
  minVideoBitrate: 0,
  enableAdjustRes: true,
};

/** Nothing shared, no sources listed yet. */
export const initialScreenShare: ScreenShareState = {
  sources: [],
  sourcesListedAt: null,
  status: 'idle',
  source: null,
  encoder: DEFAULT_SUB_STREAM_ENCODER,
  startedAt: null,
  lastError: null,
  lastStopReason: null,
  remoteSharers: [],
};

/**
 * The share a lost engine took with it, for re-entering to share again: one starting, running or paused (a
 * share on its way to paused counts as paused, so nothing the host meant to hide is shown again); none
 * when it was idle or stopping.
 */
export function interruptedShare(s: ScreenShareState): InterruptedShare | null {
  if (!s.source || s.status === 'idle' || s.status === 'stopping') return null;
  return { source: s.source, paused: s.status === 'paused' || s.status === 'pausing' };
}

/** The share ended (stopped, refused, room left, engine lost): settings and sources stay. */
const ended = (s: ScreenShareState, patch: Partial<ScreenShareState>): ScreenShareState =>
  changed(s, { status: 'idle', source: null, startedAt: null, ...patch });

/** Screen-share slice. */
export const screenShareFeature = createFeature({
  name: 'screenShare',
  reducer: createReducer(
    initialScreenShare,
    on(EngineActions.screenSourcesListed, (s, { sources, at }): ScreenShareState => ({ ...s, sources, sourcesListedAt: at })),
    on(ConsoleActions.screenShareRequested, (s, { source, encoder }): ScreenShareState => ({ ...s, status: 'starting', source, encoder, lastError: null, lastStopReason: null })),
    on(EngineActions.screenCaptureStarted, (s, { at }): ScreenShareState => changed(s, { status: 'sharing', startedAt: s.startedAt ?? at })),
    on(ConsoleActions.screenSharePauseRequested, (s): ScreenShareState => changed(s, { status: 'pausing' })),
    on(EngineActions.screenCapturePaused, (s): ScreenShareState => (s.status === 'idle' ? s : changed(s, { status: 'paused' }))),
    on(ConsoleActions.screenShareResumeRequested, (s): ScreenShareState => changed(s, { status: 'resuming' })),
    on(EngineActions.screenCaptureResumed, (s): ScreenShareState => (s.status === 'idle' ? s : changed(s, { status: 'sharing' }))),
    on(ConsoleActions.screenShareStopRequested, (s): ScreenShareState => changed(s, { status: 'stopping' })),
    on(EngineActions.screenCaptureStopped, (s, { reason }): ScreenShareState => ended(s, { lastStopReason: reason })),
    on(EngineActions.screenShareFailed, (s, { error }): ScreenShareState => ended(s, { lastError: error })),
    on(EngineActions.screenShareChangeFailed, (s, { error, back }): ScreenShareState => changed(s, { status: back, lastError: error })),
    on(ConsoleActions.subStreamEncoderSet, (s, { params }): ScreenShareState => changed(s, { encoder: params })),
    on(EngineActions.userSubStreamAvailabilityChanged, (s, { userId, available }): ScreenShareState => {
      const has = s.remoteSharers.includes(userId);
      if (has === available) return s;
      return { ...s, remoteSharers: available ? [...s.remoteSharers, userId] : s.remoteSharers.filter((id) => id !== userId) };
    }),
    on(EngineActions.remoteUserLeft, (s, { userId }): ScreenShareState =>
      s.remoteSharers.includes(userId) ? { ...s, remoteSharers: s.remoteSharers.filter((id) => id !== userId) } : s,
    ),
    // Leaving the room releases the capture; a lost engine took it with it.
    on(EngineActions.roomExited, EngineActions.engineLost, (s): ScreenShareState => ended(s, { remoteSharers: s.remoteSharers.length ? [] : s.remoteSharers })),
  ),
});
