import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { initialSession, sessionFeature, type SessionState } from './session';

const run = (state: SessionState, ...actions: Parameters<typeof sessionFeature.reducer>[1][]) =>
  actions.reduce((s, a) => sessionFeature.reducer(s, a), state);

describe('session: role switch errors', () => {
  const error = { code: -100011, message: 'bad scene or role' };

  it('keeps the failure of the latest switch until the next one starts', () => {
    const failed = run(
      initialSession,
      ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 1 }),
      EngineActions.roleSwitchFailed({ error, at: 2 }),
    );
    expect(failed).toMatchObject({ pendingRole: null, roleSwitchError: error, lastError: error });
    const retried = run(failed, ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }));
    expect(retried.roleSwitchError).toBeNull();
  });

  it('clears it when a switch succeeds', () => {
    const state = run(initialSession, EngineActions.roleSwitchFailed({ error, at: 2 }), EngineActions.roleSwitched({ role: TRTCRoleType.TRTCRoleAudience, at: 3 }));
    expect(state.roleSwitchError).toBeNull();
  });
});

describe('session: engine lost', () => {
  const params = { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAudience };
  const enter = (scene = TRTCAppScene.TRTCAppSceneLIVE) => ConsoleActions.enterRoomRequested({ params, scene, at: 1 });
  const lost = (at: number, camera = true, mic = true) => EngineActions.engineLost({ reason: 'engine thread exited', at, capture: { camera, mic, share: null } });

  it('remembers the screen share the engine took with it, for re-entering to share again', () => {
    const share = { source: { sourceId: 'screen-1', sourceName: 'Screen 1', region: null, capture: { mouse: true, border: false } }, paused: true };
    const lostSharing = EngineActions.engineLost({ reason: 'engine thread exited', at: 3, capture: { camera: true, mic: true, share } });
    const state = run(initialSession, enter(), EngineActions.roomEntered({ elapsedMs: 80, at: 2 }), lostSharing);
    expect(state.interrupted?.share).toEqual(share);
  });

  it('goes idle in the room it was in, remembering what re-entering needs', () => {
    const state = run(initialSession, enter(), EngineActions.roomEntered({ elapsedMs: 80, at: 2 }), lost(3, true, false));
    expect(state.status).toBe('idle');
    expect(state.interrupted).toEqual({ params, scene: TRTCAppScene.TRTCAppSceneLIVE, role: TRTCRoleType.TRTCRoleAudience, camera: true, mic: false, share: null, at: 3 });
  });

  it('comes back with the role a pending switch was moving to', () => {
    const state = run(
      initialSession,
      enter(),
      EngineActions.roomEntered({ elapsedMs: 80, at: 2 }),
      ConsoleActions.roleSwitchRequested({ role: TRTCRoleType.TRTCRoleAnchor, at: 3 }),
      lost(4),
    );
    expect(state).toMatchObject({ pendingRole: null, interrupted: { role: TRTCRoleType.TRTCRoleAnchor } });
  });

  it('interrupts an entry under way as well', () => {
    const state = run(initialSession, enter(TRTCAppScene.TRTCAppSceneVideoCall), lost(2, false, false));
    // In a call everyone is an anchor, whatever role was asked for.
    expect(state).toMatchObject({ status: 'idle', interrupted: { scene: TRTCAppScene.TRTCAppSceneVideoCall, role: TRTCRoleType.TRTCRoleAnchor, camera: false } });
  });

  it('settles a leave under way as left, and has nothing to re-enter out of a room', () => {
    const leaving = run(initialSession, enter(), EngineActions.roomEntered({ elapsedMs: 80, at: 2 }), ConsoleActions.exitRoomRequested({ at: 3 }), lost(4));
    expect(leaving).toMatchObject({ status: 'exited', exitReason: 0, exitedAt: 4, interrupted: null });
    expect(run(initialSession, lost(1))).toMatchObject({ status: 'idle', interrupted: null });
  });

  it('keeps the interrupted session through a second loss, and forgets it at the next entry', () => {
    const interrupted = run(initialSession, enter(), lost(2));
    expect(run(interrupted, lost(5)).interrupted).toBe(interrupted.interrupted);
    expect(run(interrupted, enter()).interrupted).toBeNull();
  });
});
