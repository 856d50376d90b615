import fc from 'fast-check';
import { MessageChannel } from 'node:worker_threads';
import { TRTCAppScene, TRTCRoleType, TRTCVideoStreamType, type TRTCVideoFrame } from 'trtc-electron-sdk/liteav/trtc_define';

import { decodeFrame, i420Length, type StreamKey } from '@broadcast-core/bridge';

import { trtcEvent } from '../broker/testing/event-arbitraries';
import { VirtualClock } from '../time/clock';
import {
  SANDBOX_CALL_METHODS,
  parseEngineToBroker,
  type EngineCrashMode,
  type EngineToBroker,
  nodeMessageEnd,
  type MessageEnd,
  type SandboxRoomInfo,
} from './contract';
import { SANDBOX_INSPECTION_PERIOD_MS, serveEngine } from './engine-endpoint';
import { EngineHost } from './engine-host';
import { RecordingSandboxAdmin, ScriptedEngine, device } from './testing/scripted-engine';
import { syncChannel } from './testing/stepped-engine';

type Answer = Extract<EngineToBroker, { t: 'answer' }>;

const BIG = 'remote:anna:big' as StreamKey;
const ENTER = { sdkAppId: 1400000001, roomId: 8888, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor };
const LIVE = TRTCAppScene.TRTCAppSceneLIVE;

/** A sandbox room as the sandbox lists it. */
function room(roomId: number, ...userIds: string[]): SandboxRoomInfo {
  return {
    roomId,
    scene: LIVE,
    members: userIds.map((userId, i) => ({
      userId,
      role: TRTCRoleType.TRTCRoleAnchor,
      publishingVideo: true,
      publishingAudio: true,
      connectionDown: false,
      sharingScreen: false,
      enteredAt: i,
    })),
    anchorCount: userIds.length,
    virtualAudience: 0,
    onlineCount: userIds.length,
    links: [],
  };
}

/** A 2x2 I420 frame as the SDK's render callback hands it over, its bytes filled with `fill`. */
function videoFrame(fill: number, width = 2, height = 2): TRTCVideoFrame {
  const length = i420Length(width, height);
  return { videoFormat: 1, bufferType: 1, data: new Uint8Array(length).fill(fill).buffer, textureId: 0, length, width, height, timestamp: 1000 + fill, rotation: 0 };
}

/**
 * A ScriptedEngine inside an EngineHost, served over a synchronous channel on a virtual clock, with what
 * the broker end received, and what crashes on purpose were asked for, in one log.
 */
function served(options: { sandbox?: boolean; rooms?: SandboxRoomInfo[]; engine?: ScriptedEngine } = {}) {
  const clock = new VirtualClock();
  const engine = options.engine ?? new ScriptedEngine();
  const admin = options.sandbox === false ? null : new RecordingSandboxAdmin();
  if (admin && options.rooms) admin.rooms = options.rooms;
  const host = new EngineHost(engine, admin ? 'sandbox' : 'trtc');
  const [broker, engineEnd] = syncChannel<EngineToBroker, unknown>();
  const received: EngineToBroker[] = [];
  const log: string[] = [];
  const crashes: EngineCrashMode[] = [];
  const endpoint = serveEngine({
    host,
    sandbox: admin,
    channel: engineEnd,
    clock,
    crash: (mode) => {
      crashes.push(mode);
      log.push(`crash ${mode}`);
    },
  });
  broker.listen((m) => {
    received.push(m);
    log.push(m.t === 'answer' ? `answer ${m.id}` : m.t);
  });
  let nextId = 1;
  /** Sends a call and returns its answer (the endpoint answers at once), failing if none came. */
  const call = (method: string, args: unknown[] = [], group?: number): Answer => {
    const id = nextId++;
    broker.post({ t: 'call', id, method, args, ...(group === undefined ? {} : { group }) });
    const answers = received.filter((m): m is Answer => m.t === 'answer' && m.id === id);
    if (answers.length !== 1) throw new Error(`call ${id} (${method}) got ${answers.length} answers`);
    return answers[0];
  };
  /** What arrived from `from` on, by kind. */
  const kindsSince = (from: number) => received.slice(from).map((m) => m.t);
  /** Opens a viewer's frame port the way a transport does, with the frames it receives. */
  const openViewer = (viewerId: string) => {
    const [viewer, engineSide] = syncChannel<Uint8Array, unknown>(false);
    const frames: Uint8Array[] = [];
    viewer.listen((bytes) => frames.push(bytes));
    broker.post({ t: 'viewer-open', viewerId, port: engineSide });
    const decoded = () => frames.map((bytes) => decodeFrame(bytes)!);
    return { port: viewer as MessageEnd<Uint8Array, unknown>, frames, decoded };
  };
  return { clock, engine, admin, host, broker, endpoint, received, log, crashes, call, kindsSince, openViewer };
}

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

  describe('viewers', () => {
    it('sends a viewer the frames of the streams it subscribed to, on its own port', () => {
      const t = served();
      const v = t.openViewer('w1');
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(v.decoded().map((f) => [f.stream, f.width, f.height, f.timestamp, f.frameNo, f.data[0]])).toEqual([['local', 2, 2, 1002, 1, 2]]);
      // Frames go to the viewer's port, never over the broker's channel.
      expect(t.kindsSince(1)).toEqual([]);
    });

    it('holds a stream at two frames in flight until the viewer acks, then sends the newest', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 4; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2]);
      expect(t.endpoint.heldFrameBytes()).toBeGreaterThan(0);
      v.port.post({ t: 'frame-ack', stream: 'local' });
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2, 4]);
      expect(t.endpoint.heldFrameBytes()).toBe(0);
    });

    it('pulls a remote stream while a viewer shows it, and lets go of it on unsubscribe', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: BIG });
      expect(t.engine.callsTo('startRemoteView')).toEqual([['anna', null, TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(7));
      expect(v.decoded().map((f) => [f.stream, f.data[0]])).toEqual([[BIG, 7]]);
      v.port.post({ t: 'unsubscribe', stream: BIG });
      expect(t.engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      expect(t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(8))).toBe(false);
      expect(v.frames).toHaveLength(1);
    });

    it('keeps viewers apart: each gets its own frames and acks only its own', () => {
      const t = served();
      const a = t.openViewer('w1');
      const b = t.openViewer('w2');
      a.port.post({ t: 'subscribe', stream: 'local' });
      b.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      b.port.post({ t: 'frame-ack', stream: 'local' });
      expect(a.decoded().map((f) => f.data[0])).toEqual([1, 2]);
      expect(b.decoded().map((f) => f.data[0])).toEqual([1, 2, 3]);
      expect(a.frames[0].buffer).not.toBe(b.frames[0].buffer);
    });

    it('ends a closed viewer: its port closes, its streams are let go, and nothing more reaches it', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: BIG });
      t.broker.post({ t: 'viewer-close', viewerId: 'w1' });
      expect(t.engine.callsTo('stopRemoteView')).toEqual([['anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig]]);
      const calls = t.engine.calls.length;
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      expect(t.engine.calls.length).toBe(calls);
    });

    it('replaces a viewer that opens again under the same id: the old port hears nothing more', () => {
      const t = served();
      const old = t.openViewer('w1');
      old.port.post({ t: 'subscribe', stream: 'local' });
      const fresh = t.openViewer('w1');
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(old.frames).toEqual([]);
      expect(fresh.frames).toEqual([]);
      fresh.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(fresh.decoded().map((f) => f.data[0])).toEqual([2]);
      expect(old.frames).toEqual([]);
    });

    it.each([
      ['a stream that is no stream key', { t: 'subscribe', stream: 'remote:anna:huge' }],
      ['an unknown kind', { t: 'play', stream: 'local' }],
      ['an extra key', { t: 'subscribe', stream: 'local', all: true }],
      ['a buffer on a subscribe', { t: 'subscribe', stream: 'local', buffer: new ArrayBuffer(8) }],
      ['an ack whose buffer is a view, not an ArrayBuffer', { t: 'frame-ack', stream: 'local', buffer: new Uint8Array(8) }],
      ['an ack whose buffer is shared', { t: 'frame-ack', stream: 'local', buffer: new SharedArrayBuffer(8) }],
      ['text', 'subscribe local'],
      ['null', null],
    ])('drops %s from a viewer, and changes nothing', (_what, message) => {
      const t = served();
      const v = t.openViewer('w1');
      const calls = t.engine.calls.length;
      v.port.post(message);
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      t.engine.render('anna', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      expect(v.frames).toEqual([]);
      expect(t.engine.calls.length).toBe(calls);
      expect(t.kindsSince(1)).toEqual([]);
    });

    it("takes a frame's buffer back with the viewer's ack and writes a later frame into it", () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(1));
      const buffer = v.frames[0].buffer as ArrayBuffer;
      v.port.post({ t: 'frame-ack', stream: 'local', buffer });
      t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(2));
      expect(v.frames[1].buffer).toBe(buffer);
      expect(v.decoded()[1]).toMatchObject({ frameNo: 2, timestamp: 1002 });
      expect(t.endpoint.frameBuffers()).toEqual({ allocated: 1, reused: 1, pooledBytes: 0 });
    });

    it('still takes the ack when its buffer is not one it lent', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      v.port.post({ t: 'frame-ack', stream: 'local', buffer: new ArrayBuffer(64) });
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2, 3]);
      expect(t.endpoint.frameBuffers().reused).toBe(0);
    });

    it('moves frames out and their buffers back over real ports, reusing them', async () => {
      const t = served();
      const { port1, port2 } = new MessageChannel();
      t.broker.post({ t: 'viewer-open', viewerId: 'w1', port: nodeMessageEnd(port2) });
      const frames: number[] = [];
      const acked = new Promise<void>((resolve) => {
        port1.on('message', (bytes: Uint8Array) => {
          frames.push(decodeFrame(bytes)!.data[0]);
          const buffer = bytes.buffer as ArrayBuffer;
          port1.postMessage({ t: 'frame-ack', stream: 'local', buffer }, [buffer]);
          // Moved, not copied: this side holds nothing of it any more.
          expect(bytes.byteLength).toBe(0);
          if (frames.length === 4) resolve();
        });
      });
      port1.postMessage({ t: 'subscribe', stream: 'local' });
      const next = (fill: number) => setImmediate(() => t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(fill)));
      await new Promise((resolve) => setImmediate(resolve));
      for (let fill = 1; fill <= 4; fill++) {
        next(fill);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await acked;
      port1.close();
      expect(frames).toEqual([1, 2, 3, 4]);
      expect(t.endpoint.frameBuffers()).toMatchObject({ allocated: 1, reused: 3 });
    });

    it('ignores an ack for a stream the viewer does not show, or of a frame it never got', () => {
      const t = served();
      const v = t.openViewer('w1');
      v.port.post({ t: 'subscribe', stream: 'local' });
      v.port.post({ t: 'frame-ack', stream: 'local' });
      v.port.post({ t: 'frame-ack', stream: BIG });
      for (let i = 1; i <= 3; i++) t.engine.render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig, videoFrame(i));
      expect(v.decoded().map((f) => f.data[0])).toEqual([1, 2]);
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
