import fc from 'fast-check';
import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { trtcEvent } from '../broker/testing/event-arbitraries';
import { parseEngineToBroker } from './contract';
import { SANDBOX_INSPECTION_PERIOD_MS } from './engine-endpoint';
import { BIG, room, served, videoFrame } from './testing/endpoint-harness';
import { ScriptedEngine, device } from './testing/scripted-engine';

describe('serveEngine', () => {
  describe('ready', () => {
    it('says first what engine it is, its SDK version, its devices and the sandbox rooms', () => {
      const rooms = [room(978, 'anchor_1')];
      const t = served({ rooms });
      expect(t.received).toHaveLength(1);
      expect(t.received[0]).toEqual({
        t: 'ready',
        kind: 'sandbox',
        sdkVersion: 'scripted-1.0',
        devices: {
          cameras: [
            { deviceId: 'cam-1', deviceName: 'Front camera' },
            { deviceId: 'cam-2', deviceName: 'USB camera' },
          ],
          mics: [{ deviceId: 'mic-1', deviceName: 'Built-in mic' }],
          speakers: [
            { deviceId: 'spk-1', deviceName: 'Speakers' },
            { deviceId: 'spk-2', deviceName: 'Headphones' },
          ],
          camera: 'cam-1',
          mic: 'mic-1',
          speaker: 'spk-1',
        },
        sandboxRooms: rooms,
        signsUserSigs: true,
      });
      expect(parseEngineToBroker(t.received[0]).ok).toBe(true);
    });

    it("says sandboxRooms null on Tencent's engine, and a missing current device as null", () => {
      const engine = new ScriptedEngine();
      engine.speaker = null;
      const t = served({ sandbox: false, engine });
      expect(t.received[0]).toMatchObject({ t: 'ready', kind: 'trtc', sandboxRooms: null, devices: { camera: 'cam-1', speaker: null } });
      expect(parseEngineToBroker(t.received[0]).ok).toBe(true);
    });
  });

  describe('events', () => {
    it('forwards every SDK callback in the order it happened, each followed by a device report when devices changed', () => {
      fc.assert(
        fc.property(fc.array(trtcEvent, { maxLength: 25 }), (events) => {
          const t = served();
          for (const e of events) t.engine.emit(e);
          const expected = events.flatMap((e) => (e.name === 'onDeviceChange' ? ['event', 'devices'] : ['event']));
          expect(t.kindsSince(1)).toEqual(expected);
          const forwarded = t.received.flatMap((m) => (m.t === 'event' ? [m.event] : []));
          // Voice entries cross without their spectrum, which the console never reads.
          const crossing = events.map((e) =>
            e.name === 'onUserVoiceVolume' ? { ...e, args: [e.args[0].map(({ userId, volume, vad, pitch }) => ({ userId, volume, vad, pitch })), ...e.args.slice(1)] } : e,
          );
          expect(forwarded).toEqual(crossing);
          // Everything crossed the boundary in a form the broker accepts.
          expect(t.received.filter((m) => !parseEngineToBroker(m).ok)).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });

    it('reports the new device lists right after the onDeviceChange that said so', () => {
      const t = served();
      t.engine.cameras = [device('cam-2', 'USB camera'), device('cam-3', 'Capture card')];
      t.engine.camera = 'cam-3';
      t.engine.emit({ name: 'onDeviceChange', args: ['cam-3', 2, 0] });
      t.engine.emit({ name: 'onWarning', args: [5102, 'after'] });
      expect(t.kindsSince(1)).toEqual(['event', 'devices', 'event']);
      expect(t.received[2]).toMatchObject({
        t: 'devices',
        devices: {
          cameras: [
            { deviceId: 'cam-2', deviceName: 'USB camera' },
            { deviceId: 'cam-3', deviceName: 'Capture card' },
          ],
          camera: 'cam-3',
        },
      });
    });
  });

  describe('heartbeat and broken messages', () => {
    it('answers a ping with a pong of the same n', () => {
      const t = served();
      t.broker.post({ t: 'ping', n: 41 });
      t.broker.post({ t: 'ping', n: 42 });
      expect(t.received.slice(1)).toEqual([
        { t: 'pong', n: 41 },
        { t: 'pong', n: 42 },
      ]);
    });

    it.each([
      ['a method off the allow-list', { t: 'call', id: 7, method: 'destroy', args: [] }, 'method'],
      ['args that are not a list', { t: 'call', id: 7, method: 'startLocalAudio', args: 'loud' }, 'args'],
      ['an extra key', { t: 'call', id: 7, method: 'startLocalAudio', args: [], then: 'destroy' }, 'then'],
    ])('answers a call with %s malformed under its id, and runs nothing', (_what, message, path) => {
      const t = served();
      const before = t.engine.calls.length;
      t.broker.post(message);
      expect(t.received.slice(1)).toEqual([{ t: 'answer', id: 7, ok: false, error: { code: 'malformed', message: expect.stringContaining(path) } }]);
      expect(t.engine.calls.length).toBe(before);
      expect(t.engine.callsTo('destroy')).toEqual([]);
    });

    it.each([
      ['an unknown kind', { t: 'nonsense' }],
      ['a call without id', { t: 'call', method: 'exitRoom', args: [] }],
      ['a call whose id is no number', { t: 'call', id: 'seven', method: 'exitRoom', args: [] }],
      ['text', 'exitRoom'],
      // (syncChannel cannot carry null itself: it reads `t` before cloning; a number stands for a non-object.)
      ['a number', 42],
      ['a viewer without port', { t: 'viewer-open', viewerId: 'w1', port: {} }],
    ])('answers %s with a fault, and runs nothing', (_what, message) => {
      const t = served();
      const before = t.engine.calls.length;
      t.broker.post(message);
      expect(t.received.slice(1)).toEqual([{ t: 'fault', error: { code: 'malformed', message: expect.any(String) } }]);
      expect(t.engine.calls.length).toBe(before);
    });

    it('keeps serving after a broken message', () => {
      const t = served();
      t.broker.post({ t: 'call', id: 1, method: 'startLocalAudio', args: 'loud' });
      t.broker.post({ t: 'call', id: 2, method: 'startLocalAudio', args: [] });
      expect(t.received.slice(1).map((m) => m.t === 'answer' && [m.id, m.ok])).toEqual([
        [1, false],
        [2, true],
      ]);
    });
  });

  describe('crashing on purpose', () => {
    it.each(['exit', 'throw', 'hang'] as const)('answers sandbox.crashEngine(%s) first, and crashes only after a clock tick', (mode) => {
      const t = served();
      const answer = t.call('sandbox.crashEngine', [mode]);
      expect(answer).toEqual({ t: 'answer', id: 1, ok: true });
      expect(t.crashes).toEqual([]);
      t.clock.advance(0);
      expect(t.crashes).toEqual([mode]);
      expect(t.log.slice(1)).toEqual(['answer 1', `crash ${mode}`]);
    });

    it('does not crash when the crash call itself was skipped by its group', () => {
      const t = served();
      t.engine.failing.add('exitRoom');
      t.call('exitRoom', [], 2);
      expect(t.call('sandbox.crashEngine', ['exit'], 2)).toMatchObject({ ok: false, error: { code: 'skipped' } });
      t.clock.advance(10);
      expect(t.crashes).toEqual([]);
    });
  });

  describe('close', () => {
    it('stops events, polls, answers and frames, and closes every viewer port', () => {
      const t = served({ rooms: [room(978, 'anchor_1')] });
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: BIG });
      t.endpoint.close();
      expect(t.clock.pendingTimers()).toBe(0);
      // Its streams are let go with the viewer.
      expect(t.engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      const calls = t.engine.calls.length;
      const heard = t.received.length;
      t.engine.emit({ name: 'onEnterRoom', args: [120] });
      t.admin!.rooms = [];
      t.clock.advance(5 * SANDBOX_INSPECTION_PERIOD_MS);
      t.broker.post({ t: 'ping', n: 1 });
      t.broker.post({ t: 'call', id: 1, method: 'exitRoom', args: [] });
      t.broker.post('garbage');
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(t.received.length).toBe(heard);
      expect(v.frames).toEqual([]);
      expect(t.engine.calls.length).toBe(calls);
      t.endpoint.close();
    });
  });
});
