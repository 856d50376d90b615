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

  it('says the CDN stream stops while a task runs, after the PK', () => {
    expect(leaveConsequences(pk({}), 'live')).toEqual([{ key: 'confirm.stopsCdn' }]);
    expect(leaveConsequences(pk({}), 'starting')).toHaveLength(1);
    expect(leaveConsequences(pk({}), 'stopping')).toEqual([]);
    const both = leaveConsequences(pk({ status: 'connected', target: { roomId: 978 }, targetUserId: 'userB' }), 'updating');
    expect(both.map((c) => c.key)).toEqual(['confirm.endsPk', 'confirm.stopsCdn']);
  });

  it('names a string room by its strRoomId', () => {
    expect(leaveConsequences(pk({ status: 'connected', target: { strRoomId: 'studio-b' }, targetUserId: 'userB' }))[0].params).toEqual({ user: 'userB', room: 'studio-b' });
  });
});
