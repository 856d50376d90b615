import { createActionGroup, props } from '@ngrx/store';
import type { TRTCAppScene, TRTCAudioQuality, TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BeautySettings, EncoderParams, RoomAddress, RoomParams, TRTCRoleType } from './models';
import type { SharedSource } from './screen-share-models';
import type { PublishChoice, PublishEncoder, PublishShape } from './publishing-models';
import type { MusicTrack } from './music-library';

/**
 * Commands the broker accepted from a window, as facts. They set pending states
 * (entering, switching role, connecting a PK) at once in every window, and record
 * settings the SDK acknowledges with no callback (encoder, beauty, mutes, devices).
 */
export const ConsoleActions = createActionGroup({
  source: 'Console',
  events: {
    'Enter Room Requested': props<{ params: RoomParams; scene: TRTCAppScene; at: number }>(),
    'Exit Room Requested': props<{ at: number }>(),
    'Role Switch Requested': props<{ role: TRTCRoleType; at: number }>(),
    'Local Preview Toggled': props<{ started: boolean }>(),
    'Local Audio Toggled': props<{ started: boolean }>(),
    'Local Video Muted': props<{ mute: boolean }>(),
    'Local Audio Muted': props<{ mute: boolean }>(),
    'Encoder Params Set': props<{ params: EncoderParams }>(),
    'Beauty Set': props<{ beauty: BeautySettings }>(),
    'Local Fill Mode Set': props<{ mode: TRTCVideoFillMode }>(),
    'Local Mirror Set': props<{ mirror: boolean }>(),
    'Remote Fill Mode Set': props<{ userId: string; mode: TRTCVideoFillMode }>(),
    'Remote Audio Muted': props<{ userId: string; mute: boolean }>(),
    'Camera Selected': props<{ deviceId: string }>(),
    'Mic Selected': props<{ deviceId: string }>(),
    'Speaker Selected': props<{ deviceId: string }>(),
    /** The microphone's quality for startLocalAudio. */
    'Audio Quality Set': props<{ quality: TRTCAudioQuality }>(),
    /** setAudioCaptureVolume (0-100). */
    'Capture Volume Set': props<{ volume: number }>(),
    /** setAudioPlayoutVolume (0-100). */
    'Playout Volume Set': props<{ volume: number }>(),
    /** setRemoteAudioVolume (0-100) for one remote user. */
    'Remote Volume Set': props<{ userId: string; volume: number }>(),
    /** setCurrentMicDeviceVolume / setCurrentMicDeviceMute. */
    'Mic Device Set': props<{ volume?: number; muted?: boolean }>(),
    /** setCurrentSpeakerVolume / setCurrentSpeakerDeviceMute. */
    'Speaker Device Set': props<{ volume?: number; muted?: boolean }>(),
    /** startSpeedTest was called, expecting this uplink (kbps). */
    'Speed Test Requested': props<{ expectedUpKbps: number; at: number }>(),
    /** stopSpeedTest was called. */
    'Speed Test Stopped': props<{ at: number }>(),
    /** startMicDeviceTest (true) or stopMicDeviceTest (false) was called. */
    'Mic Test Toggled': props<{ started: boolean; at: number; playback?: boolean }>(),
    /** startSpeakerDeviceTest (true) or stopSpeakerDeviceTest (false) was called. */
    'Speaker Test Toggled': props<{ started: boolean; at: number }>(),
    /** startCameraDeviceTest (true) or stopCameraDeviceTest (false) was called. */
    'Camera Test Toggled': props<{ started: boolean; at: number }>(),
    /** setVoiceReverbType / setVoiceChangerType (TRTCVoiceReverbType / TRTCVoiceChangerType values). */
    'Voice Effects Set': props<{ reverbType?: number; changerType?: number }>(),
    /** enableVoiceEarMonitor. */
    'Ear Monitor Toggled': props<{ enabled: boolean }>(),
    'Volume Evaluation Set': props<{ intervalMs: number }>(),
    'Other Room Connect Requested': props<{ target: RoomAddress; userId: string; at: number }>(),
    'Other Room Disconnect Requested': props<{ at: number }>(),
    'Screen Share Requested': props<{ source: SharedSource; encoder: EncoderParams; at: number }>(),
    'Screen Share Pause Requested': props<{ at: number }>(),
    'Screen Share Resume Requested': props<{ at: number }>(),
    'Screen Share Stop Requested': props<{ at: number }>(),
    'Sub Stream Encoder Set': props<{ params: EncoderParams }>(),
    /** A CDN task is being started to these URLs with this encoder, in this mode and layout. */
    'Publishing Start Requested': props<{ urls: string[]; encoder: PublishEncoder; shape: PublishShape; chosen: PublishChoice; at: number }>(),
    /** The running task is being switched to another mode or layout (same taskId and URLs); `chosen` is null when a PK drives it. */
    'Publishing Update Requested': props<{ shape: PublishShape; chosen: PublishChoice | null; at: number }>(),
    'Publishing Stop Requested': props<{ at: number }>(),
    /** A local file joins the playlist. */
    'Music Track Added': props<{ track: MusicTrack }>(),
    /** A track leaves the playlist. */
    'Music Track Removed': props<{ path: string }>(),
    /** startPlayMusic under a new id: starting until onMusicStart says. */
    'Music Play Requested': props<{ id: number; path: string; at: number }>(),
    'Music Paused': props<{ at: number }>(),
    'Music Resumed': props<{ at: number }>(),
    'Music Stopped': props<{ at: number }>(),
    'Music Seeked': props<{ positionMs: number; at: number }>(),
    /** Whether a finished track plays again (else the playlist goes on to the next). */
    'Music Loop Set': props<{ loop: boolean }>(),
    /** setMusicPublishVolume / setMusicPlayoutVolume (0-100) and setMusicPitch (-1 to 1), kept for every track. */
    'Music Settings Set': props<{ publishVolume?: number; playoutVolume?: number; pitch?: number }>(),
  },
});
