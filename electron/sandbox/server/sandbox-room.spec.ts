import fc from 'fast-check';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { RoomMember } from './room-member';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { SandboxRoom } from './sandbox-room';

const ANCHOR = TRTCRoleType.TRTCRoleAnchor;
const AUDIENCE = TRTCRoleType.TRTCRoleAudience;
const CLIENT = { sendsVideo: () => true, sendsAudio: () => true } as unknown as SandboxClientPort;

type Step = { kind: 'add'; user: number; anchor: boolean } | { kind: 'remove'; user: number } | { kind: 'role'; user: number } | { kind: 'clear' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), user: fc.nat(5), anchor: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), user: fc.nat(5) }),
  fc.record({ kind: fc.constant('role' as const), user: fc.nat(5) }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

describe('SandboxRoom', () => {
  it('keeps its anchor count equal to counting the members, whatever comes, goes or switches role', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 50 }), (steps) => {
        const room = new SandboxRoom(1, TRTCAppScene.TRTCAppSceneLIVE);
        const other = new SandboxRoom(2, TRTCAppScene.TRTCAppSceneLIVE);
        const sessions: RoomMember[] = [];
        for (const s of steps) {
          const userId = `u${'user' in s ? s.user : 0}`;
          const member = sessions.find((m) => m.userId === userId && m.inRoom);
          if (s.kind === 'add' && !member) {
            const session = new RoomMember(CLIENT, userId, s.anchor ? ANCHOR : AUDIENCE, room, 0);
            room.add(session);
            sessions.push(session);
          } else if (s.kind === 'remove') {
            // A session that already left (or one of another room) changes nothing.
            room.remove(member ?? new RoomMember(CLIENT, userId, ANCHOR, other, 0));
          } else if (s.kind === 'role') {
            const target = member ?? sessions.find((m) => m.userId === userId);
            if (target) target.room.setRole(target, target.isAnchor ? AUDIENCE : ANCHOR);
          } else if (s.kind === 'clear') room.clear();
          expect(room.anchorCount()).toBe([...room.members.values()].filter((m) => m.isAnchor).length);
        }
      }),
    );
  });
});
