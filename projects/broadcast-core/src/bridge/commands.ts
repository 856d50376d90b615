import * as z from 'zod';

import {
  beautySchema,
  encoderParamsSchema,
  audioQualitySchema,
  fillModeSchema,
  roleSchema,
  roomIdSchema,
  sceneSchema,
  sdkAppIdSchema,
  strRoomIdSchema,
  userIdSchema,
  voiceChangerSchema,
  voiceReverbSchema,
} from './trtc-rules';
import { cdnHostSchema, checkBoxes, startPublishingShape, updatePublishingShape } from './publishing/publishing-schemas';

const mute = z.strictObject({ mute: z.boolean() });
/** A volume as the SDK's volume calls take it (trtc.d.ts: 0-100, 100 the original level). */
const volume = z.number().int('volume').min(0, 'volume').max(100, 'volume');
/** A music file as startPlayMusic takes it: a local path or a sandbox built-in (`sandbox://music/<name>`). */
const musicPath = z.string().trim().min(1, 'musicPath').max(1024, 'musicPath');
/** setMusicPitch's range (trtc.d.ts: a float from -1 to 1, 0 the original pitch). */
const musicPitch = z.number().min(-1, 'musicPitch').max(1, 'musicPitch');
/** seekMusicToPosInTime's position: whole ms, at most a day. */
const musicPosition = z.number().int('musicPosition').min(0, 'musicPosition').max(86_400_000, 'musicPosition');
const device = z.strictObject({ deviceId: z.string().min(1, 'deviceId').max(256, 'deviceId') });
const sourceId = z.string().min(1, 'sourceId').max(256, 'sourceId');
const pixelEdge = z.number().int('captureRegion').min(0, 'captureRegion').max(16384, 'captureRegion');
/** The part of a source to share, in its pixels (selectScreenCaptureTarget's captureRect); inside the source is checked against the listing. */
const captureRegion = z
  .strictObject({ left: pixelEdge, top: pixelEdge, right: pixelEdge, bottom: pixelEdge })
  .refine((r) => r.right > r.left && r.bottom > r.top, { message: 'captureRegion', path: ['right'] });
/** What a share captures besides the picture (TRTCScreenCaptureProperty): the mouse pointer, and a border viewers see. */
const captureOptions = z.strictObject({ mouse: z.boolean(), border: z.boolean() }).partial();
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });
const withArgs = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** A room addressed by numeric roomId or by strRoomId, exactly one of them. */
const roomAddress = {
  roomId: roomIdSchema.optional(),
  strRoomId: strRoomIdSchema.optional(),
};
const oneRoom = (v: { roomId?: number; strRoomId?: string }) => (v.roomId === undefined) !== (v.strRoomId === undefined);
const oneRoomIssue = { message: 'roomAddress', path: ['roomId'] };

/** TRTCParams as a window sends them; userSig is optional because the sandbox signs for you. */
export const enterParamsSchema = z
  .strictObject({
    sdkAppId: sdkAppIdSchema,
    ...roomAddress,
    userId: userIdSchema,
    userSig: z.string().min(1, 'userSig').max(4096, 'userSig').optional(),
    role: roleSchema,
  })
  .refine(oneRoom, oneRoomIssue);

/** Sandbox admin operations (Tencent server APIs and fault injection); refused unless the engine is the sandbox. */
const sandboxCommands = [
  withArgs('sandbox.removeUser', { roomId: z.union([roomIdSchema, strRoomIdSchema]), userId: userIdSchema }),
  withArgs('sandbox.dismissRoom', { roomId: z.union([roomIdSchema, strRoomIdSchema]) }),
  withArgs('sandbox.dropConnection', {
    userId: userIdSchema.optional(),
    ms: z.number().min(100, 'dropMs').max(120000, 'dropMs').int('dropMs'),
  }),
  /** Makes a virtual participant share a virtual screen or window by its sourceId, or stop sharing (sourceId left out). */
  withArgs('sandbox.shareScreen', { userId: userIdSchema, sourceId: sourceId.optional() }),
  /** Makes the sandbox's access network weak (true) or healthy (false), as speed tests measure it. */
  withArgs('sandbox.weakNetwork', { weak: z.boolean() }),
  /** Pulls a camera, mic or speaker out of the sandbox machine (onDeviceChange Remove), to rehearse a device lost mid-show. */
  withArgs('sandbox.unplugDevice', device.shape),
  /** Plugs a pulled-out device back in (onDeviceChange Add). */
  withArgs('sandbox.plugDevice', device.shape),
  plain('sandbox.timeoutNextEnter'),
  plain('sandbox.timeoutNextConnectOtherRoom'),
  /** Makes pushes to a CDN host (every host when left out) fail: they recover every 5 s, then fail at 60 s. */
  withArgs('sandbox.cdnUnreachable', { host: cdnHostSchema }),
  /** Makes a CDN host (every host when left out) reachable again. */
  withArgs('sandbox.cdnRecover', { host: cdnHostSchema }),
  /** Crashes the engine on purpose (its thread exits, throws, or hangs), to rehearse recovery. */
  withArgs('sandbox.crashEngine', { mode: z.enum(['exit', 'throw', 'hang']) }),
] as const;

/**
 * Every command a window may send: the TRTC calls the console makes, two
 * co-anchoring shortcuts (role switch plus mic and camera, as the guides do),
 * and the sandbox admin operations. Validated at runtime before the engine sees it.
 */
export const commandSchema = z.discriminatedUnion('type', [
  withArgs('enterRoom', { params: enterParamsSchema, scene: sceneSchema }),
  /** Enters again the session a lost engine took with it, with the same params, role, camera and mic. */
  withArgs('reenterRoom', { userSig: z.string().min(1, 'userSig').max(4096, 'userSig').optional() }),
  plain('exitRoom'),
  withArgs('switchRole', { role: roleSchema }),
  plain('startCoAnchoring'),
  plain('stopCoAnchoring'),
  plain('startLocalPreview'),
  plain('stopLocalPreview'),
  plain('startLocalAudio'),
  plain('stopLocalAudio'),
  withArgs('muteLocalVideo', mute.shape),
  withArgs('muteLocalAudio', mute.shape),
  withArgs('setVideoEncoderParam', { params: encoderParamsSchema }),
  withArgs('setBeautyStyle', { beauty: beautySchema }),
  withArgs('setLocalViewFillMode', { mode: fillModeSchema }),
  withArgs('setLocalMirror', { mirror: z.boolean() }),
  withArgs('setRemoteViewFillMode', { userId: userIdSchema, mode: fillModeSchema }),
  withArgs('muteRemoteAudio', { userId: userIdSchema, ...mute.shape }),
  withArgs('connectOtherRoom', { target: z.strictObject(roomAddress).refine(oneRoom, oneRoomIssue), userId: userIdSchema }),
  plain('disconnectOtherRoom'),
  withArgs('setCurrentCameraDevice', device.shape),
  withArgs('setCurrentMicDevice', device.shape),
  withArgs('setCurrentSpeakerDevice', device.shape),
  /** Lists the screens and windows to share, with thumbnails: they arrive as `[Engine] Screen Sources Listed`. */
  plain('getScreenCaptureSources'),
  /** Shares a listed source on the sub stream, with these encoder settings or the last ones. */
  withArgs('startScreenCapture', { sourceId, encoder: encoderParamsSchema.optional(), region: captureRegion.optional(), capture: captureOptions.optional() }),
  plain('pauseScreenCapture'),
  plain('resumeScreenCapture'),
  plain('stopScreenCapture'),
  withArgs('setSubStreamEncoderParam', { params: encoderParamsSchema }),
  /** Picks the microphone's quality (speech, default, music); a running microphone restarts with it. */
  withArgs('setAudioQuality', { quality: audioQualitySchema }),
  withArgs('setAudioCaptureVolume', { volume }),
  withArgs('setAudioPlayoutVolume', { volume }),
  withArgs('setRemoteAudioVolume', { userId: userIdSchema, volume }),
  withArgs('setCurrentMicDeviceVolume', { volume }),
  withArgs('setCurrentMicDeviceMute', mute.shape),
  withArgs('setCurrentSpeakerVolume', { volume }),
  withArgs('setCurrentSpeakerDeviceMute', mute.shape),
  withArgs('enableVoiceEarMonitor', { enable: z.boolean() }),
  withArgs('setVoiceReverbType', { reverbType: voiceReverbSchema }),
  withArgs('setVoiceChangerType', { changerType: voiceChangerSchema }),
  /** Adds a local music file to the playlist (nothing is opened until it plays). */
  withArgs('addMusicTrack', { path: musicPath }),
  withArgs('removeMusicTrack', { path: musicPath }),
  /** Plays a playlist track from its start under a new music id, with the music volumes and pitch; any other track stops. */
  withArgs('startPlayMusic', { path: musicPath }),
  plain('pausePlayMusic'),
  plain('resumePlayMusic'),
  plain('stopPlayMusic'),
  withArgs('seekMusicToPosInTime', { positionMs: musicPosition }),
  /** Whether a finished track plays again; off, the playlist goes on to the next track and stops after the last. */
  withArgs('setMusicLoop', { loop: z.boolean() }),
  withArgs('setMusicPublishVolume', { volume }),
  withArgs('setMusicPlayoutVolume', { volume }),
  withArgs('setMusicPitch', { pitch: musicPitch }),
  /** Measures the network before entering (only outside a room), for this identity; the sandbox signs when userSig is left out. */
  withArgs('startSpeedTest', { sdkAppId: sdkAppIdSchema, userId: userIdSchema, userSig: z.string().min(1, 'userSig').max(4096, 'userSig').optional() }),
  plain('stopSpeedTest'),
  /** Reports the microphone's level without entering a room; `playback` also plays it to the speaker (the SDK's default: off). */
  withArgs('startMicDeviceTest', { playback: z.boolean().optional() }),
  plain('stopMicDeviceTest'),
  /** Plays a test sound on the current speaker with its level; the sandbox's built-in sound when no file is given. */
  withArgs('startSpeakerDeviceTest', { filePath: z.string().min(1, 'filePath').max(1024, 'filePath').optional() }),
  plain('stopSpeakerDeviceTest'),
  /** Shows the camera without entering a room: its picture is the stream `local:test` while the test runs. */
  plain('startCameraDeviceTest'),
  plain('stopCameraDeviceTest'),
  /** Starts the CDN task: relay of the own camera stream, or the cloud mix by a layout; one task at a time. */
  withArgs('startPublishing', startPublishingShape).superRefine((c, ctx) =>
    checkBoxes(c.layout.custom, { width: c.encoder.videoEncodedWidth, height: c.encoder.videoEncodedHeight }, ctx, ['layout', 'custom']),
  ),
  /** Switches the running task to another mode or layout, keeping its taskId and URLs. */
  withArgs('updatePublishing', updatePublishingShape),
  plain('stopPublishing'),
  withArgs('enableAudioVolumeEvaluation', {
    intervalMs: z.number().int('volumeInterval').refine((v) => v === 0 || (v >= 100 && v <= 5000), 'volumeInterval'),
  }),
  ...sandboxCommands,
]);

/** A validated command. */
export type Command = z.infer<typeof commandSchema>;

/** The `type` of each command. */
export type CommandType = Command['type'];

/** The command with a given type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** True for the sandbox admin commands. */
export function isSandboxCommand(command: Command): boolean {
  return command.type.startsWith('sandbox.');
}
