import { Subject } from 'rxjs';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineActions, type RoomAction, type SandboxRoomSummary } from '@broadcast-core/room-state';

import { VirtualClock } from '../sandbox/clock';
import { SANDBOX_INSPECTION_PERIOD_MS, sandboxInspections } from './sandbox-inspection';
import { RecordingSandboxAdmin } from './testing/scripted-engine';

const room = (roomId: number | string, userIds: string[], down: string[] = []): SandboxRoomSummary => ({
  roomId,
  scene: TRTCAppScene.TRTCAppSceneLIVE,
  members: userIds.map((userId) => ({
    userId,
    role: TRTCRoleType.TRTCRoleAnchor,
    publishingVideo: true,
    publishingAudio: true,
    connectionDown: down.includes(userId),
  })),
  anchorCount: userIds.length,
  virtualAudience: 0,
  onlineCount: userIds.length,
  links: [],
});

/** The source on a virtual clock, with what it emitted. */
function start(rooms: SandboxRoomSummary[] = []) {
  const clock = new VirtualClock(10_000);
  const admin = new RecordingSandboxAdmin();
  admin.rooms = rooms;
  const refresh$ = new Subject<void>();
  const emitted: RoomAction[] = [];
  const subscription = sandboxInspections(admin, { now: () => clock.now(), timers: clock, refresh$ }).subscribe((a) => emitted.push(a));
  return { clock, admin, refresh$, emitted, subscription };
}

describe('sandboxInspections', () => {
  it('looks at once on subscribe and reports rooms that are already there', () => {
    const rooms = [room(29834, ['guest_anchor'])];
    const s = start(rooms);
    expect(s.admin.inspections).toBe(1);
    expect(s.emitted).toEqual([EngineActions.sandboxRoomsInspected({ rooms, at: 10_000 })]);
  });

  it('says nothing about an empty cloud: windows already hold no rooms', () => {
    const s = start();
    s.clock.advance(5 * SANDBOX_INSPECTION_PERIOD_MS);
    expect(s.admin.inspections).toBe(6);
    expect(s.emitted).toEqual([]);
  });

  it('polls every period and emits only when the content changed, with the time of the change', () => {
    const s = start([room(1, ['a'])]);
    // Equal content in a fresh array is no change.
    s.admin.rooms = [room(1, ['a'])];
    s.clock.advance(3 * SANDBOX_INSPECTION_PERIOD_MS);
    expect(s.emitted).toHaveLength(1);

    s.admin.rooms = [room(1, ['a', 'b'])];
    s.clock.advance(SANDBOX_INSPECTION_PERIOD_MS - 1);
    expect(s.emitted).toHaveLength(1);
    s.clock.advance(1);
    expect(s.emitted.at(-1)).toEqual(EngineActions.sandboxRoomsInspected({ rooms: [room(1, ['a', 'b'])], at: 14_000 }));

    s.admin.rooms = [room(1, ['a', 'b'], ['b'])];
    s.clock.advance(SANDBOX_INSPECTION_PERIOD_MS);
    s.admin.rooms = [];
    s.clock.advance(SANDBOX_INSPECTION_PERIOD_MS);
    s.clock.advance(SANDBOX_INSPECTION_PERIOD_MS);
    expect(s.emitted.map((a) => (a as ReturnType<typeof EngineActions.sandboxRoomsInspected>).at)).toEqual([10_000, 14_000, 15_000, 16_000]);
    expect(s.emitted.at(-1)).toEqual(EngineActions.sandboxRoomsInspected({ rooms: [], at: 16_000 }));
  });

  it('looks again at once when refreshed, without waiting for the clock', () => {
    const s = start([room(1, ['a', 'b'])]);
    s.admin.rooms = [room(1, ['a'])];
    s.refresh$.next();
    expect(s.emitted.at(-1)).toEqual(EngineActions.sandboxRoomsInspected({ rooms: [room(1, ['a'])], at: 10_000 }));
    s.refresh$.next();
    expect(s.emitted).toHaveLength(2);
  });

  it('tells numeric room 978 from string room "978"', () => {
    const s = start([room(978, ['a'])]);
    s.admin.rooms = [room('978', ['a'])];
    s.refresh$.next();
    expect(s.emitted).toHaveLength(2);
  });

  it('stops polling when unsubscribed', () => {
    const s = start();
    expect(s.clock.pendingTimers()).toBe(1);
    s.subscription.unsubscribe();
    expect(s.clock.pendingTimers()).toBe(0);
    s.clock.advance(10 * SANDBOX_INSPECTION_PERIOD_MS);
    expect(s.admin.inspections).toBe(1);
  });
});
