import { isPkWith, offAir, roleName } from './on-air';
import { goalAt } from './show-script';
import { ANCHOR, AUDIENCE, onAirState, withSlices } from './testing/room-states';

describe('offAir', () => {
  const pkGoal = goalAt(0.3);
  const plain = goalAt(0);

  it('is empty when the room is exactly as the goal plans', () => {
    expect(offAir(onAirState(plain), plain)).toEqual([]);
    expect(offAir(onAirState(pkGoal), pkGoal)).toEqual([]);
  });

  it('names each gap: engine, session, role, camera, mic, network and PK', () => {
    const state = withSlices(onAirState(pkGoal), {
      engineInfo: { status: 'restarting' },
      session: { pendingRole: AUDIENCE },
      localMedia: { previewStarted: false, audioStarted: false },
      connection: { status: 'lost' },
      pk: { status: 'idle', target: null, targetUserId: null },
    });
    expect(offAir(state, pkGoal)).toEqual(['engine restarting', 'role anchor→audience', 'camera off', 'mic off', 'network lost', 'PK idle']);
  });

  it('sees a session out of the room, and one in another room', () => {
    expect(offAir(withSlices(onAirState(plain), { session: { status: 'idle' } }), plain)).toContain('session idle');
    expect(offAir(withSlices(onAirState(plain), { session: { params: { sdkAppId: 1, roomId: 5, userId: 'host_1', role: ANCHOR } } }), plain)).toEqual(['in room 5']);
  });

  it('counts a PK with the wrong opponent, or one left open when none is planned, as off air', () => {
    const withB = onAirState(pkGoal);
    expect(offAir(withB, goalAt(0.8))).toEqual(['PK connected userB']);
    expect(offAir(withB, plain)).toEqual(['PK connected userB']);
  });

  it('tells a PK by room and user, a string room never matching a numeric one', () => {
    const pk = onAirState(pkGoal).pk;
    expect(isPkWith(pk, { roomId: 978, userId: 'userB' })).toBe(true);
    expect(isPkWith(pk, { roomId: 978, userId: 'userC' })).toBe(false);
    expect(isPkWith({ ...pk, target: { strRoomId: '978' } }, { roomId: 978, userId: 'userB' })).toBe(false);
    expect(isPkWith({ ...pk, status: 'connecting' }, { roomId: 978, userId: 'userB' })).toBe(false);
  });

  it('names roles', () => {
    expect([roleName(ANCHOR), roleName(AUDIENCE), roleName(null)]).toEqual(['anchor', 'audience', 'none']);
  });
});
