import fc from 'fast-check';
import { TRTCAppScene, TRTCPublishMode, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { SANDBOX_SDK_APP_ID } from '@broadcast-core/bridge';

import { sandboxRooms, trtcEvent, trtcEventNamed } from '../../broker/testing/event-arbitraries';
import { VirtualClock } from '../../time/clock';
import { serveEngine } from '../engine-endpoint';
import { createSandboxEngine } from '../sandbox-engine';
import { syncChannel } from '../testing/stepped-engine';
import {
  ENGINE_CALL_METHODS,
  SANDBOX_CALL_METHODS,
  TRTC_EVENT_ARGS,
  TRTC_EVENT_NAMES,
  parseBrokerToEngine,
  parseEngineToBroker,
  parseViewerMessage,
  type EngineErrorCode,
  type EngineToBroker,
  type Parsed,
  type TRTCEvent,
} from './index';

const DEVICES = {
  cameras: [{ deviceId: 'cam-1', deviceName: 'Front camera' }],
  mics: [{ deviceId: 'mic-1', deviceName: 'Built-in mic' }],
  speakers: [],
  camera: 'cam-1',
  mic: 'mic-1',
  speaker: null,
};

const ROOM = {
  roomId: 978,
  scene: TRTCAppScene.TRTCAppSceneLIVE,
  members: [{ userId: 'userB', role: TRTCRoleType.TRTCRoleAnchor, publishingVideo: true, publishingAudio: false, connectionDown: false, sharingScreen: false, enteredAt: 12 }],
  anchorCount: 1,
  virtualAudience: 1200,
  onlineCount: 1201,
  links: [{ caller: { roomId: 29834, userId: 'host' }, target: { roomId: '978', userId: 'userB' } }],
};

const ERROR_CODES: EngineErrorCode[] = ['unknown-method', 'sandbox-only', 'malformed', 'threw', 'skipped', 'not-found', 'user-sig-required'];

/** One valid message of every kind the engine sends. */
const ENGINE_MESSAGES: [string, unknown][] = [
  ['ready of a sandbox', { t: 'ready', kind: 'sandbox', sdkVersion: 'sandbox-12.1', devices: DEVICES, sandboxRooms: [ROOM], signsUserSigs: true }],
  ["ready of Tencent's SDK", { t: 'ready', kind: 'trtc', sdkVersion: '12.1.0.1234', devices: DEVICES, sandboxRooms: null, signsUserSigs: false }],
  ['an event', { t: 'event', event: { name: 'onEnterRoom', args: [120] } }],
  ['an event with no arguments', { t: 'event', event: { name: 'onConnectionLost', args: [] } }],
  ['an event with an extra trailing argument', { t: 'event', event: { name: 'onError', args: [-3301, 'timeout', { extra: 1 }] } }],
  ['devices', { t: 'devices', devices: DEVICES }],
  ['sandbox rooms', { t: 'sandbox-rooms', rooms: [ROOM, { ...ROOM, roomId: 'stage', links: [] }] }],
  ['an ok answer', { t: 'answer', id: 0, ok: true }],
  ['an ok answer with a value', { t: 'answer', id: 3, ok: true, value: -1 }],
  ...ERROR_CODES.map((code): [string, unknown] => [`a ${code} answer`, { t: 'answer', id: 4, ok: false, error: { code, message: 'why' } }]),
  ['a pong', { t: 'pong', n: 9 }],
  ['a fault', { t: 'fault', error: { code: 'malformed', message: 't: Invalid input' } }],
];

/** Broken engine messages, the path their refusal names, and the id it carries. */
const BROKEN_ENGINE_MESSAGES: [string, unknown, string, number | null][] = [
  ['an answer failing without error', { t: 'answer', id: 1, ok: false }, 'error', 1],
  ['an ok answer with an error', { t: 'answer', id: 2, ok: true, error: { code: 'threw', message: 'x' } }, 'error', 2],
  ['an answer with a negative id', { t: 'answer', id: -1, ok: true }, 'id', null],
  ['an answer with an unknown error code', { t: 'answer', id: 5, ok: false, error: { code: 'oops', message: 'x' } }, 'error.code', 5],
  ['a ready of an unknown engine', { t: 'ready', kind: 'agora', sdkVersion: '1', devices: DEVICES, sandboxRooms: null, signsUserSigs: false }, 'kind', null],
  ['a ready without devices', { t: 'ready', kind: 'sandbox', sdkVersion: '1', sandboxRooms: null, signsUserSigs: true }, 'devices', null],
  ['a ready that does not say whether it signs', { t: 'ready', kind: 'sandbox', sdkVersion: '1', devices: DEVICES, sandboxRooms: null }, 'signsUserSigs', null],
  ['devices without speakers', { t: 'devices', devices: { ...DEVICES, speakers: undefined } }, 'devices.speakers', null],
  ['a device without name', { t: 'devices', devices: { ...DEVICES, cameras: [{ deviceId: 'cam-1' }] } }, 'devices.cameras.0.deviceName', null],
  ['an unknown callback', { t: 'event', event: { name: 'onNoSuchCallback', args: [] } }, 'event.name', null],
  ['a callback with a wrong argument', { t: 'event', event: { name: 'onEnterRoom', args: ['120'] } }, 'event.args.0', null],
  ['a callback missing an argument', { t: 'event', event: { name: 'onRemoteUserLeaveRoom', args: ['anna'] } }, 'event.args.1', null],
  ['a callback with args that are no list', { t: 'event', event: { name: 'onConnectionLost', args: {} } }, 'event.args', null],
  [
    'statistics with a remote stream whose bitrate is no number',
    { t: 'event', event: { name: 'onStatistics', args: [{ rtt: 1, upLoss: 0, downLoss: 0, appCpu: 1, systemCpu: 1, remoteStatisticsArray: [{ videoBitrate: 1, audioBitrate: 1 }, { videoBitrate: '9', audioBitrate: 1 }] }] } },
    'event.args.0.remoteStatisticsArray.1',
    null,
  ],
  [
    'statistics with a local stream whose frame rate is no number',
    { t: 'event', event: { name: 'onStatistics', args: [{ rtt: 1, upLoss: 0, downLoss: 0, appCpu: 1, systemCpu: 1, localStatisticsArray: [{ videoBitrate: 1, audioBitrate: 1, frameRate: null }] }] } },
    'event.args.0.localStatisticsArray.0',
    null,
  ],
  ['a room with a bad member', { t: 'sandbox-rooms', rooms: [{ ...ROOM, members: [{ userId: 'x' }] }] }, 'rooms.0.members.0.role', null],
  ['an unknown kind', { t: 'hello' }, 't', null],
  ['an extra key', { t: 'pong', n: 1, late: true }, '', null],
];

/** One valid message of every kind the broker sends (calls for every allow-listed method). */
const BROKER_MESSAGES: [string, unknown][] = [
  ...ENGINE_CALL_METHODS.map((method, i): [string, unknown] => [`a ${method} call`, { t: 'call', id: i, method, args: [] }]),
  ...SANDBOX_CALL_METHODS.map((method, i): [string, unknown] => [`a ${method} call in a group`, { t: 'call', id: 100 + i, method, args: ['x'], group: 7 }]),
  ['a ping', { t: 'ping', n: 1 }],
  ['a viewer opening', { t: 'viewer-open', viewerId: 'w1', port: syncChannel()[0] }],
  ['a viewer closing', { t: 'viewer-close', viewerId: 'w1' }],
];

/** Broken broker messages, the path their refusal names, and the id it carries. */
const BROKEN_BROKER_MESSAGES: [string, unknown, string, number | null][] = [
  ['a call of a method off the allow-list', { t: 'call', id: 7, method: 'destroy', args: [] }, 'method', 7],
  ['a call of the render callback setter', { t: 'call', id: 7, method: 'setLocalVideoRenderCallback', args: [1, 1, null] }, 'method', 7],
  ['a call of a prototype member', { t: 'call', id: 7, method: 'constructor', args: [] }, 'method', 7],
  ['a call of a sandbox method that does not exist', { t: 'call', id: 7, method: 'sandbox.deleteCloud', args: [] }, 'method', 7],
  ['a call with args that are no list', { t: 'call', id: 8, method: 'exitRoom', args: 'now' }, 'args', 8],
  ['a call with a broken group', { t: 'call', id: 9, method: 'exitRoom', args: [], group: -2 }, 'group', 9],
  ['a call without id', { t: 'call', method: 'exitRoom', args: [] }, 'id', null],
  ['a call with a string id', { t: 'call', id: '9', method: 'exitRoom', args: [] }, 'id', null],
  ['a ping without n', { t: 'ping' }, 'n', null],
  ['a viewer with no port', { t: 'viewer-open', viewerId: 'w1', port: { post: 'no' } }, 'port', null],
  ['a viewer with an empty id', { t: 'viewer-close', viewerId: '' }, 'viewerId', null],
  ['a viewer with a very long id', { t: 'viewer-close', viewerId: 'w'.repeat(101) }, 'viewerId', null],
  ['an engine message sent the wrong way', { t: 'pong', n: 1 }, 't', null],
];

const VIEWER_MESSAGES: unknown[] = (['subscribe', 'unsubscribe', 'frame-ack'] as const).flatMap((t) =>
  ['local', 'remote:anna:big', 'remote:anna:small', 'remote:user_with-dash:small'].map((stream) => ({ t, stream })),
);

const BROKEN_VIEWER_MESSAGES: [string, unknown, string][] = [
  ['a stream size that does not exist', { t: 'subscribe', stream: 'remote:anna:huge' }, 'stream'],
  ['a remote stream without user', { t: 'subscribe', stream: 'remote::big' }, 'stream'],
  ['a stream that is no string', { t: 'frame-ack', stream: 1 }, 'stream'],
  ['an unknown kind', { t: 'play', stream: 'local' }, 't'],
  ['an extra key', { t: 'subscribe', stream: 'local', all: true }, ''],
];

/** Fails unless the parse is a malformed refusal naming `path` (its first issue), with `id`. */
function expectRefused(parsed: Parsed<unknown>, path: string, id: number | null): void {
  expect(parsed).toEqual({ ok: false, id, error: { code: 'malformed', message: expect.any(String) } });
  const { message } = (parsed as Extract<Parsed<unknown>, { ok: false }>).error;
  if (path) expect(message.slice(0, path.length + 2)).toBe(`${path}: `);
  else expect(message).not.toMatch(/^[\w.]+: /);
}

/** True for a Parsed that is either accepted or refused as malformed with words. */
function wellFormed(parsed: Parsed<unknown>): boolean {
  if (parsed.ok) return parsed.message !== undefined;
  return parsed.error.code === 'malformed' && parsed.error.message.length > 0 && (parsed.id === null || typeof parsed.id === 'number');
}

describe('parseEngineToBroker', () => {
  it.each(ENGINE_MESSAGES)('accepts %s as it is', (_what, message) => {
    expect(parseEngineToBroker(message)).toEqual({ ok: true, message });
  });

  it.each(BROKEN_ENGINE_MESSAGES)('refuses %s, naming the path', (_what, message, path, id) => {
    expectRefused(parseEngineToBroker(message), path, id);
  });

  it.each([
    ['null', null],
    ['text', 'ready'],
    ['a list', [{ t: 'pong', n: 1 }]],
  ])('refuses %s', (_what, raw) => {
    expect(parseEngineToBroker(raw)).toMatchObject({ ok: false, id: null, error: { code: 'malformed' } });
  });
});

describe('parseBrokerToEngine', () => {
  it.each(BROKER_MESSAGES)('accepts %s', (_what, message) => {
    const parsed = parseBrokerToEngine(message);
    expect(parsed).toEqual({ ok: true, message });
  });

  it('keeps a viewer port as the very object that travelled', () => {
    const port = syncChannel()[0];
    const parsed = parseBrokerToEngine({ t: 'viewer-open', viewerId: 'w1', port });
    expect(parsed.ok && parsed.message.t === 'viewer-open' && parsed.message.port).toBe(port);
  });

  it.each(BROKEN_BROKER_MESSAGES)('refuses %s, naming the path', (_what, message, path, id) => {
    expectRefused(parseBrokerToEngine(message), path, id);
  });
});

describe('parseViewerMessage', () => {
  it.each(VIEWER_MESSAGES)('accepts %o', (message) => {
    expect(parseViewerMessage(message)).toEqual({ ok: true, message });
  });

  it.each(BROKEN_VIEWER_MESSAGES)('refuses %s, naming the path', (_what, message, path) => {
    expectRefused(parseViewerMessage(message), path, null);
  });
});

describe('the parsers on arbitrary input', () => {
  /** Anything at all, including what structured clone carries (dates, maps, typed arrays) and odd objects. */
  const anything = fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withObjectString: true,
  });

  const deviceList = fc.array(fc.record({ deviceId: fc.string(), deviceName: fc.string() }), { maxLength: 3 });
  const devices = fc.record({ cameras: deviceList, mics: deviceList, speakers: deviceList, camera: fc.option(fc.string()), mic: fc.option(fc.string()), speaker: fc.option(fc.string()) });
  const callError = fc.record({ code: fc.constantFrom(...ERROR_CODES), message: fc.string() });
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  /** Every kind of engine message, with varied valid contents. */
  const engineMessage: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record({ t: fc.constant('ready'), kind: fc.constantFrom('sandbox', 'trtc'), sdkVersion: fc.string(), devices, sandboxRooms: fc.option(sandboxRooms), signsUserSigs: fc.boolean() }),
    fc.record({ t: fc.constant('event'), event: trtcEvent }),
    fc.record({ t: fc.constant('devices'), devices }),
    fc.record({ t: fc.constant('sandbox-rooms'), rooms: sandboxRooms }),
    fc.record({ t: fc.constant('answer'), id: fc.nat(), ok: fc.constant(true), value: fc.oneof(fc.integer(), fc.string(), fc.boolean()) }, { requiredKeys: ['t', 'id', 'ok'] }),
    fc.record({ t: fc.constant('answer'), id: fc.nat(), ok: fc.constant(false), error: callError }),
    fc.record({ t: fc.constant('pong'), n: finite }),
    fc.record({ t: fc.constant('fault'), error: callError }),
  );

  /** Every kind of broker message (viewer ports apart), with varied valid contents. */
  const brokerMessage: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record(
      { t: fc.constant('call'), id: fc.nat(), method: fc.constantFrom(...ENGINE_CALL_METHODS, ...SANDBOX_CALL_METHODS), args: fc.array(fc.jsonValue(), { maxLength: 3 }), group: fc.nat() },
      { requiredKeys: ['t', 'id', 'method', 'args'] },
    ),
    fc.record({ t: fc.constant('ping'), n: finite }),
    fc.record({ t: fc.constant('viewer-close'), viewerId: fc.string({ minLength: 1, maxLength: 100 }) }),
  );

  const userId = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
  const viewerMessage: fc.Arbitrary<Record<string, unknown>> = fc.record({
    t: fc.constantFrom('subscribe', 'unsubscribe', 'frame-ack'),
    stream: fc.oneof(fc.constant('local'), fc.tuple(userId, fc.constantFrom('big', 'small')).map(([u, size]) => `remote:${u}:${size}`)),
  });

  /** A valid message broken the ways a peer breaks one: a field dropped, a field replaced by anything, a key added. */
  const broken = (valid: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(valid, fc.nat(), fc.constantFrom('drop', 'replace', 'add'), anything).map(([message, pick, how, value]) => {
      const keys = Object.keys(message);
      const key = keys[pick % keys.length];
      const copy: Record<string, unknown> = { ...message };
      if (how === 'drop') delete copy[key];
      else if (how === 'replace') copy[key] = value;
      else copy['extra'] = value;
      return copy;
    });

  const PARSERS = [
    ['parseEngineToBroker', parseEngineToBroker, engineMessage],
    ['parseBrokerToEngine', parseBrokerToEngine, brokerMessage],
    ['parseViewerMessage', parseViewerMessage, viewerMessage],
  ] as const;

  it.each(PARSERS)('%s never throws: anything is accepted or refused as malformed, with words', (_name, parse, valid) => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue(), broken(valid)), (raw) => {
        expect(wellFormed(parse(raw))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it.each(PARSERS)('%s accepts every valid message as it is, also after a JSON round trip', (_name, parse, valid) => {
    fc.assert(
      fc.property(valid, (message) => {
        expect(parse(message)).toEqual({ ok: true, message });
        // Statistics carry typed arrays, which a JSON transport turns into objects: the schemas must not care.
        expect(parse(JSON.parse(JSON.stringify(message)))).toMatchObject({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it.each(PARSERS)('%s names the path of what is wrong in a message missing a required field', (_name, parse, valid) => {
    fc.assert(
      fc.property(valid, fc.nat(), (message, pick) => {
        const required = Object.keys(message).filter((k) => k !== 'value' && k !== 'group');
        const key = required[pick % required.length];
        const { [key]: _dropped, ...rest } = message;
        const parsed = parse(rest);
        expect(parsed.ok).toBe(false);
        // A missing discriminator names `t`; any other missing field names itself.
        if (!parsed.ok) expect(parsed.error.message.startsWith(`${key}: `)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the id of a broken call only when it is a number, so an answer can name it', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), (id, method) => {
        fc.pre(![...ENGINE_CALL_METHODS, ...SANDBOX_CALL_METHODS].includes(method as never));
        expect(parseBrokerToEngine({ t: 'call', id, method, args: [] })).toMatchObject({ ok: false, id });
        expect(parseBrokerToEngine({ t: 'call', id: String(id), method, args: [] })).toMatchObject({ ok: false, id: null });
      }),
    );
  });
});

describe('TRTC callback arguments', () => {
  it('has an argument schema for exactly the callbacks the console listens to', () => {
    expect(Object.keys(TRTC_EVENT_ARGS).sort()).toEqual([...TRTC_EVENT_NAMES].sort());
  });

  it.each([...TRTC_EVENT_NAMES])('accepts plausible %s arguments, before and after crossing the boundary', (name) => {
    fc.assert(
      fc.property(trtcEventNamed(name), (event) => {
        expect(parseEngineToBroker({ t: 'event', event })).toMatchObject({ ok: true });
        expect(parseEngineToBroker(structuredClone({ t: 'event', event }))).toMatchObject({ ok: true });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts the sandbox rooms the sandbox may report', () => {
    fc.assert(
      fc.property(sandboxRooms, (rooms) => {
        expect(parseEngineToBroker({ t: 'sandbox-rooms', rooms })).toMatchObject({ ok: true });
        expect(parseEngineToBroker({ t: 'ready', kind: 'sandbox', sdkVersion: 'x', devices: DEVICES, sandboxRooms: rooms, signsUserSigs: true })).toMatchObject({ ok: true });
      }),
    );
  });

  it('accepts everything a real sandbox engine sends through a rehearsal: entry, PK, role switches, drops, mutes, exit', () => {
    const clock = new VirtualClock();
    const sandbox = createSandboxEngine({ clock, seed: 5, scenario: 'rehearsal' });
    const [broker, engineEnd] = syncChannel<EngineToBroker, unknown>();
    const received: EngineToBroker[] = [];
    broker.listen((m) => received.push(m));
    const endpoint = serveEngine({ host: sandbox.host, sandbox: sandbox.cloud, channel: engineEnd, clock, crash: () => {} });
    let id = 1;
    const call = (method: string, ...args: unknown[]) => broker.post({ t: 'call', id: id++, method, args });
    try {
      call('enableAudioVolumeEvaluation', 300);
      call('startLocalPreview', null);
      call('startLocalAudio');
      call('enterRoom', { sdkAppId: SANDBOX_SDK_APP_ID, roomId: 29834, userId: 'host', role: TRTCRoleType.TRTCRoleAnchor, userSig: '' }, TRTCAppScene.TRTCAppSceneLIVE);
      clock.advance(5_000);
      call('connectOtherRoom', JSON.stringify({ roomId: 978, userId: 'userB' }));
      clock.advance(3_000);
      const cdn = { mode: TRTCPublishMode.TRTCPublishBigStreamToCdn, cdnUrlList: [{ rtmpUrl: 'rtmp://push.example.com/live/host', isInternalLine: true }], mixStreamIdentity: { userId: '', intRoomId: 0, strRoomId: '' } };
      call('startPublishMediaStream', cdn, null, null);
      call('sandbox.cdnUnreachable', 'push.example.com');
      clock.advance(3_000);
      call('sandbox.cdnRecover');
      call('updatePublishMediaStream', 'sandbox-task-1', cdn, null, null);
      call('stopPublishMediaStream', 'no-such-task');
      clock.advance(3_000);
      call('stopPublishMediaStream', '');
      call('connectOtherRoom', JSON.stringify({ roomId: 4242, userId: 'nobody' }));
      clock.advance(3_000);
      call('disconnectOtherRoom');
      call('switchRole', TRTCRoleType.TRTCRoleAudience);
      clock.advance(2_000);
      call('switchRole', TRTCRoleType.TRTCRoleAnchor);
      call('sandbox.dropConnection', 'host', 3_000);
      // Long enough for the scenario's loop: a fan on the mic and off it, the guest anchor's network drop, a mute.
      clock.advance(92_000);
      call('sandbox.removeUser', 29834, 'fan_01');
      call('exitRoom');
      clock.advance(2_000);
      call('sandbox.dismissRoom', 978);
      clock.advance(1_000);
    } finally {
      endpoint.close();
      sandbox.dispose();
    }
    const refused = received.flatMap((m) => {
      const parsed = parseEngineToBroker(m);
      return parsed.ok ? [] : [{ message: m, error: parsed.error.message }];
    });
    expect(refused).toEqual([]);
    const events = received.flatMap((m): TRTCEvent[] => (m.t === 'event' ? [m.event] : []));
    // The rehearsal really went through the callbacks the broker folds into state.
    for (const name of [
      'onEnterRoom',
      'onRemoteUserEnterRoom',
      'onRemoteUserLeaveRoom',
      'onFirstVideoFrame',
      'onSendFirstLocalVideoFrame',
      'onConnectionLost',
      'onTryToReconnect',
      'onConnectionRecovery',
      'onWarning',
      'onUserVideoAvailable',
      'onUserAudioAvailable',
      'onUserVoiceVolume',
      'onNetworkQuality',
      'onStatistics',
      'onConnectOtherRoom',
      'onDisconnectOtherRoom',
      'onSwitchRole',
      'onExitRoom',
      'onStartPublishMediaStream',
      'onUpdatePublishMediaStream',
      'onStopPublishMediaStream',
      'onCdnStreamStateChanged',
    ] as const) {
      expect({ name, seen: events.some((e) => e.name === name) }).toEqual({ name, seen: true });
    }
    expect(received.some((m) => m.t === 'sandbox-rooms')).toBe(true);
  });
});
