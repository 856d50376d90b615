import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions } from './console-actions';
import { EngineActions } from './engine-actions';
import { qualityOf, voiceLevelOf } from './remote-meters';
import { initialRoomState, roomReducer, type RoomAction, type RoomState } from './room-state';

const run = (state: RoomState, ...actions: RoomAction[]) => actions.reduce(roomReducer, state);
const inRoom = run(
  initialRoomState(),
  EngineActions.remoteUserEntered({ userId: 'anna', room: 'own', at: 1 }),
  EngineActions.remoteUserEntered({ userId: 'ben', room: 'own', at: 1 }),
);

describe('remote meters', () => {
  it('applies only the voice levels and qualities that changed, leaving the users themselves untouched', () => {
    const after = run(
      inRoom,
      EngineActions.voiceLevelsChanged({ levels: [['', 30], ['anna', 70]] }),
      EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [['ben', TRTCQuality.TRTCQuality_Poor]] }),
    );
    expect(voiceLevelOf(after.remoteMeters.voice, 'anna')).toBe(70);
    expect(voiceLevelOf(after.remoteMeters.voice, 'ben')).toBe(0);
    expect(qualityOf(after.remoteMeters.quality, 'ben')).toBe(TRTCQuality.TRTCQuality_Poor);
    expect(qualityOf(after.remoteMeters.quality, 'anna')).toBe(TRTCQuality.TRTCQuality_Unknown);
    expect(after.localMedia.volume).toBe(30);
    expect(after.remoteUsers).toBe(inRoom.remoteUsers);
  });

  it('returns the same state for levels that are already shown', () => {
    const speaking = run(inRoom, EngineActions.voiceLevelsChanged({ levels: [['anna', 70]] }));
    expect(run(speaking, EngineActions.voiceLevelsChanged({ levels: [['anna', 70]] }))).toBe(speaking);
  });

  it('forgets a user’s meters when they leave or stop sending audio, and every meter with the room', () => {
    const speaking = run(inRoom, EngineActions.voiceLevelsChanged({ levels: [['anna', 70], ['ben', 20]] }), EngineActions.networkQualityChanged({ remote: [['anna', 2]] }));
    const left = run(speaking, EngineActions.remoteUserLeft({ userId: 'anna', reason: 0, at: 2 }));
    expect([voiceLevelOf(left.remoteMeters.voice, 'anna'), qualityOf(left.remoteMeters.quality, 'anna')]).toEqual([0, TRTCQuality.TRTCQuality_Unknown]);
    const muted = run(speaking, EngineActions.userAudioAvailabilityChanged({ userId: 'ben', available: false }));
    expect(voiceLevelOf(muted.remoteMeters.voice, 'ben')).toBe(0);
    for (const end of [EngineActions.roomExited({ reason: 0, at: 3 }), ConsoleActions.exitRoomRequested({ at: 3 })].slice(0, 1)) {
      expect(run(speaking, end).remoteMeters).toEqual({ voice: {}, quality: {} });
    }
  });
});
