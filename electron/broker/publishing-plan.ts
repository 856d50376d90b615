import { TRTCPublishMode, type TRTCPublishTarget, type TRTCStreamMixingConfig } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, effectiveShape, type LayoutChoice, type PublishChoice, type PublishEncoder, type PublishShape, type RoomState } from '@broadcast-core/room-state';
import { refusal } from '@broadcast-core/bridge';

import { call, inRoom, invalidState, setting, type CommandPlan, type PlannedCall, type Planner } from './plan-helpers';

/** No robot user: only TRTCPublishMixStreamToRoom publishes the mix as one (the console does not). */
const NO_IDENTITY = { userId: '', intRoomId: 0, strRoomId: '' };

/** TRTCPublishTarget for a mode and URLs (isInternalLine true: Tencent's own CDN line, the SDK's default). */
export function publishTarget(mode: TRTCPublishMode, urls: string[]): TRTCPublishTarget {
  return { mode, cdnUrlList: urls.map((rtmpUrl) => ({ rtmpUrl, isInternalLine: true })), mixStreamIdentity: { ...NO_IDENTITY } };
}

/** TRTCStreamMixingConfig for a shape: its layout list, a black background, every user's audio (an empty audioMixUserList). */
export function mixingConfig(shape: PublishShape): TRTCStreamMixingConfig {
  return { backgroundColor: 0, backgroundImage: '', videoLayoutList: shape.videoLayouts, audioMixUserList: [], watermarkList: [] };
}

const isMix = (shape: PublishShape) => shape.mode === TRTCPublishMode.TRTCPublishMixStreamToCdn;

/**
 * The update that takes the running task to a shape: same taskId and URLs. To a mix it sends the encoder and
 * the layout; back to a relay only the target (null keeps the rest, and a relay ignores a layout).
 */
export function updateCall(state: RoomState, shape: PublishShape): PlannedCall {
  const { taskId, urls, encoder } = state.publishing;
  const target = publishTarget(shape.mode, urls.map((u) => u.url));
  return call({ method: 'updatePublishMediaStream', args: [taskId!, target, isMix(shape) ? { ...encoder! } : null, isMix(shape) ? mixingConfig(shape) : null] });
}

/** The plan of an update to a shape; `chosen` is the operator's new choice, null when the broker follows a PK. */
export function updatePlan(state: RoomState, shape: PublishShape, chosen: PublishChoice | null, at: number): CommandPlan {
  return {
    accepted: [ConsoleActions.publishingUpdateRequested({ shape, chosen, at })],
    pending: true,
    calls: [updateCall(state, shape)],
    failed: (error, t) => [EngineActions.publishingUpdateFailed({ error, at: t })],
  };
}

/** A command's layout as state keeps it: the custom boxes always listed (none for a preset). */
function layoutChoice(layout: { preset: LayoutChoice['preset']; custom?: LayoutChoice['custom'] }): LayoutChoice {
  return { preset: layout.preset, custom: layout.custom ?? [] };
}

/** Why the running task cannot be changed or stopped now, if it cannot. */
function busyRefusal(state: RoomState, action: 'update' | 'stop'): BridgeError | null {
  const { status } = state.publishing;
  if (status === 'idle') return invalidState('noPublishing', { action });
  return status === 'live' ? null : invalidState('publishingBusy', { status });
}

/** The stop call of the running task, when there is one: leaving the room ends it first. */
export function stopCalls(state: RoomState): PlannedCall[] {
  const { taskId } = state.publishing;
  return taskId === null ? [] : [call({ method: 'stopPublishMediaStream', args: [taskId] })];
}

type PublishingCommand = 'startPublishing' | 'updatePublishing' | 'stopPublishing' | 'sandbox.cdnUnreachable' | 'sandbox.cdnRecover';

/**
 * The CDN commands. Starting, switching and stopping set a pending state at once; onStart/onUpdate/
 * onStopPublishMediaStream settle it. What the task runs is the operator's choice as the room stands
 * (effectiveShape): during a PK the mix shows both rooms.
 */
export const publishingPlanners: { [T in PublishingCommand]: Planner<T> } = {
  startPublishing: ({ mode, urls, encoder, layout }, { state, at }) => {
    if (!inRoom(state)) return invalidState('publishOutsideRoom');
    const { status } = state.publishing;
    if (status !== 'idle') return invalidState('publishAlready', { status });
    const chosen: PublishChoice = { mode: mode as PublishChoice['mode'], layout: layoutChoice(layout) };
    const full = { ...encoder, videoSeiParams: encoder.videoSeiParams ?? '' };
    const shape = effectiveShape(chosen, state, full);
    return {
      accepted: [ConsoleActions.publishingStartRequested({ urls, encoder: full, shape, chosen, at })],
      pending: true,
      calls: [call({ method: 'startPublishMediaStream', args: [publishTarget(shape.mode, urls), isMix(shape) ? { ...full } : null, isMix(shape) ? mixingConfig(shape) : null] })],
      failed: (error, t) => [EngineActions.publishingStartFailed({ error, at: t })],
    };
  },
  updatePublishing: ({ mode, layout }, { state, at }) => {
    const refused = busyRefusal(state, 'update');
    if (refused) return refused;
    const { chosen, encoder } = state.publishing;
    if (mode === undefined && layout === undefined) return refusal('invalid-command', 'nothingToUpdate', {}, 'command.mode');
    const next: PublishChoice = { mode: (mode ?? chosen!.mode) as PublishChoice['mode'], layout: layout ? layoutChoice(layout) : chosen!.layout };
    return updatePlan(state, effectiveShape(next, state, encoder as PublishEncoder), next, at);
  },
  stopPublishing: (_, { state, at }) =>
    busyRefusal(state, 'stop') ?? {
      accepted: [ConsoleActions.publishingStopRequested({ at })],
      pending: true,
      calls: stopCalls(state),
      failed: (error, t) => [EngineActions.publishingStopFailed({ error, at: t })],
    },
  'sandbox.cdnUnreachable': ({ host }) => setting([], call({ method: 'sandbox.cdnUnreachable', args: host === undefined ? [] : [host] })),
  'sandbox.cdnRecover': ({ host }) => setting([], call({ method: 'sandbox.cdnRecover', args: host === undefined ? [] : [host] })),
};
