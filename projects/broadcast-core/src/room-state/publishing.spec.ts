/** @jest-environment node */
import { TRTCPublishMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import type { PublishShape } from './publishing-models';
import { selectCdnLive, selectPublishingStartedAt, selectCanStartPublishing, selectWorstCdnUrl } from './publishing-selectors';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const apply = (from: RoomState, ...actions: RoomAction[]): RoomState => actions.reduce((s, a) => roomReducer(s, a), from);
const relay: PublishShape = { mode: TRTCPublishMode.TRTCPublishBigStreamToCdn, layout: { preset: 'solo', custom: [] }, videoLayouts: [] };
const mix: PublishShape = { ...relay, mode: TRTCPublishMode.TRTCPublishMixStreamToCdn, layout: { preset: 'pk', custom: [] } };
const encoder = {
  videoEncodedWidth: 1280, videoEncodedHeight: 720, videoEncodedFPS: 15, videoEncodedGOP: 2, videoEncodedKbps: 1500,
  audioEncodedSampleRate: 48000, audioEncodedChannelNum: 1, audioEncodedKbps: 64, audioEncodedCodecType: 0, videoEncodedCodecType: 0, videoSeiParams: '',
};
const A = 'rtmp://a.example/live/k1';
const B = 'rtmp://b.example/live/k2';
const choice = (shape: PublishShape) => ({ mode: shape.mode, layout: shape.layout });
const start = ConsoleActions.publishingStartRequested({ urls: [A, B], encoder, shape: relay, chosen: choice(relay), at: 10 });
const live = apply(initialRoomState(), start, EngineActions.publishingStarted({ taskId: 't-1', at: 20 }));
const cdn = (url: string, status: 0 | 1 | 2 | 3 | 4 | 5, at: number, code = 0) => EngineActions.cdnStreamStateChanged({ url, status, code, message: '', at });

describe('publishing slice', () => {
  it('starts idle, and a start request is pending with every URL idle since the request', () => {
    expect(initialRoomState().publishing).toMatchObject({ status: 'idle', taskId: null, urls: [] });
    const s = apply(initialRoomState(), start).publishing;
    expect(s).toMatchObject({ status: 'starting', pendingShape: relay, chosen: { mode: relay.mode, layout: relay.layout } });
    expect(s.urls).toEqual([{ url: A, status: 0, since: 10, code: 0, message: '' }, { url: B, status: 0, since: 10, code: 0, message: '' }]);
  });

  it('goes live with the taskId the cloud gave, running the shape it asked for', () => {
    expect(live.publishing).toMatchObject({ status: 'live', taskId: 't-1', shape: relay, pendingShape: null, startedAt: 20 });
  });

  it('ends a refused start with the error', () => {
    const error = { code: -3323, message: 'relay refused' };
    expect(apply(initialRoomState(), start, EngineActions.publishingStartFailed({ error, at: 11 })).publishing).toMatchObject({ status: 'idle', lastError: error, urls: [] });
  });

  it('records each URL status with the time it changed, keeping since-when for a repeated status', () => {
    const s = apply(live, cdn(A, 1, 21), cdn(A, 2, 22), cdn(B, 3, 30), cdn(B, 3, 35)).publishing;
    expect(s.urls).toEqual([{ url: A, status: 2, since: 22, code: 0, message: '' }, { url: B, status: 3, since: 30, code: 0, message: '' }]);
  });

  it('returns the same state for a report about a URL it does not publish to, so the broker sends nothing', () => {
    expect(roomReducer(live, cdn('rtmp://other/x', 2, 21))).toBe(live);
  });

  it('switches shape on an answered update and keeps the taskId and URLs; a PK update does not change the choice', () => {
    const updating = apply(live, ConsoleActions.publishingUpdateRequested({ shape: mix, chosen: null, at: 30 }));
    expect(updating.publishing).toMatchObject({ status: 'updating', pendingShape: mix, pendingChoice: null, shape: relay });
    const updated = apply(updating, EngineActions.publishingUpdated({ at: 31 })).publishing;
    expect(updated).toMatchObject({ status: 'live', taskId: 't-1', shape: mix, chosen: { mode: relay.mode } });
    expect(updated.urls).toBe(live.publishing.urls);
  });

  it('keeps the running shape and the old choice when an operator update fails', () => {
    const error = { code: -3324, message: 'mix refused' };
    const s = apply(live, ConsoleActions.publishingUpdateRequested({ shape: mix, chosen: choice(mix), at: 30 }), EngineActions.publishingUpdateFailed({ error, at: 31 })).publishing;
    expect(s).toMatchObject({ status: 'live', shape: relay, chosen: { mode: relay.mode, layout: relay.layout }, lastError: error });
  });

  it('takes the operator choice an update carried once the cloud answered it', () => {
    const s = apply(live, ConsoleActions.publishingUpdateRequested({ shape: mix, chosen: choice(mix), at: 30 }), EngineActions.publishingUpdated({ at: 31 })).publishing;
    expect(s.chosen).toEqual(choice(mix));
  });

  it('ends on stop, and goes back to live when a stop is refused', () => {
    const stopping = apply(live, ConsoleActions.publishingStopRequested({ at: 40 }));
    expect(stopping.publishing.status).toBe('stopping');
    expect(apply(stopping, EngineActions.publishingStopped({ at: 41 })).publishing).toMatchObject({ status: 'idle', taskId: null, urls: [] });
    const error = { code: -3336, message: 'no such task' };
    expect(apply(stopping, EngineActions.publishingStopFailed({ error, at: 41 })).publishing).toMatchObject({ status: 'live', lastError: error });
  });

  it('forgets the task when the room is left or the engine is lost', () => {
    for (const end of [EngineActions.roomExited({ reason: 0, at: 50 }), EngineActions.engineLost({ reason: 'x', at: 50, capture: { camera: false, mic: false, share: null } })]) {
      expect(roomReducer(live, end).publishing).toMatchObject({ status: 'idle', taskId: null });
    }
  });
});

describe('publishing selectors', () => {
  it('is LIVE (CDN) only while some URL pushes', () => {
    expect(selectCdnLive(live)).toBe(false);
    expect(selectCdnLive(apply(live, cdn(A, 2, 21)))).toBe(true);
  });

  it('names the worst URL: failed before recovering before connecting before pushing', () => {
    expect(selectWorstCdnUrl(initialRoomState())).toBeNull();
    expect(selectWorstCdnUrl(apply(live, cdn(A, 2, 21), cdn(B, 3, 22)))).toMatchObject({ url: B, status: 3 });
    expect(selectWorstCdnUrl(apply(live, cdn(A, 4, 21, -3321), cdn(B, 3, 22)))).toMatchObject({ url: A, status: 4, code: -3321 });
  });

  it('gives the start of a running task for its time on air, and none without a task', () => {
    expect(selectPublishingStartedAt(initialRoomState())).toBeNull();
    expect(selectPublishingStartedAt(live)).toBe(live.publishing.startedAt);
    expect(live.publishing.startedAt).not.toBeNull();
  });

  it('allows a start only in a room, with a ready engine and no task', () => {
    expect(selectCanStartPublishing(initialRoomState())).toBe(false);
  });
});
