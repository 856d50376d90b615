import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';
import { selectCanReenter, selectEngineNotice, selectEngineReady, selectEngineStatus, selectReenterOffer, selectSandboxEngine } from './selectors';

const run = (state: RoomState, ...actions: RoomAction[]) => actions.reduce(roomReducer, state);
const ready = (generation: number) => EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 's', generation, at: generation * 100 });
const lost = (camera = true, mic = false) => EngineActions.engineLost({ reason: 'worker exited (code 1)', at: 50, capture: { camera, mic, share: null } });
const enter = (params: { roomId?: number; strRoomId?: string }) =>
  ConsoleActions.enterRoomRequested({
    params: { sdkAppId: 1400000001, ...params, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
    scene: TRTCAppScene.TRTCAppSceneLIVE,
    at: 1,
  });

describe('engine selectors', () => {
  it('say starting before the first engine, and nothing once it is ready', () => {
    const start = initialRoomState();
    expect([selectEngineStatus(start), selectEngineReady(start), selectEngineNotice(start)]).toEqual(['starting', false, { kind: 'starting' }]);
    const up = run(start, ready(1));
    expect([selectEngineStatus(up), selectEngineReady(up), selectEngineNotice(up)]).toEqual(['ready', true, null]);
  });

  it('say restarting with the reason, then restarted while the lost session waits', () => {
    const restarting = run(initialRoomState(), ready(1), enter({ roomId: 29834 }), EngineActions.roomEntered({ elapsedMs: 1, at: 2 }), lost());
    expect(selectEngineNotice(restarting)).toEqual({ kind: 'restarting', reason: 'worker exited (code 1)' });
    expect(selectCanReenter(restarting)).toBe(false);
    expect(selectReenterOffer(restarting)).toBeNull();

    const back = run(restarting, ready(2));
    expect(selectEngineNotice(back)).toEqual({ kind: 'restarted' });
    expect(selectCanReenter(back)).toBe(true);
    expect(selectReenterOffer(back)).toEqual({ sdkAppId: 1400000001, room: 29834, userId: 'host_1', camera: true, mic: false, share: null });

    // Re-entering (or entering anew) ends the offer and the notice.
    const again = run(back, enter({ roomId: 29834 }));
    expect([selectEngineNotice(again), selectCanReenter(again), selectReenterOffer(again)]).toEqual([null, false, null]);
  });

  it('offer a string room by its strRoomId, and nothing after a loss outside any room', () => {
    const back = run(initialRoomState(), ready(1), enter({ strRoomId: 'show-night' }), lost(false, true), ready(2));
    expect(selectReenterOffer(back)).toMatchObject({ room: 'show-night', camera: false, mic: true });
    const idle = run(initialRoomState(), ready(1), lost(), ready(2));
    expect([selectEngineNotice(idle), selectCanReenter(idle)]).toEqual([null, false]);
  });
});

describe('selectSandboxEngine', () => {
  it('is null until the engine reported, then says whether it is the sandbox', () => {
    expect(selectSandboxEngine(initialRoomState())).toBeNull();
    expect(selectSandboxEngine(run(initialRoomState(), ready(1)))).toBe(true);
    expect(selectSandboxEngine(run(initialRoomState(), EngineActions.engineReady({ kind: 'trtc', sdkVersion: '12.3', generation: 1, at: 1 })))).toBe(false);
  });
});
