import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineActions } from '@broadcast-core/room-state';

import { DEFAULT_TIMING } from './engine-supervisor';
import { CALL_TIMEOUT_MS } from './pending-calls';
import { ENTER_LIVE, ENTER_PARAMS } from './testing/broker-fixtures';
import { expectInStep, resultIds, resultOf, run, session } from './testing/window-session';

const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

describe('Broker: a hung engine', () => {
  it('is noticed after the silence limit and handled like one that exited', () => {
    const { t, a, windows } = session();
    run(a, 'camera-on', { type: 'startLocalPreview' });
    run(a, 'enter', ENTER_LIVE);
    t.engine.emit({ name: 'onEnterRoom', args: [120] });
    const lost: number[] = [];
    t.broker.actions$.subscribe(({ action }) => {
      if (action.type === EngineActions.engineLost.type) lost.push(t.timers.now());
    });
    t.timers.advance(DEFAULT_TIMING.heartbeatMs);
    t.stepped.hang();
    const hungAt = t.timers.now();
    a.command('mute', { type: 'muteLocalAudio', mute: true });
    a.flush();
    expect(resultIds(a)).not.toContain('mute');
    while (lost.length === 0 && t.timers.now() - hungAt < 5_000) t.timers.advance(10);
    expect(lost).toHaveLength(1);
    expect(lost[0] - hungAt).toBeGreaterThan(DEFAULT_TIMING.silenceMs - DEFAULT_TIMING.heartbeatMs);
    expect(lost[0] - hungAt).toBeLessThanOrEqual(DEFAULT_TIMING.silenceMs + 2 * DEFAULT_TIMING.heartbeatMs);
    expect(resultOf(a, 'mute')).toMatchObject({ ok: false, error: { code: 'engine-failed', reason: 'engineLost', params: { method: 'muteLocalAudio' } } });
    t.timers.advance(DEFAULT_TIMING.restartDelaysMs[0]);
    expectInStep(t, windows);
    const { engineInfo, session: room } = t.broker.snapshot().state;
    expect(engineInfo).toMatchObject({ status: 'ready', generation: 2, lastLoss: { reason: expect.stringMatching(/stopped answering/) } });
    expect(room).toMatchObject({ status: 'idle', interrupted: { params: ENTER_PARAMS, camera: true, mic: false } });
    expect(t.stepped.generations).toHaveLength(2);
  });
});

describe('Broker: an answer that does not come in time', () => {
  it('gives up on enterRoom after CALL_TIMEOUT_MS: the session goes back to idle with the error, and the sender hears engineTimeout', () => {
    const { t, a, b, windows } = session();
    t.stepped.holdAnswers = true;
    a.command('enter', ENTER_LIVE);
    expectInStep(t, windows);
    expect(a.state.session.status).toBe('entering');
    t.timers.advance(CALL_TIMEOUT_MS - 1);
    expect(resultIds(a)).toEqual([]);
    expect(t.broker.snapshot().state.session.status).toBe('entering');
    t.timers.advance(1);
    expect(resultOf(a, 'enter')).toMatchObject({
      ok: false,
      error: { code: 'engine-failed', reason: 'engineTimeout', params: { method: 'enterRoom', ms: CALL_TIMEOUT_MS } },
    });
    expect(resultIds(b)).toEqual([]);
    expectInStep(t, windows);
    const { session: room, engineInfo } = t.broker.snapshot().state;
    expect(room).toMatchObject({ status: 'idle', lastError: { code: -1, message: `no answer from the engine within ${CALL_TIMEOUT_MS} ms` } });
    // The engine itself is alive (it answers the heartbeat): only the answer went missing.
    expect(engineInfo.status).toBe('ready');

    // The late answer, once it comes, changes nothing and answers nobody again.
    const seq = t.broker.snapshot().seq;
    const sent = windows.map((w) => w.sent.length);
    expect(t.stepped.held).toHaveLength(1);
    t.stepped.release();
    expect(t.broker.snapshot().seq).toBe(seq);
    expect(windows.map((w) => w.sent.length)).toEqual(sent);
    expect(resultIds(a)).toEqual(['enter']);
  });

  it('gives up on going on mic as a whole: one result, role switch settled, mic and camera flags back as they were', () => {
    const { t, a, windows } = session();
    run(a, 'enter', { type: 'enterRoom', params: { ...ENTER_PARAMS, role: TRTCRoleType.TRTCRoleAudience }, scene: LIVE });
    t.engine.emit({ name: 'onEnterRoom', args: [140] });
    t.stepped.holdAnswers = true;
    a.command('co-anchor', { type: 'startCoAnchoring' });
    expectInStep(t, windows);
    expect(a.state.session.pendingRole).toBe(TRTCRoleType.TRTCRoleAnchor);
    expect(a.state.localMedia.audioStarted).toBe(true);
    t.timers.advance(CALL_TIMEOUT_MS);
    expect(resultOf(a, 'co-anchor')).toMatchObject({ ok: false, error: { code: 'engine-failed', reason: 'engineTimeout', params: { method: 'switchRole' } } });
    expectInStep(t, windows);
    const { session: room, localMedia } = t.broker.snapshot().state;
    expect({ status: room.status, role: room.role, pendingRole: room.pendingRole, roleSwitchError: room.roleSwitchError?.code }).toEqual({
      status: 'in-room',
      role: TRTCRoleType.TRTCRoleAudience,
      pendingRole: null,
      roleSwitchError: -1,
    });
    expect({ audio: localMedia.audioStarted, preview: localMedia.previewStarted }).toEqual({ audio: false, preview: false });
    const seq = t.broker.snapshot().seq;
    expect(t.stepped.release()).toBe(3);
    expect(t.broker.snapshot().seq).toBe(seq);
    expect(resultIds(a).filter((id) => id === 'co-anchor')).toHaveLength(1);
  });

  it('still applies the events the engine sends after giving up: they are facts', () => {
    const { t, a, windows } = session();
    t.stepped.holdAnswers = true;
    a.command('enter', ENTER_LIVE);
    t.timers.advance(CALL_TIMEOUT_MS);
    expect(t.broker.snapshot().state.session.status).toBe('idle');
    t.engine.emit({ name: 'onEnterRoom', args: [3_100] });
    t.stepped.release();
    expectInStep(t, windows);
    expect(t.broker.snapshot().state.session.status).toBe('in-room');
  });
});

describe('Broker: a result due to a window that left', () => {
  it('is dropped when the answer comes: nothing thrown, the others get the change but not the result', () => {
    const { t, a, b } = session();
    t.stepped.holdAnswers = true;
    b.command('mute', { type: 'muteLocalAudio', mute: true });
    b.close();
    const bSent = b.sent.length;
    expect(() => t.stepped.release()).not.toThrow();
    expect(b.sent.length).toBe(bSent);
    expect(resultIds(a)).toEqual([]);
    expectInStep(t, [a]);
    expect(a.state.localMedia.audioMuted).toBe(true);
  });

  it('is dropped when the call times out: nothing thrown, nothing sent to the others', () => {
    const { t, a, b } = session();
    t.stepped.holdAnswers = true;
    b.command('enter', ENTER_LIVE);
    b.close();
    const bSent = b.sent.length;
    expect(() => t.timers.advance(CALL_TIMEOUT_MS)).not.toThrow();
    expect(b.sent.length).toBe(bSent);
    expect(resultIds(a)).toEqual([]);
    expectInStep(t, [a]);
    // The compensation is a room fact, and the window that stayed sees it.
    expect(a.state.session.status).toBe('idle');
  });

  it('is dropped when the engine is lost: nothing thrown, nothing sent to the others', () => {
    const { t, a, b } = session();
    t.stepped.holdAnswers = true;
    b.command('camera', { type: 'setCurrentCameraDevice', deviceId: 'cam-2' });
    b.close();
    const bSent = b.sent.length;
    expect(() => t.stepped.crash()).not.toThrow();
    t.stepped.holdAnswers = false;
    t.timers.advance(0);
    expect(b.sent.length).toBe(bSent);
    expect(resultIds(a)).toEqual([]);
    expectInStep(t, [a]);
    expect(a.state.localMedia.camera).toBe('cam-1');
  });
});
