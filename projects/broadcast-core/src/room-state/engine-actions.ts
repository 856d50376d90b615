import { createActionGroup, props } from '@ngrx/store';

import type {
  CodedError,
  DeviceLists,
  EngineKind,
  FrameSize,
  RemoteRoom,
  StatsSample,
  TRTCQuality,
  TRTCRoleType,
  TRTCVideoStreamType,
  SpeedTestFigures,
  DeviceKindName,
} from './models';
import type { CdnStreamStatus } from './publishing-models';
import type { SandboxRoomSummary } from './sandbox-rooms-models';
import type { InterruptedShare, ScreenSource } from './screen-share-models';

/** Things the RTC engine reported, as the broker folds its callbacks into actions. `at` is the broker's clock. */
export const EngineActions = createActionGroup({
  source: 'Engine',
  events: {
    /** An engine started and reported what it is; `generation` counts engines since the broker started (1 = the first). */
    'Engine Ready': props<{ kind: EngineKind; sdkVersion: string; generation: number; at: number; notice?: string; signsUserSigs?: boolean }>(),
    /** The engine died (exited, threw, or stopped answering): its room session, capture and PK are gone; the broker restarts it. */
    'Engine Lost': props<{ reason: string; at: number; capture: { camera: boolean; mic: boolean; share: InterruptedShare | null } }>(),
    /** A fresh engine refused a setting the lost one had (encoder, beauty, a device...): the console shows what it really runs. */
    /** onMusicStart(id, 0): the track plays. */
    'Music Started': props<{ id: number; at: number }>(),
    /** Where the track is (onMusicPlayProgress), at most about once a second: windows extrapolate between. */
    'Music Progressed': props<{ id: number; positionMs: number; durationMs: number; at: number }>(),
    /** onMusicComplete(id, 0): the track played to its end. */
    'Music Completed': props<{ id: number; at: number }>(),
    /** onMusicStart(id, -4001) (the file could not be opened) or onMusicComplete(id, -4002) (decoding failed). */
    'Music Failed': props<{ id: number; error: CodedError; at: number }>(),
    'Setting Not Restored': props<{ method: string; message: string; at: number }>(),
    'Devices Listed': props<DeviceLists>(),
    'Room Entered': props<{ elapsedMs: number; at: number }>(),
    'Room Entry Failed': props<{ error: CodedError; at: number }>(),
    'Room Exited': props<{ reason: number; at: number }>(),
    /** exitRoom could not even start (the engine threw): the user is still in the room. */
    'Room Exit Failed': props<{ error: CodedError; at: number }>(),
    'Role Switched': props<{ role: TRTCRoleType; at: number }>(),
    'Role Switch Failed': props<{ error: CodedError; at: number }>(),
    'Other Room Connected': props<{ userId: string; at: number }>(),
    'Other Room Connect Failed': props<{ userId: string; error: CodedError; at: number }>(),
    'Other Room Disconnected': props<{ at: number }>(),
    'Remote User Entered': props<{ userId: string; room: RemoteRoom; at: number }>(),
    'Remote User Left': props<{ userId: string; reason: number; at: number }>(),
    'User Video Availability Changed': props<{ userId: string; available: boolean }>(),
    'User Audio Availability Changed': props<{ userId: string; available: boolean }>(),
    'First Video Frame Rendered': props<{ userId: string; streamType: TRTCVideoStreamType; size: FrameSize }>(),
    'First Local Video Frame Sent': props<{ at: number }>(),
    /** Voice meter levels that changed, as [userId, level 0-100] pairs ('' is the local user); others keep theirs. */
    'Voice Levels Changed': props<{ levels: [userId: string, level: number][] }>(),
    /** Network qualities that changed: the local one when given, and [userId, quality] pairs; others keep theirs. */
    'Network Quality Changed': props<{ local?: TRTCQuality; remote: [userId: string, quality: TRTCQuality][] }>(),
    'Statistics Updated': props<{ sample: StatsSample }>(),
    'Connection Lost': props<{ at: number }>(),
    'Reconnecting': props<{ at: number }>(),
    'Connection Recovered': props<{ at: number }>(),
    'Error Raised': props<{ error: CodedError; at: number }>(),
    'Warning Raised': props<{ error: CodedError; at: number }>(),
    /** The screens and windows that can be shared, as the engine listed them (getScreenCaptureSources). */
    'Screen Sources Listed': props<{ sources: ScreenSource[]; at: number }>(),
    /** The local screen share started (onScreenCaptureStarted). */
    'Screen Capture Started': props<{ at: number }>(),
    /** The local screen share paused (onScreenCapturePaused): reason 0 asked for, 1-3 by the platform. */
    'Screen Capture Paused': props<{ reason: number }>(),
    /** The local screen share resumed (onScreenCaptureResumed). */
    'Screen Capture Resumed': props<{ reason: number }>(),
    /** The local screen share stopped (onScreenCaptureStopped): reason 0 asked for, 1 the shared window closed. */
    'Screen Capture Stopped': props<{ reason: number; at: number }>(),
    /** A requested share did not start: another user of the room shares (-102016), no right to, or the engine failed the call. */
    'Screen Share Failed': props<{ error: CodedError; at: number }>(),
    /** A pause, resume or stop of the share failed in the engine: the share is as it was before the request. */
    'Screen Share Change Failed': props<{ error: CodedError; back: 'sharing' | 'paused'; at: number }>(),
    /** The CDN task started (onStartPublishMediaStream with code 0): the cloud's taskId. */
    'Publishing Started': props<{ taskId: string; at: number }>(),
    /** The CDN task did not start (a non-zero onStartPublishMediaStream code, or the engine failed the call). */
    'Publishing Start Failed': props<{ error: CodedError; at: number }>(),
    /** The running task took the update (onUpdatePublishMediaStream with code 0): it runs the pending mode and layout. */
    'Publishing Updated': props<{ at: number }>(),
    /** The running task refused the update: it runs as before. */
    'Publishing Update Failed': props<{ error: CodedError; at: number }>(),
    /** The task ended (onStopPublishMediaStream with code 0). */
    'Publishing Stopped': props<{ at: number }>(),
    /** The stop was refused (e.g. -3336 for a task the cloud does not know): the task is as it was. */
    'Publishing Stop Failed': props<{ error: CodedError; at: number }>(),
    /** One CDN URL's push changed (onCdnStreamStateChanged): 0 idle, 1 connecting, 2 pushing, 3 recovering, 4 failed, 5 stopping. */
    'Cdn Stream State Changed': props<{ url: string; status: CdnStreamStatus; code: number; message: string; at: number }>(),
    /** A remote user started or stopped sharing a screen (onUserSubStreamAvailable). */
    'User Sub Stream Availability Changed': props<{ userId: string; available: boolean }>(),
    /** The microphone device's system volume or mute changed (onAudioDeviceCaptureVolumeChanged). */
    'Mic Device Volume Changed': props<{ volume: number; muted: boolean }>(),
    /** The speaker device's system volume or mute changed (onAudioDevicePlayoutVolumeChanged). */
    'Speaker Device Volume Changed': props<{ volume: number; muted: boolean }>(),
    /** One access server's speed test figures (onSpeedTestResult). */
    'Speed Test Measured': props<{ result: SpeedTestFigures; at: number }>(),
    /** The engine refused or failed startSpeedTest. */
    'Speed Test Failed': props<{ error: CodedError; at: number }>(),
    /** The microphone's level during the mic test (onTestMicVolume). */
    'Mic Test Level Reported': props<{ volume: number; at: number }>(),
    /** The test sound's level during the speaker test (onTestSpeakerVolume). */
    'Speaker Test Level Reported': props<{ volume: number; at: number }>(),
    /** The speaker test could not play (onError ERR_FILE_NOT_FOUND or ERR_SPEAKER_START_FAIL while it runs). */
    'Speaker Test Failed': props<{ error: CodedError; at: number }>(),
    /** The camera test could not open the camera (onError ERR_CAMERA_START_FAIL while it runs). */
    'Camera Test Failed': props<{ error: CodedError; at: number }>(),
    /** A device was pulled out (onDeviceChange Remove); its name as it was listed. */
    'Device Unplugged': props<{ deviceId: string; kind: DeviceKindName; deviceName: string; at: number }>(),
    /** A device was plugged in (onDeviceChange Add). */
    'Device Plugged In': props<{ deviceId: string; kind: DeviceKindName; at: number }>(),
    /** The sandbox cloud's rooms changed (members, roles, publishing, network, counts or links); sent only on the sandbox. */
    'Sandbox Rooms Inspected': props<{ rooms: SandboxRoomSummary[]; at: number }>(),
  },
});
