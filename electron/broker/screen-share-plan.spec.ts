import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCRoleType, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError, Command } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, interruptedShare, roomReducer, type RoomAction, type RoomState, type ScreenSource } from '@broadcast-core/room-state';

import { planCommand, type CommandPlan } from './command-plan';
import { restorePlans } from './engine-restore';
import { eventToActions } from './event-to-actions';
import { inLiveRoom, stateAfter } from './testing/broker-fixtures';

const AT = 9_000;
const source = (sourceId: string, kind: 'screen' | 'window', consoleWindow = false): ScreenSource => ({
  kind,
  sourceId,
  sourceName: consoleWindow ? 'Broadcaster Console - Control panel' : sourceId,
  width: 1920,
  height: 1080,
  isMainScreen: sourceId === 'screen-1',
  thumbnail: null,
  consoleWindow,
});
const SOURCES = [source('screen-1', 'screen'), source('window-slides', 'window'), source('window-console', 'window', true)];

const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
const listed = EngineActions.screenSourcesListed({ sources: SOURCES, at: 1 });
const inRoomWithSources = () => stateAfter(ready, ...inLiveRoom(TRTCRoleType.TRTCRoleAnchor), listed);
const apply = (state: RoomState, ...actions: RoomAction[]) => actions.reduce((s, a) => roomReducer(s, a), state);

function plan(command: Command, state: RoomState): CommandPlan | BridgeError {
  return planCommand(command, { state, at: AT, engine: 'sandbox' });
}

function accepted(command: Command, state: RoomState): { plan: CommandPlan; after: RoomState } {
  const result = plan(command, state);
  if ('code' in result) throw new Error(`refused: ${result.message}`);
  return { plan: result, after: apply(state, ...result.accepted) };
}

describe('screen-share commands', () => {
  it('lists sources with small thumbnails, asking the engine only (the list comes back as a report)', () => {
    const { plan: p } = accepted({ type: 'getScreenCaptureSources' }, stateAfter(ready));
    expect(p.accepted).toEqual([]);
    expect(p.calls.map(({ method, args }) => ({ method, args }))).toEqual([{ method: 'getScreenCaptureSources', args: [128, 72, 32, 32] }]);
  });

  it('starts a screen share: starting at once; the console windows excluded, the target chosen, then the sub stream started', () => {
    const { plan: p, after } = accepted({ type: 'startScreenCapture', sourceId: 'screen-1' }, inRoomWithSources());
    expect(after.screenShare).toMatchObject({ status: 'starting', source: { sourceId: 'screen-1', sourceName: 'screen-1' }, encoder: { videoFps: 15, videoBitrate: 1600 } });
    expect(p.pending).toBe(true);
    expect(p.calls.map((c) => c.method)).toEqual(['addExcludedShareWindow', 'selectScreenCaptureTarget', 'startScreenCapture']);
    expect(p.calls[0].args).toEqual(['window-console']);
    expect(p.calls[1].args[0]).toMatchObject({ type: 1, sourceId: 'screen-1', sourceName: 'screen-1' });
    expect(p.calls[2].args.slice(0, 2)).toEqual([null, TRTCVideoStreamType.TRTCVideoStreamTypeSub]);
  });

  it('shares a window without exclusions, with the encoder the command gives', () => {
    const encoder = { videoResolution: 108, resMode: 0, videoFps: 10, videoBitrate: 600, minVideoBitrate: 0, enableAdjustRes: false };
    const { plan: p, after } = accepted({ type: 'startScreenCapture', sourceId: 'window-slides', encoder }, inRoomWithSources());
    expect(p.calls.map((c) => c.method)).toEqual(['selectScreenCaptureTarget', 'startScreenCapture']);
    expect(p.calls[1].args[2]).toEqual(encoder);
    expect(after.screenShare.encoder).toEqual(encoder);
  });

  it('shares a region with the capture options asked for; by default the pointer is captured and viewers see no border', () => {
    const plain = accepted({ type: 'startScreenCapture', sourceId: 'window-slides' }, inRoomWithSources()).plan;
    expect(plain.calls[0].args.slice(1)).toEqual([{ left: 0, top: 0, right: 0, bottom: 0 }, expect.objectContaining({ enableCaptureMouse: true, enableHighLight: false, enableHighPerformance: true })]);
    const region = { left: 960, top: 0, right: 1920, bottom: 1080 };
    const { plan: p } = accepted({ type: 'startScreenCapture', sourceId: 'window-slides', region, capture: { mouse: false, border: true } }, inRoomWithSources());
    expect(p.calls[0].args.slice(1)).toEqual([region, expect.objectContaining({ enableCaptureMouse: false, enableHighLight: true })]);
  });

  it('refuses a region that reaches past the source, naming the field, and changes nothing', () => {
    const state = inRoomWithSources();
    expect(plan({ type: 'startScreenCapture', sourceId: 'window-slides', region: { left: 0, top: 0, right: 1921, bottom: 1080 } }, state)).toMatchObject({
      code: 'invalid-command',
      reason: 'regionOutsideSource',
      params: { sourceName: 'window-slides', width: 1920, height: 1080 },
      field: 'command.region',
    });
    expect(state.screenShare.status).toBe('idle');
  });

  it('refuses a share outside a room, a second one, an unknown source and the console’s own window, naming the field', () => {
    expect(plan({ type: 'startScreenCapture', sourceId: 'screen-1' }, stateAfter(ready, listed))).toMatchObject({ code: 'invalid-state', reason: 'shareOutsideRoom' });
    const starting = accepted({ type: 'startScreenCapture', sourceId: 'screen-1' }, inRoomWithSources()).after;
    expect(plan({ type: 'startScreenCapture', sourceId: 'screen-1' }, starting)).toMatchObject({ reason: 'shareAlready', params: { status: 'starting' } });
    for (const sourceId of ['gone', 'window-console']) {
      expect(plan({ type: 'startScreenCapture', sourceId }, inRoomWithSources())).toMatchObject({ code: 'invalid-command', reason: 'unknownScreenSource', field: 'command.sourceId' });
    }
  });

  it('settles the start with onScreenCaptureStarted, and ends it with -102016 when someone else shares', () => {
    const starting = accepted({ type: 'startScreenCapture', sourceId: 'screen-1' }, inRoomWithSources()).after;
    const started = apply(starting, ...eventToActions({ name: 'onScreenCaptureStarted', args: [] }, { state: starting, at: AT + 1 }));
    expect(started.screenShare).toMatchObject({ status: 'sharing', startedAt: AT + 1 });
    const code = TXLiteAVError.ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO;
    const actions = eventToActions({ name: 'onError', args: [code, 'guest is already sharing'] }, { state: starting, at: AT + 1 });
    const refused = apply(starting, ...actions);
    expect(refused.screenShare).toMatchObject({ status: 'idle', source: null, lastError: { code: -102016, message: 'guest is already sharing' } });
    expect(refused.eventLog.entries.at(-1)).toMatchObject({ code: -102016 });
    // Outside a start the same code is only logged.
    expect(eventToActions({ name: 'onError', args: [code, 'x'] }, { state: started, at: AT }).map((a) => a.type)).toEqual(['[Engine] Error Raised']);
  });

  it('pauses, resumes and stops with pending states the callbacks settle; refuses what the share is not doing', () => {
    const sharing = apply(accepted({ type: 'startScreenCapture', sourceId: 'screen-1' }, inRoomWithSources()).after, EngineActions.screenCaptureStarted({ at: AT }));
    expect(plan({ type: 'resumeScreenCapture' }, sharing)).toMatchObject({ reason: 'noShare', params: { action: 'resume' } });
    const pausing = accepted({ type: 'pauseScreenCapture' }, sharing).after;
    expect(pausing.screenShare.status).toBe('pausing');
    const paused = apply(pausing, EngineActions.screenCapturePaused({ reason: 0 }));
    expect(paused.screenShare.status).toBe('paused');
    expect(accepted({ type: 'resumeScreenCapture' }, paused).after.screenShare.status).toBe('resuming');
    const stopping = accepted({ type: 'stopScreenCapture' }, paused).after;
    expect(stopping.screenShare.status).toBe('stopping');
    expect(plan({ type: 'stopScreenCapture' }, stopping)).toMatchObject({ reason: 'noShare', params: { action: 'stop' } });
    const stopped = apply(stopping, EngineActions.screenCaptureStopped({ reason: 0, at: AT }));
    expect(stopped.screenShare).toMatchObject({ status: 'idle', source: null, lastStopReason: 0 });
  });

  it('puts a failed pause back as it was', () => {
    const sharing = apply(accepted({ type: 'startScreenCapture', sourceId: 'screen-1' }, inRoomWithSources()).after, EngineActions.screenCaptureStarted({ at: AT }));
    const { plan: p, after } = accepted({ type: 'pauseScreenCapture' }, sharing);
    expect(apply(after, ...p.failed!({ code: -1, message: 'threw' }, AT, 0)).screenShare.status).toBe('sharing');
  });

  it('sets the sub encoder as a setting, and lets a virtual participant share on the sandbox', () => {
    const params = { videoResolution: 112, resMode: 0, videoFps: 15, videoBitrate: 1600, minVideoBitrate: 0, enableAdjustRes: true };
    const { plan: p } = accepted({ type: 'setSubStreamEncoderParam', params }, inRoomWithSources());
    expect(p.pending).toBe(false);
    expect(p.calls.map((c) => c.method)).toEqual(['setSubStreamEncoderParam']);
    const share = accepted({ type: 'sandbox.shareScreen', userId: 'guest_anchor', sourceId: 'window-game' }, inRoomWithSources()).plan;
    expect(share.calls[0]).toMatchObject({ method: 'sandbox.shareScreen', args: ['guest_anchor', 'window-game'], notFound: { reason: 'userOffline' } });
  });

  it('keeps who else shares from onUserSubStreamAvailable, and forgets them when they leave', () => {
    const state = inRoomWithSources();
    const on = apply(state, ...eventToActions({ name: 'onUserSubStreamAvailable', args: ['guest', 1] }, { state, at: AT }));
    expect(on.screenShare.remoteSharers).toEqual(['guest']);
    expect(apply(on, EngineActions.remoteUserLeft({ userId: 'guest', reason: 0, at: AT })).screenShare.remoteSharers).toEqual([]);
    expect(apply(on, EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest', available: false })).screenShare.remoteSharers).toEqual([]);
  });

  it('gives a fresh engine the sub encoder the lost one had, and nothing when it was the default', () => {
    const devices = { cameras: [], mics: [], speakers: [], camera: null, mic: null, speaker: null };
    const chosen = { camera: null, mic: null, speaker: null };
    const subCalls = (state: RoomState) => restorePlans(state, devices, chosen).flatMap((p) => p.calls).filter((c) => c.method === 'setSubStreamEncoderParam');
    expect(subCalls(inRoomWithSources())).toEqual([]);
    const params = { videoResolution: 108, resMode: 0, videoFps: 10, videoBitrate: 600, minVideoBitrate: 0, enableAdjustRes: false };
    const tuned = apply(inRoomWithSources(), ...accepted({ type: 'setSubStreamEncoderParam', params }, inRoomWithSources()).plan.accepted);
    expect(subCalls(tuned)).toEqual([{ method: 'setSubStreamEncoderParam', args: [params] }]);
  });
});

describe('re-entering after a lost engine shares again', () => {
  const region = { left: 960, top: 0, right: 1920, bottom: 1080 };
  const back = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 2, at: AT + 2 });
  /** A share of the right half of screen-1, running (or paused), then the engine lost as the broker reports it. */
  function lostWhileSharing(paused: boolean): RoomState {
    const starting = accepted({ type: 'startScreenCapture', sourceId: 'screen-1', region, capture: { mouse: false, border: true } }, inRoomWithSources()).after;
    let state = apply(starting, EngineActions.screenCaptureStarted({ at: AT }));
    if (paused) state = apply(state, ConsoleActions.screenSharePauseRequested({ at: AT }), EngineActions.screenCapturePaused({ reason: 0 }));
    const lost = EngineActions.engineLost({ reason: 'gone', at: AT + 1, capture: { camera: true, mic: true, share: interruptedShare(state.screenShare) } });
    return apply(state, lost, back);
  }

  it('enters, then shares the same part of the same source with the same options', () => {
    const state = lostWhileSharing(false);
    expect(state.screenShare.status).toBe('idle');
    const { plan: p, after } = accepted({ type: 'reenterRoom' }, state);
    expect(p.calls.map((c) => c.method)).toEqual(['startLocalPreview', 'startLocalAudio', 'enterRoom', 'addExcludedShareWindow', 'selectScreenCaptureTarget', 'startScreenCapture']);
    expect(p.calls[4].args.slice(1)).toEqual([region, expect.objectContaining({ enableCaptureMouse: false, enableHighLight: true })]);
    expect(after.screenShare).toMatchObject({ status: 'starting', source: { sourceId: 'screen-1', region, capture: { mouse: false, border: true } } });
  });

  it('pauses it again if the host had paused it, so nothing hidden is shown', () => {
    const { plan: p, after } = accepted({ type: 'reenterRoom' }, lostWhileSharing(true));
    expect(p.calls.map((c) => c.method).slice(-2)).toEqual(['startScreenCapture', 'pauseScreenCapture']);
    expect(after.screenShare.status).toBe('pausing');
  });

  it('undoes only what failed: a failed share leaves the entry alone, a failed entry undoes both', () => {
    const { plan: p, after } = accepted({ type: 'reenterRoom' }, lostWhileSharing(false));
    const error = { code: -1, message: 'threw' };
    const shareFailed = apply(after, ...p.failed!(error, AT, 4));
    expect(shareFailed.session.status).toBe('entering');
    expect(shareFailed.screenShare.status).toBe('idle');
    const entryFailed = apply(after, ...p.failed!(error, AT, 2));
    expect(entryFailed.session.status).toBe('idle');
    expect(entryFailed.screenShare.status).toBe('idle');
  });

  it('shares nothing again when nothing was shared, or the source is no longer listed', () => {
    const lost = EngineActions.engineLost({ reason: 'gone', at: AT + 1, capture: { camera: false, mic: false, share: null } });
    expect(accepted({ type: 'reenterRoom' }, apply(inRoomWithSources(), lost, back)).plan.calls.map((c) => c.method)).toEqual(['enterRoom']);
    const relisted = apply(lostWhileSharing(false), EngineActions.screenSourcesListed({ sources: [source('window-slides', 'window')], at: AT + 3 }));
    expect(accepted({ type: 'reenterRoom' }, relisted).plan.calls.map((c) => c.method)).toEqual(['startLocalPreview', 'startLocalAudio', 'enterRoom']);
  });
});
