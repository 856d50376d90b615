/** @jest-environment node */
import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';
import { interruptedShare, screenShareFeature } from './screen-share';
import { selectCanStartShare, selectLocalShareOnAir, selectOtherSharer, selectShareableSources } from './screen-share-selectors';

const apply = (...actions: RoomAction[]): RoomState => actions.reduce((s, a) => roomReducer(s, a), initialRoomState());
const source = (sourceId: string, consoleWindow = false) => ({
  kind: 'window' as const,
  sourceId,
  sourceName: sourceId,
  width: 1280,
  height: 720,
  isMainScreen: false,
  thumbnail: null,
  consoleWindow,
});
const requested = ConsoleActions.screenShareRequested({ source: { sourceId: 'slides', sourceName: 'Slides', region: null, capture: { mouse: true, border: false } }, encoder: initialRoomState().screenShare.encoder, at: 5 });

describe('screenShare slice', () => {
  it('starts idle with the SDK example encoder (1280x720, 15 fps, 1600 kbps) and no sources', () => {
    expect(initialRoomState().screenShare).toMatchObject({ status: 'idle', sources: [], remoteSharers: [], encoder: { videoResolution: 112, videoFps: 15, videoBitrate: 1600 } });
  });

  it('ends the share and forgets remote sharers when the room is left or the engine is lost, keeping sources and encoder', () => {
    const sharing = apply(
      EngineActions.screenSourcesListed({ sources: [source('slides')], at: 1 }),
      requested,
      EngineActions.screenCaptureStarted({ at: 6 }),
      EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest', available: true }),
    );
    for (const end of [EngineActions.roomExited({ reason: 0, at: 9 }), EngineActions.engineLost({ reason: 'x', at: 9, capture: { camera: false, mic: false, share: null } })]) {
      const after = roomReducer(sharing, end).screenShare;
      expect(after).toMatchObject({ status: 'idle', source: null, startedAt: null, remoteSharers: [] });
      expect(after.sources).toHaveLength(1);
    }
  });

  it('says which share a lost engine takes with it: one starting, running or paused, never one idle or stopping', () => {
    const share = (...actions: RoomAction[]) => interruptedShare(apply(...actions).screenShare);
    const slides = { sourceId: 'slides', sourceName: 'Slides', region: null, capture: { mouse: true, border: false } };
    expect(share()).toBeNull();
    expect(share(requested)).toEqual({ source: slides, paused: false });
    expect(share(requested, EngineActions.screenCaptureStarted({ at: 6 }))).toEqual({ source: slides, paused: false });
    expect(share(requested, EngineActions.screenCaptureStarted({ at: 6 }), ConsoleActions.screenSharePauseRequested({ at: 7 }))).toEqual({ source: slides, paused: true });
    expect(share(requested, EngineActions.screenCaptureStarted({ at: 6 }), ConsoleActions.screenShareStopRequested({ at: 7 }))).toBeNull();
  });

  it('returns the same state for an availability it already knows, so the broker sends nothing', () => {
    const state = apply(EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest', available: true }));
    expect(roomReducer(state, EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest', available: true }))).toBe(state);
  });

  it('derives what windows show: shareable sources, whether the preview shows the share, who else shares, whether a share can start', () => {
    const state = apply(
      EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 }),
      EngineActions.screenSourcesListed({ sources: [source('slides'), source('console', true)], at: 1 }),
    );
    expect(selectShareableSources(state).map((s) => s.sourceId)).toEqual(['slides']);
    expect(selectCanStartShare(state)).toBe(false);
    const inRoom: RoomState = { ...state, session: { ...state.session, status: 'in-room' } };
    expect(selectCanStartShare(inRoom)).toBe(true);
    const paused = [requested, EngineActions.screenCaptureStarted({ at: 6 }), EngineActions.screenCapturePaused({ reason: 0 })].reduce<RoomState>((s, a) => roomReducer(s, a), inRoom);
    expect([screenShareFeature.selectStatus(paused), selectLocalShareOnAir(paused), selectCanStartShare(paused)]).toEqual(['paused', true, false]);
    expect(selectOtherSharer(roomReducer(state, EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest', available: true })))).toBe('guest');
  });
});
