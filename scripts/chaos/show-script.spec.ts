import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SHOW_PHASES, goalAt, phaseEnd } from './show-script';

describe('the show script', () => {
  it('starts on air, has a PK, goes off the mic, co-anchors, and ends in a second PK', () => {
    expect(SHOW_PHASES.map((p) => p.goal.phase)).toEqual(['on air', 'PK with userB', 'off mic', 'co-anchoring', 'PK with userC']);
    expect(goalAt(1).pk).toEqual({ roomId: 1001, userId: 'userC' });
    expect(goalAt(0.5).role).toBe(TRTCRoleType.TRTCRoleAudience);
  });

  it('has phases in order, and no PK planned while audience (audience cannot PK)', () => {
    for (let i = 1; i < SHOW_PHASES.length; i++) expect(SHOW_PHASES[i].from).toBeGreaterThan(SHOW_PHASES[i - 1].from);
    for (const { goal } of SHOW_PHASES) if (goal.pk) expect(goal.role).toBe(TRTCRoleType.TRTCRoleAnchor);
  });

  it('gives the goal of the phase holding a fraction, the first before the run and the last after it', () => {
    expect(goalAt(-1).phase).toBe('on air');
    expect(goalAt(0.2).phase).toBe('PK with userB');
    expect(goalAt(0.1999).phase).toBe('on air');
    expect(goalAt(5).phase).toBe('PK with userC');
  });

  it('ends each phase where the next begins', () => {
    expect(phaseEnd(0)).toBe(0.2);
    expect(phaseEnd(0.5)).toBe(0.57);
    expect(phaseEnd(0.9)).toBe(1);
  });
});
