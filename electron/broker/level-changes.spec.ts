import fc from 'fast-check';

import { EngineActions, initialRoomState, roomReducer, voiceLevelOf, type RoomState } from '@broadcast-core/room-state';

import { meterLevel, voiceLevelChanges } from './level-changes';

const USERS = ['anna', 'ben', 'constructor', '__proto__', 'dora', 'emil'];

/** A room where `present` are remote users. */
function room(present: readonly string[]): RoomState {
  return present.reduce((s, userId) => roomReducer(s, EngineActions.remoteUserEntered({ userId, room: 'own', at: 1 })), initialRoomState());
}

/** The state after the voice report, through the deltas the broker would send. */
function afterReport(state: RoomState, report: { userId: string; volume: number }[]): RoomState {
  return roomReducer(state, EngineActions.voiceLevelsChanged({ levels: voiceLevelChanges(report, state) }));
}

const reportOf = fc.uniqueArray(fc.record({ userId: fc.constantFrom('', ...USERS, 'stranger'), volume: fc.integer({ min: 0, max: 100 }) }), { selector: (r) => r.userId });

describe('voiceLevelChanges', () => {
  it('brings every meter to what the latest report says, whatever was shown before, sending only what moved', () => {
    fc.assert(
      fc.property(fc.subarray(USERS), reportOf, reportOf, (present, first, second) => {
        const before = afterReport(room(present), first);
        const changes = voiceLevelChanges(second, before);
        const after = afterReport(before, second);
        for (const userId of present) {
          const reported = second.find((r) => r.userId === userId);
          expect(voiceLevelOf(after.remoteMeters.voice, userId)).toBe(reported ? meterLevel(reported.volume) : 0);
        }
        expect(after.localMedia.volume).toBe(meterLevel(second.find((r) => r.userId === '')?.volume ?? 0));
        // Only what moved: every pair changes a meter, and nobody absent from the room is named.
        for (const [userId, level] of changes) {
          if (userId === '') expect(level).not.toBe(before.localMedia.volume);
          else {
            expect(present).toContain(userId);
            expect(level).not.toBe(voiceLevelOf(before.remoteMeters.voice, userId));
          }
        }
        expect(new Set(changes.map(([u]) => u)).size).toBe(changes.length);
      }),
    );
  });

  it('takes a user named twice in one report once, by the first entry', () => {
    const state = room(['anna']);
    expect(voiceLevelChanges([{ userId: 'anna', volume: 40 }, { userId: 'anna', volume: 80 }], state)).toEqual([['anna', 40]]);
  });

  it('says nothing when the report shows what every window already shows', () => {
    const state = afterReport(room(['anna', 'ben']), [{ userId: 'anna', volume: 41 }]);
    expect(voiceLevelChanges([{ userId: 'anna', volume: 39 }, { userId: 'ben', volume: 1 }], state)).toEqual([]);
  });
});
