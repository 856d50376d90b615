import fc from 'fast-check';
import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import {
  TRTCAppScene,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVideoStreamType,
  type TRTCLocalStatistics,
  type TRTCRemoteStatistics,
  type TRTCStatistics,
  type TRTCVolumeInfo,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { enumValues, type Command, type CommandOf, type CommandType } from '@broadcast-core/bridge';

import { TRTC_EVENT_NAMES, type TRTCEvent, type TRTCEventMap } from '../../engine/trtc-events';
import { DEFAULT_DEVICES, device } from './scripted-engine';

/** The remote users random scripts draw from. */
export const REMOTE_USER_IDS = ['anna', 'ben', 'cai', 'dee'] as const;

/** Keys that break code using plain objects as maps; every one of them is also a valid TRTC userId. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const numericValues = enumValues;

const remoteUserId = fc.constantFrom(...REMOTE_USER_IDS);
const errorCode = fc.oneof(fc.constantFrom(...numericValues(TXLiteAVError)), fc.integer({ min: -200_000, max: -1 }));
const warningCode = fc.oneof(fc.constantFrom(...numericValues(TXLiteAVWarning)), fc.integer({ min: 1, max: 9_999 }));
const sdkMessage = fc.constantFrom('', 'network unreachable', 'userSig expired', '房间不存在');
const quality = fc.integer({ min: 0, max: 6 });
const streamType = fc.constantFrom(
  TRTCVideoStreamType.TRTCVideoStreamTypeBig,
  TRTCVideoStreamType.TRTCVideoStreamTypeSmall,
  TRTCVideoStreamType.TRTCVideoStreamTypeSub,
);
const kbps = fc.integer({ min: 0, max: 4_000 });

const volumeInfo: fc.Arbitrary<TRTCVolumeInfo> = fc.record({
  userId: fc.oneof(remoteUserId, fc.constant('')),
  volume: fc.integer({ min: 0, max: 100 }),
  vad: fc.integer({ min: 0, max: 1 }),
  pitch: fc.integer({ min: 0, max: 800 }),
  spectrumData: fc.constant(new Float32Array(0)),
  spectrumDataLength: fc.constant(0),
});

const localStatistics: fc.Arbitrary<TRTCLocalStatistics> = fc.record({
  width: fc.constantFrom(640, 1280),
  height: fc.constantFrom(360, 720),
  frameRate: fc.integer({ min: 0, max: 30 }),
  videoBitrate: kbps,
  audioSampleRate: fc.constant(48_000),
  audioBitrate: fc.integer({ min: 0, max: 128 }),
  streamType,
});

const remoteStatistics: fc.Arbitrary<TRTCRemoteStatistics> = fc.record({
  userId: remoteUserId,
  finalLoss: fc.integer({ min: 0, max: 100 }),
  width: fc.constant(640),
  height: fc.constant(360),
  frameRate: fc.integer({ min: 0, max: 30 }),
  videoBitrate: kbps,
  audioSampleRate: fc.constant(48_000),
  audioBitrate: fc.integer({ min: 0, max: 128 }),
  jitterBufferDelay: fc.integer({ min: 0, max: 500 }),
  audioTotalBlockTime: fc.nat(1000),
  audioBlockRate: fc.nat(100),
  videoTotalBlockTime: fc.nat(1000),
  videoBlockRate: fc.nat(100),
  streamType,
  audioPacketLoss: fc.nat(100),
  videoPacketLoss: fc.nat(100),
  point2PointDelay: fc.nat(800),
  remoteNetworkUplinkLoss: fc.nat(100),
  remoteNetworkRTT: fc.nat(800),
});

const statistics: fc.Arbitrary<TRTCStatistics> = fc
  .record({
    upLoss: fc.nat(100),
    downLoss: fc.nat(100),
    appCpu: fc.nat(100),
    systemCpu: fc.nat(100),
    rtt: fc.nat(1_000),
    receivedBytes: fc.nat(),
    sentBytes: fc.nat(),
    local: fc.array(localStatistics, { maxLength: 2 }),
    remote: fc.array(remoteStatistics, { maxLength: 3 }),
    gatewayRtt: fc.nat(500),
  })
  .map(({ local, remote, ...s }) => ({
    ...s,
    localStatisticsArray: local,
    localStatisticsArraySize: local.length,
    remoteStatisticsArray: remote,
    remoteStatisticsArraySize: remote.length,
    appMemoryUsageInMB: 300,
    systemMemoryUsageInMB: 8_000,
    systemMemoryInMB: 16_000,
  }));

/** Plausible arguments for every callback the console listens to; the mapped type makes a missing name a compile error. */
const EVENT_ARGS: { [K in keyof TRTCEventMap]: fc.Arbitrary<TRTCEventMap[K]> } = {
  onError: fc.tuple(errorCode, sdkMessage),
  onWarning: fc.tuple(warningCode, sdkMessage),
  onEnterRoom: fc.tuple(fc.oneof(fc.integer({ min: 1, max: 5_000 }), errorCode)),
  onExitRoom: fc.tuple(fc.constantFrom(0, 1, 2)),
  onSwitchRole: fc.tuple(fc.oneof(fc.constant(0), fc.constant(0), errorCode), sdkMessage),
  onConnectOtherRoom: fc.tuple(remoteUserId, fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onDisconnectOtherRoom: fc.tuple(fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onRemoteUserEnterRoom: fc.tuple(remoteUserId),
  onRemoteUserLeaveRoom: fc.tuple(remoteUserId, fc.constantFrom(0, 1, 2)),
  onUserVideoAvailable: fc.tuple(remoteUserId, fc.constantFrom(0, 1)),
  onUserAudioAvailable: fc.tuple(remoteUserId, fc.constantFrom(0, 1)),
  onFirstVideoFrame: fc.tuple(fc.oneof(remoteUserId, fc.constant('')), streamType, fc.constantFrom(320, 640), fc.constantFrom(180, 360)),
  onSendFirstLocalVideoFrame: fc.tuple(streamType),
  onUserVoiceVolume: fc
    .array(volumeInfo, { maxLength: 4 })
    .map((volumes): TRTCEventMap['onUserVoiceVolume'] => [volumes, volumes.length, Math.max(0, ...volumes.map((v) => v.volume))]),
  onNetworkQuality: fc.tuple(
    quality.map((q) => ({ userId: '', quality: q })),
    fc.array(fc.record({ userId: remoteUserId, quality }), { maxLength: 4 }),
  ),
  onStatistics: fc.tuple(statistics),
  onConnectionLost: fc.constant([]),
  onTryToReconnect: fc.constant([]),
  onConnectionRecovery: fc.constant([]),
  onDeviceChange: fc.tuple(fc.constantFrom('cam-1', 'cam-3', 'mic-1'), fc.constantFrom(-1, 0, 1, 2), fc.constantFrom(0, 1, 2, 3)),
};

/** The arbitrary of one named engine callback with plausible arguments. */
export function trtcEventNamed<K extends keyof TRTCEventMap>(name: K): fc.Arbitrary<TRTCEvent> {
  return (EVENT_ARGS[name] as fc.Arbitrary<TRTCEventMap[K]>).map((args) => ({ name, args }) as TRTCEvent);
}

/** Any engine callback the console listens to, every name equally likely. */
export const trtcEvent: fc.Arbitrary<TRTCEvent> = fc.oneof(...TRTC_EVENT_NAMES.map(trtcEventNamed));

/** Device lists a device change may leave behind (always a subset of a small pool). */
export const deviceLists = fc.record({
  cameras: fc.subarray([...DEFAULT_DEVICES.cameras, device('cam-3', 'Capture card')]),
  mics: fc.subarray([...DEFAULT_DEVICES.mics, device('mic-2', 'Headset mic')]),
  speakers: fc.subarray(DEFAULT_DEVICES.speakers),
});

const role = fc.constantFrom(TRTCRoleType.TRTCRoleAnchor, TRTCRoleType.TRTCRoleAudience);
const roomId = fc.oneof(fc.constantFrom(8888, 9999), fc.integer({ min: 1, max: 4_294_967_294 }));
const strRoomId = fc.constantFrom('live-1', 'Show #2 (main)', 'a');
const fillMode = fc.constantFrom(TRTCVideoFillMode.TRTCVideoFillMode_Fill, TRTCVideoFillMode.TRTCVideoFillMode_Fit);
const commandUserId = fc.oneof({ arbitrary: remoteUserId, weight: 4 }, { arbitrary: fc.constant('zed'), weight: 1 });
const level = fc.integer({ min: 0, max: 9 });
const withType = <T extends CommandType, R extends object>(type: T, rest: fc.Arbitrary<R>) =>
  rest.map((r) => ({ type, ...r }) as unknown as CommandOf<T>);
const plain = <T extends CommandType>(type: T) => fc.constant({ type } as CommandOf<T>);

/** The marker userSig random scripts send, so specs can search everything broadcast for it. */
export const SECRET_SIG = 'SECRET-SIG-7f3a';

const enterParams = fc
  .record({
    sdkAppId: fc.constantFrom(1400000001, 20000000),
    address: fc.oneof(roomId.map((id) => ({ roomId: id })), strRoomId.map((id) => ({ strRoomId: id }))),
    userId: fc.constantFrom('host', 'anna'),
    withSig: fc.boolean(),
    role,
  })
  .map(({ address, withSig, ...rest }) => ({ ...rest, ...address, ...(withSig ? { userSig: SECRET_SIG } : {}) }));

const encoderParams = fc
  .record({
    videoResolution: fc.constantFrom(...numericValues(TRTCVideoResolution)),
    resMode: fc.constantFrom(...numericValues(TRTCVideoResolutionMode)),
    videoFps: fc.integer({ min: 1, max: 60 }),
    videoBitrate: fc.integer({ min: 1, max: 12_000 }),
    minVideoBitrate: fc.integer({ min: 0, max: 12_000 }),
    enableAdjustRes: fc.boolean(),
  })
  .map((p) => ({ ...p, minVideoBitrate: Math.min(p.minVideoBitrate, p.videoBitrate) }));

/** Valid commands of every type; the mapped type makes a missing command type a compile error. */
const COMMANDS: { [T in CommandType]: fc.Arbitrary<CommandOf<T>> } = {
  enterRoom: withType(
    'enterRoom',
    fc.record({
      params: enterParams,
      scene: fc.constantFrom(
        TRTCAppScene.TRTCAppSceneLIVE,
        TRTCAppScene.TRTCAppSceneLIVE,
        TRTCAppScene.TRTCAppSceneVoiceChatRoom,
        TRTCAppScene.TRTCAppSceneVideoCall,
        TRTCAppScene.TRTCAppSceneAudioCall,
      ),
    }),
  ),
  exitRoom: plain('exitRoom'),
  switchRole: withType('switchRole', fc.record({ role })),
  startCoAnchoring: plain('startCoAnchoring'),
  stopCoAnchoring: plain('stopCoAnchoring'),
  startLocalPreview: plain('startLocalPreview'),
  stopLocalPreview: plain('stopLocalPreview'),
  startLocalAudio: plain('startLocalAudio'),
  stopLocalAudio: plain('stopLocalAudio'),
  muteLocalVideo: withType('muteLocalVideo', fc.record({ mute: fc.boolean() })),
  muteLocalAudio: withType('muteLocalAudio', fc.record({ mute: fc.boolean() })),
  setVideoEncoderParam: withType('setVideoEncoderParam', fc.record({ params: encoderParams })),
  setBeautyStyle: withType(
    'setBeautyStyle',
    fc.record({ beauty: fc.record({ style: fc.constantFrom(TRTCBeautyStyle.TRTCBeautyStyleSmooth, TRTCBeautyStyle.TRTCBeautyStyleNature), beauty: level, white: level, ruddiness: level }) }),
  ),
  setLocalViewFillMode: withType('setLocalViewFillMode', fc.record({ mode: fillMode })),
  setLocalMirror: withType('setLocalMirror', fc.record({ mirror: fc.boolean() })),
  setRemoteViewFillMode: withType('setRemoteViewFillMode', fc.record({ userId: commandUserId, mode: fillMode })),
  muteRemoteAudio: withType('muteRemoteAudio', fc.record({ userId: commandUserId, mute: fc.boolean() })),
  connectOtherRoom: withType(
    'connectOtherRoom',
    fc.record({
      target: fc.oneof(roomId.map((id) => ({ roomId: id })), strRoomId.map((id) => ({ strRoomId: id }))),
      userId: remoteUserId,
    }),
  ),
  disconnectOtherRoom: plain('disconnectOtherRoom'),
  setCurrentCameraDevice: withType('setCurrentCameraDevice', fc.record({ deviceId: fc.constantFrom('cam-1', 'cam-2', 'cam-3') })),
  setCurrentMicDevice: withType('setCurrentMicDevice', fc.record({ deviceId: fc.constantFrom('mic-1', 'mic-2') })),
  setCurrentSpeakerDevice: withType('setCurrentSpeakerDevice', fc.record({ deviceId: fc.constantFrom('spk-1', 'spk-2', 'spk-9') })),
  enableAudioVolumeEvaluation: withType(
    'enableAudioVolumeEvaluation',
    fc.record({ intervalMs: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 5_000 })) }),
  ),
  'sandbox.removeUser': withType('sandbox.removeUser', fc.record({ roomId: fc.oneof(roomId, strRoomId), userId: remoteUserId })),
  'sandbox.dismissRoom': withType('sandbox.dismissRoom', fc.record({ roomId: fc.oneof(roomId, strRoomId) })),
  'sandbox.dropConnection': withType(
    'sandbox.dropConnection',
    fc.record({ userId: remoteUserId, ms: fc.integer({ min: 100, max: 120_000 }) }, { requiredKeys: ['ms'] }),
  ),
  'sandbox.timeoutNextEnter': plain('sandbox.timeoutNextEnter'),
  'sandbox.timeoutNextConnectOtherRoom': plain('sandbox.timeoutNextConnectOtherRoom'),
};

/** Every command type. */
export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];

/** A schema-valid command of the given type. */
export function validCommandOf<T extends CommandType>(type: T): fc.Arbitrary<CommandOf<T>> {
  return COMMANDS[type];
}

/** A schema-valid command of any type (the room may still refuse it). */
export const validCommand: fc.Arbitrary<Command> = fc.oneof(...COMMAND_TYPES.map((t) => COMMANDS[t] as fc.Arbitrary<Command>));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every key path of the objects inside a command (the command itself is path []). */
function objectPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...prefix, k]))];
}

/** Every key path that holds a value (leaf or object) inside a command. */
function valuePaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([k, v]) => valuePaths(v, [...prefix, k]))];
}

/** Reads the value at a path. */
function getAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], value);
}

/** Marks a key for deletion in updateAt. */
const DELETE = Symbol('delete');

/**
 * A copy of `value` with `path` set to `replacement` (or deleted when `replacement` is DELETE).
 * Keys are defined as own properties, so `__proto__` survives into JSON.
 */
function updateAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as object)) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
  const [head, ...rest] = path;
  const next = updateAt(copy[head], rest, replacement);
  if (next === DELETE) delete copy[head];
  else Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Values no command field accepts in place of `original`: wrong JSON types, plus
 * out-of-rule values of the right type (every numeric field rejects -1 and 1.5,
 * every string field rejects '').
 */
function wrongValuesFor(original: unknown): Json[] {
  const always: Json[] = [null, [], [1], { x: 1 }];
  switch (typeof original) {
    case 'number':
      return [...always, -1, 1.5, true, ''];
    case 'string':
      return [...always, '', true, -1];
    case 'boolean':
      return [...always, 0, 1, 'true'];
    default:
      return [...always, 'x', 1, true];
  }
}

/** Keys a command may omit without becoming invalid. */
const OPTIONAL_KEYS: Record<string, string[]> = { enterRoom: ['userSig'], 'sandbox.dropConnection': ['userId'] };

/** One way to break a valid command, and the dotted field path the refusal must name (or start with). */
export interface BrokenCommand {
  command: unknown;
  /** The field the error names, or the object the error must lie inside. */
  field: string;
  how: string;
}

/** The invalid variants of one valid command: each field given each wrong value, required keys removed, unknown keys added. */
export function brokenVariants(command: Command): BrokenCommand[] {
  const dotted = (path: readonly string[]) => ['command', ...path].join('.');
  const variants: BrokenCommand[] = [];
  for (const path of valuePaths(command)) {
    for (const wrong of wrongValuesFor(getAt(command, path))) {
      variants.push({ command: updateAt(command, path, wrong), field: dotted(path), how: `${path.join('.')} = ${JSON.stringify(wrong)}` });
    }
    const key = path[path.length - 1];
    if (!(OPTIONAL_KEYS[command.type] ?? []).includes(key)) {
      variants.push({ command: updateAt(command, path, DELETE), field: dotted(path.slice(0, -1)), how: `without ${path.join('.')}` });
    }
  }
  for (const path of objectPaths(command)) {
    for (const key of [...PROTOTYPE_KEYS, 'extra']) {
      variants.push({ command: updateAt(command, [...path, key], { polluted: true }), field: dotted([...path, key]), how: `with ${[...path, key].join('.')}` });
    }
  }
  return variants;
}

/** A command with exactly one thing wrong in it. */
export const brokenCommand: fc.Arbitrary<BrokenCommand> = validCommand.chain((command) => fc.constantFrom(...brokenVariants(command)));

/** A message the broker must refuse, as raw text. */
export interface MalformedMessage {
  raw: string;
  /** Why it is malformed, for failure reports. */
  kind: string;
}

/** The id a refusal must carry: the message's string `id` when it is a JSON object that has one, else null. */
export function readableId(raw: string): string | null {
  try {
    const data: unknown = JSON.parse(raw);
    const id = data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

const messageId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(...PROTOTYPE_KEYS),
);
const wrongJson = fc.constantFrom<Json>(null, 0, -1, 1.5, true, '', 'x', [], ['command'], {}, { t: 'command' });
const streamLike = fc.constantFrom('', 'remote', 'remote::big', 'remote:a:b:big', 'remote:anna:huge', 'LOCAL', 'remote:__proto__:mid');

/** Messages that fail validation: broken commands, wrong envelopes, random JSON and text, binary markers. */
export const malformedMessage: fc.Arbitrary<MalformedMessage> = fc.oneof(
  fc.record({ id: messageId, broken: brokenCommand }).map(({ id, broken }) => ({
    raw: JSON.stringify({ t: 'command', id, command: broken.command }),
    kind: `broken command (${broken.how})`,
  })),
  fc.record({ id: messageId, type: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_KEYS, 'sandbox.', 'enterroom', 'EXITROOM')) }).map(({ id, type }) => ({
    raw: JSON.stringify({ t: 'command', id, command: { type } }),
    kind: 'unknown command type',
  })),
  fc.record({ t: fc.oneof(wrongJson, fc.string()).filter((t) => t !== 'command'), id: fc.oneof(messageId, wrongJson), command: validCommand }).map((m) => ({
    raw: JSON.stringify(m),
    kind: 'wrong envelope kind',
  })),
  fc.record({ id: fc.constantFrom<Json>(null, 0, 1.5, true, '', 'i'.repeat(101), [], ['a'], { id: 'a' }), command: validCommand }).map(({ id, command }) => ({
    raw: JSON.stringify({ t: 'command', id, command }),
    kind: 'wrong command id',
  })),
  validCommand.map((command) => ({ raw: JSON.stringify({ t: 'command', command }), kind: 'command without id' })),
  fc.record({ t: fc.constantFrom('subscribe', 'unsubscribe', 'frame-ack'), stream: fc.oneof(streamLike, wrongJson) }).map((m) => ({
    raw: JSON.stringify(m),
    kind: 'bad stream',
  })),
  fc.record({ t: fc.constantFrom('resync', 'command', 'subscribe'), key: fc.constantFrom(...PROTOTYPE_KEYS, 'extra'), id: messageId }).map(({ t, key, id }) => ({
    raw: `{"t":${JSON.stringify(t)},"id":${JSON.stringify(id)},${JSON.stringify(key)}:{"id":"inner","t":"resync"}}`,
    kind: 'envelope with an extra key',
  })),
  fc
    .jsonValue()
    .filter((v) => v === null || typeof v !== 'object' || !('t' in v))
    .map((v) => ({ raw: JSON.stringify(v), kind: 'random JSON' })),
  // Any code points, lone surrogates included (a custom unit: fast-check's 'binary' unit costs a second to build).
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) }).map((raw) => ({ raw, kind: 'random text' })),
  fc.constantFrom('\u0000binary', '', ' ', '{', '{"t":"command",', 'undefined', 'NaN', '[]', '""', '{"t":"resync"}garbage').map((raw) => ({
    raw,
    kind: 'broken text',
  })),
);
