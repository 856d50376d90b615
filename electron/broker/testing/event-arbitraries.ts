import fc from 'fast-check';
import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import {
  TRTCAppScene,
  TRTCRoleType,
  TRTCVideoStreamType,
  type TRTCLocalStatistics,
  type TRTCRemoteStatistics,
  TRTCSpeedTestResult,
  type TRTCStatistics,
  type TRTCVolumeInfo,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { enumValues } from '@broadcast-core/bridge';
import { TRTC_EVENT_NAMES, type SandboxMemberInfo, type SandboxRoomInfo, type TRTCEvent, type TRTCEventMap } from '../../engine/contract';
import { DEFAULT_DEVICES, device } from '../../engine/testing/scripted-engine';

// Random engine callbacks with plausible arguments, for property tests.

/** The remote users random scripts draw from. */
export const REMOTE_USER_IDS = ['anna', 'ben', 'cai', 'dee'] as const;

/** Keys that break code using plain objects as maps; every one of them is also a valid TRTC userId. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

const remoteUserId = fc.constantFrom(...REMOTE_USER_IDS);
const errorCode = fc.oneof(fc.constantFrom(...enumValues(TXLiteAVError)), fc.integer({ min: -200_000, max: -1 }));
const warningCode = fc.oneof(fc.constantFrom(...enumValues(TXLiteAVWarning)), fc.integer({ min: 1, max: 9_999 }));
const sdkMessage = fc.constantFrom('', 'network unreachable', 'userSig expired', '房间不存在');
const quality = fc.integer({ min: 0, max: 6 });
const streamType = fc.constantFrom(
  TRTCVideoStreamType.TRTCVideoStreamTypeBig,
  TRTCVideoStreamType.TRTCVideoStreamTypeSmall,
  TRTCVideoStreamType.TRTCVideoStreamTypeSub,
);
const kbps = fc.integer({ min: 0, max: 4_000 });
/** Music ids as the broker numbers its starts (1, 2, ...), and one it never used. */
const musicId = fc.constantFrom(1, 2, 3, 99);
const taskId = fc.constantFrom('', 'sandbox-task-1', '1400000001_29834_host_main');

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
  onAudioDeviceCaptureVolumeChanged: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()),
  onAudioDevicePlayoutVolumeChanged: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()),
  onSpeedTestResult: fc
    .record({ quality: fc.integer({ min: 0, max: 6 }), upLostRate: fc.double({ min: 0, max: 1, noNaN: true }), downLostRate: fc.double({ min: 0, max: 1, noNaN: true }), rtt: fc.integer({ min: 0, max: 2000 }), up: fc.integer({ min: -1, max: 20000 }), down: fc.integer({ min: -1, max: 20000 }), success: fc.boolean() })
    .map((r) => [new TRTCSpeedTestResult(r.success, r.success ? '' : 'timeout', '10.0.0.1', r.quality, r.upLostRate, r.downLostRate, r.rtt, r.up, r.down, 0, 0)] as [TRTCSpeedTestResult]),
  onTestMicVolume: fc.tuple(fc.integer({ min: 0, max: 100 })),
  onTestSpeakerVolume: fc.tuple(fc.integer({ min: 0, max: 100 })),
  onDeviceChange: fc.tuple(fc.constantFrom('cam-1', 'cam-3', 'mic-1'), fc.constantFrom(-1, 0, 1, 2), fc.constantFrom(0, 1, 2, 3)),
  onStartPublishMediaStream: fc.tuple(taskId, fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onUpdatePublishMediaStream: fc.tuple(taskId, fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onStopPublishMediaStream: fc.tuple(taskId, fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onCdnStreamStateChanged: fc.tuple(fc.constantFrom('rtmp://push.example.com/live/a', 'rtmp://cdn.example.net/app/b'), fc.integer({ min: 0, max: 5 }), fc.oneof(fc.constant(0), errorCode), sdkMessage),
  onUserSubStreamAvailable: fc.tuple(remoteUserId, fc.constantFrom(0, 1)),
  onScreenCaptureStarted: fc.constant([]),
  onScreenCapturePaused: fc.tuple(fc.constantFrom(0, 1, 2, 3)),
  onScreenCaptureResumed: fc.tuple(fc.constantFrom(0, 1, 2, 3)),
  onScreenCaptureStopped: fc.tuple(fc.constantFrom(0, 1)),
  onMusicStart: fc.tuple(musicId, fc.constantFrom(0, 0, -4001)),
  onMusicPlayProgress: fc.tuple(musicId, fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(5_000, 12_000, 30_000)),
  onMusicComplete: fc.tuple(musicId, fc.constantFrom(0, 0, -4002)),
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

// What the sandbox may report of its rooms (the sandboxRoomsInspected source).

const sandboxRoomId = fc.constantFrom<number | string>(8888, 978, '978', 'stage');
const sandboxMember: fc.Arbitrary<SandboxMemberInfo> = fc.record({
  userId: fc.constantFrom('host', ...REMOTE_USER_IDS, '__proto__', 'constructor'),
  role: fc.constantFrom(TRTCRoleType.TRTCRoleAnchor, TRTCRoleType.TRTCRoleAudience),
  publishingVideo: fc.boolean(),
  publishingAudio: fc.boolean(),
  connectionDown: fc.boolean(),
  sharingScreen: fc.boolean(),
  enteredAt: fc.integer({ min: 0, max: 10_000 }),
});
const sandboxRoom: fc.Arbitrary<SandboxRoomInfo> = fc
  .record({
    roomId: sandboxRoomId,
    scene: fc.constantFrom(...enumValues(TRTCAppScene)) as fc.Arbitrary<TRTCAppScene>,
    members: fc.uniqueArray(sandboxMember, { maxLength: 4, selector: (m) => m.userId }),
    virtualAudience: fc.constantFrom(0, 0, 1_200),
    links: fc.array(fc.record({ caller: fc.record({ roomId: sandboxRoomId, userId: remoteUserId }), target: fc.record({ roomId: sandboxRoomId, userId: remoteUserId }) }), { maxLength: 2 }),
  })
  .map((r) => ({
    ...r,
    anchorCount: r.members.filter((m) => m.role === TRTCRoleType.TRTCRoleAnchor).length,
    onlineCount: r.members.length + r.virtualAudience,
  }));

/** The rooms the sandbox may report: up to three rooms, each roomId once (978 and '978' are different rooms). */
export const sandboxRooms: fc.Arbitrary<SandboxRoomInfo[]> = fc.uniqueArray(sandboxRoom, {
  maxLength: 3,
  selector: (r) => `${typeof r.roomId}:${r.roomId}`,
});
