import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { syncChannel } from '../testing/stepped-engine';
import { DEVICES, ERROR_CODES } from './engine-message-fixtures';
import { ENGINE_CALL_METHODS, SANDBOX_CALL_METHODS, parseBrokerToEngine, parseEngineToBroker, parseViewerMessage, type Parsed } from './index';

const ROOM = {
  roomId: 978,
  scene: TRTCAppScene.TRTCAppSceneLIVE,
  members: [{ userId: 'userB', role: TRTCRoleType.TRTCRoleAnchor, publishingVideo: true, publishingAudio: false, connectionDown: false, sharingScreen: false, enteredAt: 12 }],
  anchorCount: 1,
  virtualAudience: 1200,
  onlineCount: 1201,
  links: [{ caller: { roomId: 29834, userId: 'host' }, target: { roomId: '978', userId: 'userB' } }],
};

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
