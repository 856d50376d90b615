import { nextCommand } from './next-command';
import { SHOW_ROOM, goalAt } from './show-script';
import { AUDIENCE, onAirState, withSlices } from './testing/room-states';

describe('nextCommand', () => {
  const plain = goalAt(0);
  const pkB = goalAt(0.3);
  const pkC = goalAt(0.9);
  const offMic = goalAt(0.5);

  it('is done when on air as planned', () => {
    expect(nextCommand(onAirState(plain), plain)).toEqual({ kind: 'done' });
    expect(nextCommand(onAirState(pkC), pkC)).toEqual({ kind: 'done' });
  });

  it('waits for the engine and for pending states', () => {
    const on = onAirState(plain);
    expect(nextCommand(withSlices(on, { engineInfo: { status: 'restarting' } }), plain)).toEqual({ kind: 'wait', why: 'engine restarting' });
    expect(nextCommand(withSlices(on, { session: { status: 'entering' } }), plain).kind).toBe('wait');
    expect(nextCommand(withSlices(on, { session: { pendingRole: AUDIENCE } }), plain).kind).toBe('wait');
    expect(nextCommand(withSlices(on, { pk: { status: 'connecting' } }), pkB).kind).toBe('wait');
  });

  it('re-enters a session the engine lost in one action, and enters the show room otherwise', () => {
    const lost = withSlices(onAirState(plain), { session: { status: 'idle', interrupted: { params: { ...SHOW_ROOM, role: plain.role }, scene: 1, role: plain.role, camera: true, mic: true, share: null, at: 1 } } });
    expect(nextCommand(lost, plain)).toEqual({ kind: 'send', command: { type: 'reenterRoom' } });
    const out = withSlices(onAirState(plain), { session: { status: 'idle', interrupted: null } });
    expect(nextCommand(out, plain)).toEqual({ kind: 'send', command: { type: 'enterRoom', params: { ...SHOW_ROOM, role: plain.role }, scene: 1 } });
  });

  it('turns camera and mic on in that order, then opens the PK', () => {
    const dark = withSlices(onAirState(pkB), { localMedia: { previewStarted: false, audioStarted: false }, pk: { status: 'idle', target: null, targetUserId: null } });
    expect(nextCommand(dark, pkB)).toEqual({ kind: 'send', command: { type: 'startLocalPreview' } });
    expect(nextCommand(withSlices(dark, { localMedia: { previewStarted: true } }), pkB)).toEqual({ kind: 'send', command: { type: 'startLocalAudio' } });
    expect(nextCommand(withSlices(dark, { localMedia: { previewStarted: true, audioStarted: true } }), pkB)).toEqual({
      kind: 'send',
      command: { type: 'connectOtherRoom', target: { roomId: 978 }, userId: 'userB' },
    });
  });

  it('closes a PK with the wrong opponent before anything else, then goes off the mic by co-anchoring', () => {
    expect(nextCommand(onAirState(pkB), pkC)).toEqual({ kind: 'send', command: { type: 'disconnectOtherRoom' } });
    expect(nextCommand(onAirState(pkB), offMic)).toEqual({ kind: 'send', command: { type: 'disconnectOtherRoom' } });
    expect(nextCommand(onAirState(plain), offMic)).toEqual({ kind: 'send', command: { type: 'stopCoAnchoring' } });
    expect(nextCommand(onAirState(offMic), plain)).toEqual({ kind: 'send', command: { type: 'startCoAnchoring' } });
  });
});
