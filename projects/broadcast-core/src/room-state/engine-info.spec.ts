import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialEngineInfo } from './engine-info';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const run = (state: RoomState, ...actions: RoomAction[]) => actions.reduce(roomReducer, state);

const ready = (generation: number, at: number) => EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox-1.0', generation, at });
const lost = (at: number, capture = { camera: true, mic: true, share: null }) => EngineActions.engineLost({ reason: 'engine thread exited with code 1', at, capture });

/** A show on air: camera and mic on, in room 29834 with a guest, a PK connected, the network reconnecting. */
function onAir(): RoomState {
  return run(
    initialRoomState(),
    ready(1, 0),
    ConsoleActions.localPreviewToggled({ started: true }),
    ConsoleActions.localAudioToggled({ started: true }),
    ConsoleActions.enterRoomRequested({
      params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      at: 1,
    }),
    EngineActions.roomEntered({ elapsedMs: 90, at: 2 }),
    EngineActions.remoteUserEntered({ userId: 'guest_anchor', room: 'own', at: 3 }),
    ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 4 }),
    EngineActions.otherRoomConnected({ userId: 'userB', at: 5 }),
    EngineActions.reconnecting({ at: 6 }),
  );
}

describe('engine info: the engine’s life', () => {
  it('starts as starting, and is ready once the first engine reports', () => {
    expect(initialRoomState().engineInfo).toEqual(initialEngineInfo);
    expect(initialEngineInfo.status).toBe('starting');
    expect(run(initialRoomState(), ready(1, 10)).engineInfo).toEqual({
      kind: 'sandbox',
      sdkVersion: 'sandbox-1.0',
      status: 'ready',
      generation: 1,
      lastLoss: null,
      losses: 0,
      notice: null,
      signsUserSigs: true,
    });
  });

  it('keeps why the engine running is not the one asked for, until an engine reports without a notice', () => {
    const fallback = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 's', generation: 1, at: 1, notice: "Tencent's TRTC SDK could not be loaded; the sandbox cloud runs instead." });
    const state = run(initialRoomState(), fallback);
    expect(state.engineInfo).toMatchObject({ kind: 'sandbox', notice: "Tencent's TRTC SDK could not be loaded; the sandbox cloud runs instead." });
    expect(run(state, ready(2, 5)).engineInfo.notice).toBeNull();
  });

  it('records a loss, restarts, and keeps the last loss after the fresh engine is ready', () => {
    const restarting = run(initialRoomState(), ready(1, 0), lost(100));
    expect(restarting.engineInfo).toMatchObject({ status: 'restarting', lastLoss: { reason: 'engine thread exited with code 1', at: 100 }, losses: 1 });
    const back = run(restarting, ready(2, 200));
    expect(back.engineInfo).toMatchObject({ status: 'ready', generation: 2, lastLoss: { at: 100 }, losses: 1 });
    expect(run(back, lost(300), ready(3, 400)).engineInfo).toMatchObject({ generation: 3, losses: 2, lastLoss: { at: 300 } });
  });
});

describe('engine lost: the room goes with the engine', () => {
  it('resets session, capture, remote users, PK and connection, and remembers the session to re-enter', () => {
    const before = onAir();
    const after = run(before, lost(7));
    expect(after.session).toMatchObject({ status: 'idle', pendingRole: null });
    expect(after.session.interrupted).toEqual({
      params: before.session.params,
      scene: TRTCAppScene.TRTCAppSceneLIVE,
      role: TRTCRoleType.TRTCRoleAnchor,
      camera: true,
      mic: true,
      share: null,
      at: 7,
    });
    expect(after.localMedia).toMatchObject({ previewStarted: false, audioStarted: false, firstFrame: null, volume: 0 });
    // Settings stay, to be applied again.
    expect(after.localMedia.encoder).toBe(before.localMedia.encoder);
    expect(after.remoteUsers.ids).toEqual([]);
    expect(after.pk.status).toBe('idle');
    expect(after.connection.status).toBe('ok');
  });
});
