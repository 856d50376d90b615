import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

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
