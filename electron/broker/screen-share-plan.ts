import { TRTCScreenCaptureSourceType, TRTCVideoStreamType, type Rect, type TRTCScreenCaptureProperty, type TRTCScreenCaptureSourceInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal, type BridgeError } from '@broadcast-core/bridge';
import {
  ConsoleActions,
  EngineActions,
  type CaptureOptions,
  type EncoderParams,
  type InterruptedShare,
  type RoomState,
  type ScreenSource,
  type SharedSource,
} from '@broadcast-core/room-state';

import { call, inRoom, invalidState, setting, type CommandPlan, type PlanContext, type Planner } from './plan-helpers';

/** Thumbnail and icon sizes asked of getScreenCaptureSources: as PNGs, the sandbox's five sources take about 4 KB of state. */
export const SCREEN_THUMB_SIZE = { width: 128, height: 72 } as const;
const ICON_SIZE = 32;

/** The whole source (a capture rect of zeros), as trtc.d.ts's examples pass it. */
const WHOLE_SOURCE: Rect = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * TRTCScreenCaptureProperty for a share: high performance, as the SDK's default. With high performance on,
 * the highlight border around a shared screen reaches viewers (trtc_define), so the console draws it only when
 * asked: a broadcast's audience should not see a yellow frame unless the host wants one. The mouse pointer
 * is captured unless turned off, as the SDK's default.
 */
function captureProperty(capture: CaptureOptions): TRTCScreenCaptureProperty {
  return { enableCaptureMouse: capture.mouse, enableHighLight: capture.border, enableHighPerformance: true, highLightColor: 0, highLightWidth: 0, enableCaptureChildWindow: false };
}

const NO_IMAGE = { buffer: new ArrayBuffer(0), length: 0, width: 0, height: 0 };

/** The source as selectScreenCaptureTarget takes it: the listed fields, without thumbnails (they stay in state). */
function sourceInfo(source: ScreenSource): TRTCScreenCaptureSourceInfo {
  const type = source.kind === 'screen' ? TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeScreen : TRTCScreenCaptureSourceType.TRTCScreenCaptureSourceTypeWindow;
  const { sourceId, sourceName, width, height, isMainScreen } = source;
  return { type, sourceId, sourceName, thumbBGRA: NO_IMAGE, iconBGRA: NO_IMAGE, isMinimizeWindow: false, width, height, isMainScreen };
}

/**
 * A pause (only while sharing) or a resume (only while paused): its pending state at once, the call, and the
 * state it came from put back when the engine fails the call.
 */
function pauseOrResume(action: 'pause' | 'resume', { state, at }: PlanContext): CommandPlan | BridgeError {
  const from = action === 'pause' ? 'sharing' : 'paused';
  if (state.screenShare.status !== from) return invalidState('noShare', { action });
  return {
    accepted: [action === 'pause' ? ConsoleActions.screenSharePauseRequested({ at }) : ConsoleActions.screenShareResumeRequested({ at })],
    pending: true,
    calls: [call({ method: action === 'pause' ? 'pauseScreenCapture' : 'resumeScreenCapture', args: [] })],
    failed: (error, t) => [EngineActions.screenShareChangeFailed({ error, back: from, at: t })],
  };
}

/**
 * Starting a share: its pending state, and as one group the console's own windows left out of a shared
 * screen (addExcludedShareWindow), the target with its region and capture options, and the sub stream.
 */
export function startShare(share: SharedSource, encoder: EncoderParams, state: RoomState, at: number): Pick<CommandPlan, 'accepted' | 'calls'> {
  const { sources } = state.screenShare;
  const source = sources.find((s) => s.sourceId === share.sourceId)!;
  const ownWindows = source.kind === 'screen' ? sources.filter((s) => s.consoleWindow) : [];
  return {
    accepted: [ConsoleActions.screenShareRequested({ source: share, encoder, at })],
    calls: [
      ...ownWindows.map((w) => call({ method: 'addExcludedShareWindow', args: [w.sourceId] })),
      call({ method: 'selectScreenCaptureTarget', args: [sourceInfo(source), share.region ?? WHOLE_SOURCE, captureProperty(share.capture)] }),
      call({ method: 'startScreenCapture', args: [null, TRTCVideoStreamType.TRTCVideoStreamTypeSub, { ...encoder }] }),
    ],
  };
}

/** Shares again, after re-entering, what a lost engine was sharing (paused again if it was), if its source is still listed. */
export function restartShare(interrupted: InterruptedShare | null, state: RoomState, at: number): Pick<CommandPlan, 'accepted' | 'calls'> {
  const listed = interrupted && state.screenShare.sources.some((s) => s.sourceId === interrupted.source.sourceId && !s.consoleWindow);
  if (!interrupted || !listed) return { accepted: [], calls: [] };
  const started = startShare(interrupted.source, state.screenShare.encoder, state, at);
  if (!interrupted.paused) return started;
  return {
    accepted: [...started.accepted, ConsoleActions.screenSharePauseRequested({ at })],
    calls: [...started.calls, call({ method: 'pauseScreenCapture', args: [] })],
  };
}

type ShareCommand = 'getScreenCaptureSources' | 'startScreenCapture' | 'pauseScreenCapture' | 'resumeScreenCapture' | 'stopScreenCapture' | 'setSubStreamEncoderParam';

/**
 * The screen-share commands. Starting, pausing, resuming and stopping set a pending state at once; the
 * engine's onScreenCapture* callbacks settle it, and an onError refusal (-102016 when someone else in the
 * room shares) ends a start. A shared screen leaves the console's own windows out (addExcludedShareWindow).
 */
export const screenSharePlanners: { [T in ShareCommand]: Planner<T> } = {
  getScreenCaptureSources: () =>
    setting([], call({ method: 'getScreenCaptureSources', args: [SCREEN_THUMB_SIZE.width, SCREEN_THUMB_SIZE.height, ICON_SIZE, ICON_SIZE] })),
  startScreenCapture: ({ sourceId, encoder, region, capture }, { state, at }) => {
    if (!inRoom(state)) return invalidState('shareOutsideRoom');
    const { status, sources } = state.screenShare;
    if (status !== 'idle') return invalidState('shareAlready', { status });
    const source = sources.find((s) => s.sourceId === sourceId && !s.consoleWindow);
    if (!source) return refusal('invalid-command', 'unknownScreenSource', { sourceId }, 'command.sourceId');
    if (region && (region.right > source.width || region.bottom > source.height)) {
      return refusal('invalid-command', 'regionOutsideSource', { sourceName: source.sourceName, width: source.width, height: source.height }, 'command.region');
    }
    const options = { mouse: capture?.mouse ?? true, border: capture?.border ?? false };
    const share = { sourceId, sourceName: source.sourceName, region: region ?? null, capture: options };
    return {
      ...startShare(share, encoder ?? state.screenShare.encoder, state, at),
      pending: true,
      failed: (error, t) => [EngineActions.screenShareFailed({ error, at: t })],
    };
  },
  pauseScreenCapture: (_, ctx) => pauseOrResume('pause', ctx),
  resumeScreenCapture: (_, ctx) => pauseOrResume('resume', ctx),
  stopScreenCapture: (_, { state, at }) => {
    const { status } = state.screenShare;
    if (status === 'idle' || status === 'stopping') return invalidState('noShare', { action: 'stop' });
    return {
      accepted: [ConsoleActions.screenShareStopRequested({ at })],
      pending: true,
      calls: [call({ method: 'stopScreenCapture', args: [] })],
      failed: (error, t) => [EngineActions.screenShareChangeFailed({ error, back: status === 'paused' ? 'paused' : 'sharing', at: t })],
    };
  },
  setSubStreamEncoderParam: ({ params }) =>
    setting([ConsoleActions.subStreamEncoderSet({ params })], call({ method: 'setSubStreamEncoderParam', args: [{ ...params }] })),
};
