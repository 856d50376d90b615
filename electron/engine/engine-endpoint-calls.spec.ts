import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_CALL_METHODS, type EngineToBroker } from './contract';
import { SANDBOX_INSPECTION_PERIOD_MS } from './engine-endpoint';
import { ENTER, LIVE, room, served } from './testing/endpoint-harness';
import { ScriptedEngine } from './testing/scripted-engine';

describe('serveEngine', () => {
  describe('calls', () => {
    it('answers an allow-listed call ok after running it with its arguments', () => {
      const t = served();
      expect(t.call('muteLocalAudio', [true])).toEqual({ t: 'answer', id: 1, ok: true });
      expect(t.call('setRemoteViewFillMode', ['anna', 1])).toEqual({ t: 'answer', id: 2, ok: true });
      expect(t.engine.callsTo('muteLocalAudio')).toEqual([[true]]);
      expect(t.engine.callsTo('setRemoteViewFillMode')).toEqual([['anna', 1]]);
    });

    it('reports the screen sources, thumbnails copied, before the answer of getScreenCaptureSources', () => {
      const t = served();
      const bgra = new Uint8Array(4 * 4 * 2).fill(7);
      t.engine.screenSources = [
        { type: 1, sourceId: 's1', sourceName: 'Screen 1', thumbBGRA: { buffer: bgra.buffer, length: bgra.length, width: 4, height: 2 }, iconBGRA: { buffer: new ArrayBuffer(0), length: 0, width: 0, height: 0 }, isMinimizeWindow: false, width: 1920, height: 1080, isMainScreen: true },
      ];
      const from = t.received.length;
      expect(t.call('getScreenCaptureSources', [160, 90, 32, 32])).toEqual({ t: 'answer', id: 1, ok: true });
      expect(t.kindsSince(from)).toEqual(['screen-sources', 'answer']);
      const report = t.received[from] as Extract<EngineToBroker, { t: 'screen-sources' }>;
      expect(report.sources).toEqual([{ type: 1, sourceId: 's1', sourceName: 'Screen 1', width: 1920, height: 1080, isMainScreen: true, isMinimizeWindow: false, thumb: { width: 4, height: 2, bgra } }]);
      expect(report.sources[0].thumb!.bgra.buffer).not.toBe(bgra.buffer);
      expect(t.engine.callsTo('getScreenCaptureSources')).toEqual([[160, 90, 32, 32]]);
    });

    it("carries a call's plain return value back in its answer, and nothing that cannot cross the boundary", () => {
      class CodedEngine extends ScriptedEngine {
        override muteLocalVideo(mute: boolean): number {
          super.muteLocalVideo(mute);
          return mute ? -3 : 0;
        }
        override setCurrentSpeakerDevice(speakerId: string): { handle: () => void } {
          super.setCurrentSpeakerDevice(speakerId);
          return { handle: () => {} };
        }
      }
      const t = served({ engine: new CodedEngine() });
      expect(t.call('muteLocalVideo', [true])).toEqual({ t: 'answer', id: 1, ok: true, value: -3 });
      expect(t.call('muteLocalVideo', [false])).toEqual({ t: 'answer', id: 2, ok: true, value: 0 });
      expect(t.call('setCurrentSpeakerDevice', ['spk-2'])).toEqual({ t: 'answer', id: 3, ok: true });
    });

    it('answers a call the engine throws on as threw, with its message', () => {
      const t = served();
      t.engine.failing.add('startLocalAudio');
      expect(t.call('startLocalAudio', [])).toEqual({ t: 'answer', id: 1, ok: false, error: { code: 'threw', message: 'scripted failure in startLocalAudio' } });
    });

    it('skips, without running them, the calls of a group after one failed; other groups and lone calls still run', () => {
      const t = served();
      t.engine.failing.add('startLocalAudio');
      expect(t.call('switchRole', [TRTCRoleType.TRTCRoleAnchor], 5)).toMatchObject({ ok: true });
      expect(t.call('startLocalAudio', [], 5)).toMatchObject({ ok: false, error: { code: 'threw' } });
      expect(t.call('startLocalPreview', [null], 5)).toMatchObject({ ok: false, error: { code: 'skipped', message: expect.stringContaining('startLocalPreview') } });
      expect(t.call('muteLocalAudio', [false], 5)).toMatchObject({ ok: false, error: { code: 'skipped' } });
      expect(t.engine.callsTo('startLocalPreview')).toEqual([]);
      expect(t.engine.callsTo('muteLocalAudio')).toEqual([]);
      expect(t.call('startLocalPreview', [null], 6)).toMatchObject({ ok: true });
      expect(t.call('muteLocalAudio', [false])).toMatchObject({ ok: true });
      expect(t.engine.callsTo('startLocalPreview')).toEqual([[null]]);
      expect(t.engine.callsTo('muteLocalAudio')).toEqual([[false]]);
    });

    it('stops a group at a refused admin call as well', () => {
      const t = served();
      t.admin!.found = false;
      expect(t.call('sandbox.removeUser', [8888, 'nobody'], 3)).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no user "nobody" in room 8888' } });
      expect(t.call('exitRoom', [], 3)).toMatchObject({ ok: false, error: { code: 'skipped' } });
      expect(t.engine.callsTo('exitRoom')).toEqual([]);
    });

    it('passes device hot-plug to the sandbox, says not-found for an unknown device, and refuses a deviceId that is not a string', () => {
      const t = served();
      expect(t.call('sandbox.unplugDevice', ['sandbox-mic-usb'])).toMatchObject({ ok: true });
      expect(t.call('sandbox.plugDevice', ['sandbox-mic-usb'])).toMatchObject({ ok: true });
      expect(t.call('sandbox.unplugDevice', [7])).toMatchObject({ ok: false, error: { code: 'malformed', message: expect.stringContaining('deviceId must be a string') } });
      t.admin!.found = false;
      expect(t.call('sandbox.plugDevice', ['usb-42'])).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no device "usb-42" on the sandbox machine' } });
      expect(t.admin!.calls.filter((c) => c.method !== 'signUserSig')).toEqual([
        { method: 'unplugDevice', args: ['sandbox-mic-usb'] },
        { method: 'plugDevice', args: ['sandbox-mic-usb'] },
        { method: 'plugDevice', args: ['usb-42'] },
      ]);
    });

    it('passes the CDN faults to the sandbox with their host, and refuses a host that is not a string', () => {
      const t = served();
      expect(t.call('sandbox.cdnUnreachable', ['push.example.com'])).toMatchObject({ ok: true });
      expect(t.call('sandbox.cdnRecover', [])).toMatchObject({ ok: true });
      expect(t.call('sandbox.cdnUnreachable', [42])).toMatchObject({ ok: false, error: { code: 'malformed', message: expect.stringContaining('host must be a string') } });
      expect(t.admin!.calls).toEqual([
        { method: 'cdnUnreachable', args: ['push.example.com'] },
        { method: 'cdnRecover', args: [] },
      ]);
    });

    it("answers every sandbox admin call sandbox-only on Tencent's engine, and never crashes it", () => {
      const t = served({ sandbox: false });
      const args: Record<(typeof SANDBOX_CALL_METHODS)[number], unknown[]> = {
        'sandbox.removeUser': [8888, 'anna'],
        'sandbox.dismissRoom': [8888],
        'sandbox.dropConnection': ['anna', 1000],
        'sandbox.shareScreen': ['anna', 'screen-1'],
        'sandbox.timeoutNextEnter': [],
        'sandbox.timeoutNextConnectOtherRoom': [],
        'sandbox.cdnUnreachable': ['push.example.com'],
        'sandbox.cdnRecover': [],
        'sandbox.crashEngine': ['exit'],
        'sandbox.weakNetwork': [true],
        'sandbox.unplugDevice': ['sandbox-mic-usb'],
        'sandbox.plugDevice': ['sandbox-mic-usb'],
      };
      const before = t.engine.calls.length;
      for (const method of SANDBOX_CALL_METHODS) {
        expect(t.call(method, args[method])).toMatchObject({ ok: false, error: { code: 'sandbox-only', message: expect.stringContaining(method) } });
      }
      t.clock.advance(10 * SANDBOX_INSPECTION_PERIOD_MS);
      expect(t.crashes).toEqual([]);
      expect(t.engine.calls.length).toBe(before);
      expect(t.kindsSince(1)).toEqual(SANDBOX_CALL_METHODS.map(() => 'answer'));
    });

    it('signs an enterRoom without userSig on the sandbox side, and the signature never reaches the broker', () => {
      const t = served();
      expect(t.call('enterRoom', [{ ...ENTER, userSig: '' }, LIVE])).toEqual({ t: 'answer', id: 1, ok: true });
      expect(t.admin!.calls).toEqual([{ method: 'signUserSig', args: ['host', 1400000001] }]);
      expect(t.engine.callsTo('enterRoom')).toEqual([[{ ...ENTER, userSig: 'sig:1400000001:host' }, LIVE]]);
      expect(JSON.stringify(t.received)).not.toContain('sig:');
    });

    it('signs a speed test without userSig on the sandbox side, as an enterRoom, and passes its return value', () => {
      const t = served();
      const params = { sdkAppId: 1400000001, userId: 'host', userSig: '', expectedUpBandwidth: 800, expectedDownBandwidth: 0 };
      expect(t.call('startSpeedTest', [params])).toEqual({ t: 'answer', id: 1, ok: true, value: 0 });
      expect(t.engine.callsTo('startSpeedTest')).toEqual([[{ ...params, userSig: 'sig:1400000001:host' }]]);
    });

    it('hands sandbox.weakNetwork to the sandbox, and refuses a weak flag that is not a boolean', () => {
      const t = served();
      expect(t.call('sandbox.weakNetwork', [true])).toMatchObject({ ok: true });
      expect(t.call('sandbox.weakNetwork', ['yes'])).toMatchObject({ ok: false, error: { code: 'malformed' } });
      expect(t.admin!.calls).toEqual([{ method: 'weakNetwork', args: [true] }]);
    });

    it('passes a userSig the broker sent as it is, without asking the sandbox', () => {
      const t = served();
      t.call('enterRoom', [{ ...ENTER, userSig: 'eJwpasted' }, LIVE]);
      expect(t.engine.callsTo('enterRoom')).toEqual([[{ ...ENTER, userSig: 'eJwpasted' }, LIVE]]);
      expect(t.admin!.calls).toEqual([]);
    });

    it("refuses an enterRoom without userSig on Tencent's engine before it reaches the engine", () => {
      const t = served({ sandbox: false });
      expect(t.call('enterRoom', [{ ...ENTER, userSig: '' }, LIVE])).toMatchObject({ ok: false, error: { code: 'user-sig-required' } });
      expect(t.engine.callsTo('enterRoom')).toEqual([]);
    });
  });

  describe('sandbox rooms', () => {
    it('reports the rooms an admin call changed before its answer, and not again when nothing changed', () => {
      const t = served({ rooms: [room(8888, 'host', 'anna')] });
      const removeUser = t.admin!.removeUser.bind(t.admin!);
      t.admin!.removeUser = (roomId, userId) => {
        t.admin!.rooms = [room(8888, 'host')];
        return removeUser(roomId, userId);
      };
      let from = t.received.length;
      t.call('sandbox.removeUser', [8888, 'anna']);
      expect(t.kindsSince(from)).toEqual(['sandbox-rooms', 'answer']);
      expect(t.received[from]).toEqual({ t: 'sandbox-rooms', rooms: [room(8888, 'host')] });
      from = t.received.length;
      expect(t.call('sandbox.timeoutNextEnter')).toMatchObject({ ok: true });
      expect(t.call('sandbox.dropConnection', ['host', 500])).toMatchObject({ ok: true });
      expect(t.kindsSince(from)).toEqual(['answer', 'answer']);
      // Nor does the next poll repeat what the broker already heard.
      t.clock.advance(3 * SANDBOX_INSPECTION_PERIOD_MS);
      expect(t.kindsSince(from)).toEqual(['answer', 'answer']);
    });

    it('looks at the rooms every inspection period and reports them only when they changed', () => {
      const t = served({ rooms: [room(978, 'anchor_1')] });
      t.clock.advance(3 * SANDBOX_INSPECTION_PERIOD_MS);
      expect(t.admin!.inspections).toBeGreaterThanOrEqual(3);
      expect(t.kindsSince(1)).toEqual([]);
      t.admin!.rooms = [room(978, 'anchor_1', 'anchor_2')];
      t.clock.advance(SANDBOX_INSPECTION_PERIOD_MS - 1);
      expect(t.kindsSince(1)).toEqual([]);
      t.clock.advance(1);
      expect(t.received.slice(1)).toEqual([{ t: 'sandbox-rooms', rooms: [room(978, 'anchor_1', 'anchor_2')] }]);
      t.clock.advance(5 * SANDBOX_INSPECTION_PERIOD_MS);
      expect(t.kindsSince(1)).toEqual(['sandbox-rooms']);
    });

    it("runs no poll on Tencent's engine", () => {
      const t = served({ sandbox: false });
      expect(t.clock.pendingTimers()).toBe(0);
    });
  });
});
