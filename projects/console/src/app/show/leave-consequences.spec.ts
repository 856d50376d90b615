import { initialPk, type PkState } from '@broadcast-core/room-state';

import { leaveConsequences } from './leave-consequences';

describe('what leaving would end', () => {
  const pk = (patch: Partial<PkState>): PkState => ({ ...initialPk, ...patch });

  it('is nothing without a PK', () => {
    expect(leaveConsequences(pk({}))).toEqual([]);
  });

  it('names the PK opponent and their room while the PK runs or connects', () => {
    const expected = [{ key: 'confirm.endsPk', params: { user: 'userB', room: 978 } }];
    expect(leaveConsequences(pk({ status: 'connected', target: { roomId: 978 }, targetUserId: 'userB' }))).toEqual(expected);
    expect(leaveConsequences(pk({ status: 'connecting', target: { roomId: 978 }, targetUserId: 'userB' }))).toEqual(expected);
  });

  it('names a string room by its strRoomId', () => {
    expect(leaveConsequences(pk({ status: 'connected', target: { strRoomId: 'studio-b' }, targetUserId: 'userB' }))[0].params).toEqual({ user: 'userB', room: 'studio-b' });
  });
});
