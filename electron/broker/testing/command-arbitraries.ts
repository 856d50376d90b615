import fc from 'fast-check';
import {
  TRTCAppScene,
  TRTCAudioQuality,
  TRTCBeautyStyle,
  TRTCRoleType,
  TRTCVideoFillMode,
  TRTCVideoResolution,
  TRTCVideoResolutionMode,
  TRTCVoiceChangerType,
  TRTCVoiceReverbType,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { enumValues, type Command, type CommandOf, type CommandType } from '@broadcast-core/bridge';
import { DEFAULT_CDN_ENCODER } from '@broadcast-core/room-state';

import { REMOTE_USER_IDS } from './event-arbitraries';

// Schema-valid commands of every type, for property and fuzz tests.

const remoteUserId = fc.constantFrom(...REMOTE_USER_IDS);
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
    videoResolution: fc.constantFrom(...enumValues(TRTCVideoResolution)),
    resMode: fc.constantFrom(...enumValues(TRTCVideoResolutionMode)),
    videoFps: fc.integer({ min: 1, max: 60 }),
    videoBitrate: fc.integer({ min: 1, max: 12_000 }),
    minVideoBitrate: fc.integer({ min: 0, max: 12_000 }),
    enableAdjustRes: fc.boolean(),
  })
  .map((p) => ({ ...p, minVideoBitrate: Math.min(p.minVideoBitrate, p.videoBitrate) }));

/** A volume as the SDK's volume calls take it. */
/** Playlist paths: the sandbox's built-ins, a local file, one that does not exist. */
const musicPath = fc.constantFrom('sandbox://music/warm-up', 'sandbox://music/jingle', 'sandbox://music/corrupt', '/music/show-intro.mp3', '/nowhere/missing.mp3');
const sdkVolume = fc.integer({ min: 0, max: 100 });
const publishMode = fc.constantFrom(1 as const, 3 as const);
const layout = fc.oneof(
  fc.record({ preset: fc.constantFrom('solo' as const, 'pk' as const, 'coAnchors' as const, 'grid' as const) }),
  fc.constant({ preset: 'custom' as const, custom: [{ left: 0, top: 0, right: 640, bottom: 360 }] }),
);
/** The console's encoder; videoSeiParams left out (it may be, and '' would be no wrong value for it). */
const { videoSeiParams: _sei, ...cdnEncoder } = DEFAULT_CDN_ENCODER;
const cdnUrls = fc.constantFrom(['rtmp://push.example.com/live/a'], ['rtmp://a.example/live/1', 'rtmp://b.example/live/2']);
const cdnHost = fc.constantFrom('push.example.com', 'a.example');

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
  reenterRoom: withType('reenterRoom', fc.oneof(fc.constant({}), fc.constant({ userSig: SECRET_SIG }))),
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
  setAudioQuality: withType('setAudioQuality', fc.record({ quality: fc.constantFrom(...enumValues(TRTCAudioQuality)) })),
  setAudioCaptureVolume: withType('setAudioCaptureVolume', fc.record({ volume: sdkVolume })),
  setAudioPlayoutVolume: withType('setAudioPlayoutVolume', fc.record({ volume: sdkVolume })),
  setRemoteAudioVolume: withType('setRemoteAudioVolume', fc.record({ userId: commandUserId, volume: sdkVolume })),
  setCurrentMicDeviceVolume: withType('setCurrentMicDeviceVolume', fc.record({ volume: sdkVolume })),
  setCurrentMicDeviceMute: withType('setCurrentMicDeviceMute', fc.record({ mute: fc.boolean() })),
  setCurrentSpeakerVolume: withType('setCurrentSpeakerVolume', fc.record({ volume: sdkVolume })),
  setCurrentSpeakerDeviceMute: withType('setCurrentSpeakerDeviceMute', fc.record({ mute: fc.boolean() })),
  setVoiceReverbType: withType('setVoiceReverbType', fc.record({ reverbType: fc.constantFrom(...enumValues(TRTCVoiceReverbType)) })),
  setVoiceChangerType: withType('setVoiceChangerType', fc.record({ changerType: fc.constantFrom(...enumValues(TRTCVoiceChangerType)) })),
  enableVoiceEarMonitor: withType('enableVoiceEarMonitor', fc.record({ enable: fc.boolean() })),
  addMusicTrack: withType('addMusicTrack', fc.record({ path: musicPath })),
  removeMusicTrack: withType('removeMusicTrack', fc.record({ path: musicPath })),
  startPlayMusic: withType('startPlayMusic', fc.record({ path: musicPath })),
  pausePlayMusic: plain('pausePlayMusic'),
  resumePlayMusic: plain('resumePlayMusic'),
  stopPlayMusic: plain('stopPlayMusic'),
  seekMusicToPosInTime: withType('seekMusicToPosInTime', fc.record({ positionMs: fc.integer({ min: 0, max: 40_000 }) })),
  setMusicLoop: withType('setMusicLoop', fc.record({ loop: fc.boolean() })),
  setMusicPublishVolume: withType('setMusicPublishVolume', fc.record({ volume: sdkVolume })),
  setMusicPlayoutVolume: withType('setMusicPlayoutVolume', fc.record({ volume: sdkVolume })),
  setMusicPitch: withType('setMusicPitch', fc.record({ pitch: fc.double({ min: -1, max: 1, noNaN: true }) })),
  startSpeedTest: withType('startSpeedTest', fc.record({ sdkAppId: fc.constant(1400000001), userId: commandUserId })),
  stopSpeedTest: withType('stopSpeedTest', fc.record({})),
  startMicDeviceTest: withType('startMicDeviceTest', fc.record({ playback: fc.boolean() }, { requiredKeys: [] })),
  stopMicDeviceTest: withType('stopMicDeviceTest', fc.record({})),
  startSpeakerDeviceTest: withType('startSpeakerDeviceTest', fc.record({ filePath: fc.constantFrom('/tmp/ding.wav', 'sandbox://sounds/speaker-test') }, { requiredKeys: [] })),
  stopSpeakerDeviceTest: withType('stopSpeakerDeviceTest', fc.record({})),
  startCameraDeviceTest: withType('startCameraDeviceTest', fc.record({})),
  stopCameraDeviceTest: withType('stopCameraDeviceTest', fc.record({})),
  'sandbox.weakNetwork': withType('sandbox.weakNetwork', fc.record({ weak: fc.boolean() })),
  'sandbox.unplugDevice': withType('sandbox.unplugDevice', fc.record({ deviceId: fc.constantFrom('sandbox-mic-usb', 'sandbox-camera-hd', 'usb-42') })),
  'sandbox.plugDevice': withType('sandbox.plugDevice', fc.record({ deviceId: fc.constantFrom('sandbox-mic-usb', 'sandbox-camera-hd', 'usb-42') })),
  enableAudioVolumeEvaluation: withType(
    'enableAudioVolumeEvaluation',
    fc.record({ intervalMs: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 5_000 })) }),
  ),
  getScreenCaptureSources: plain('getScreenCaptureSources'),
  startScreenCapture: withType(
    'startScreenCapture',
    fc.record({ sourceId: fc.constantFrom('screen-1', 'window-slides', 'window-console', 'gone'), encoder: encoderParams }, { requiredKeys: ['sourceId'] }),
  ),
  pauseScreenCapture: plain('pauseScreenCapture'),
  resumeScreenCapture: plain('resumeScreenCapture'),
  stopScreenCapture: plain('stopScreenCapture'),
  setSubStreamEncoderParam: withType('setSubStreamEncoderParam', fc.record({ params: encoderParams })),
  'sandbox.shareScreen': withType('sandbox.shareScreen', fc.record({ userId: remoteUserId, sourceId: fc.constantFrom('screen-2', 'window-game') }, { requiredKeys: ['userId'] })),
  'sandbox.removeUser': withType('sandbox.removeUser', fc.record({ roomId: fc.oneof(roomId, strRoomId), userId: remoteUserId })),
  'sandbox.dismissRoom': withType('sandbox.dismissRoom', fc.record({ roomId: fc.oneof(roomId, strRoomId) })),
  'sandbox.dropConnection': withType(
    'sandbox.dropConnection',
    fc.record({ userId: remoteUserId, ms: fc.integer({ min: 100, max: 120_000 }) }, { requiredKeys: ['ms'] }),
  ),
  'sandbox.timeoutNextEnter': plain('sandbox.timeoutNextEnter'),
  'sandbox.timeoutNextConnectOtherRoom': plain('sandbox.timeoutNextConnectOtherRoom'),
  startPublishing: withType('startPublishing', fc.record({ mode: publishMode, urls: cdnUrls, encoder: fc.constant(cdnEncoder), layout })),
  updatePublishing: withType('updatePublishing', fc.record({ mode: publishMode, layout }, { requiredKeys: [] })),
  stopPublishing: plain('stopPublishing'),
  'sandbox.cdnUnreachable': withType('sandbox.cdnUnreachable', fc.record({ host: cdnHost }, { requiredKeys: [] })),
  'sandbox.cdnRecover': withType('sandbox.cdnRecover', fc.record({ host: cdnHost }, { requiredKeys: [] })),
  'sandbox.crashEngine': withType('sandbox.crashEngine', fc.record({ mode: fc.constantFrom('exit' as const, 'throw' as const, 'hang' as const) })),
};

/** Every command type. */
export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];

/** A schema-valid command of the given type. */
export function validCommandOf<T extends CommandType>(type: T): fc.Arbitrary<CommandOf<T>> {
  return COMMANDS[type];
}

/** A schema-valid command of any type (the room may still refuse it). */
export const validCommand: fc.Arbitrary<Command> = fc.oneof(...COMMAND_TYPES.map((t) => COMMANDS[t] as fc.Arbitrary<Command>));
