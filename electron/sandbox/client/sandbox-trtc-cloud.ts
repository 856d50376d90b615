import { EventEmitter } from 'events';

import {
  TRTCDeviceType,
  TRTCRoleType,
  TRTCScreenCaptureSourceInfo,
  TRTCVideoStreamType,
  type Rect,
  type TRTCAppScene,
  type TRTCAudioQuality,
  type TRTCBeautyStyle,
  type TRTCDeviceInfo,
  type TRTCParams,
  type TRTCPublishTarget,
  type TRTCRenderParams,
  type TRTCStreamEncoderParam,
  type TRTCStreamMixingConfig,
  type TRTCScreenCaptureProperty,
  type TRTCSpeedTestParams,
  type TRTCVoiceChangerType,
  type TRTCVoiceReverbType,
  type TRTCVideoBufferType,
  type TRTCVideoEncParam,
  type TRTCVideoFillMode,
  type TRTCVideoPixelFormat,
  type AudioMusicParam,
  type TRTCMusicPlayObserver,
} from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import type { RtcEngine } from '../../engine/contract';
import type { SandboxCloud } from '../server/sandbox-cloud';
import { assembleClient, type ClientParts } from './client-assembly';
import { localMusicOpener } from './music/local-music-file';
import type { MusicFileOpener } from './music/music-source';
import { SPEED_TEST_REFUSED } from './preflight/speed-test';
import { SANDBOX_SDK_VERSION } from './sdk-version';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

/** EventEmitter's own events about listeners, which say nothing of whether the app listens. */
function isListenerEvent(name: string | symbol): boolean {
  return name === 'newListener' || name === 'removeListener';
}

/**
 * One simulated TRTC client: a drop-in for trtc-electron-sdk's TRTCCloud on a SandboxCloud. Same method
 * names, arguments and callbacks (`TRTCEventMap`); every callback is delivered later through the cloud's
 * clock, in order, never inside the call that caused it.
 */
export class SandboxTRTCCloud extends EventEmitter implements RtcEngine {
  /** The sections this facade delegates to (client-assembly.ts). */
  private readonly parts: ClientParts;
  private destroyed = false;

  /** A client of `cloud`, not yet in a room; local music files open through `openMusicFile` (the file system unless a spec stubs it). */
  constructor(cloud: SandboxCloud, openMusicFile: MusicFileOpener = localMusicOpener()) {
    super();
    this.parts = assembleClient(cloud, openMusicFile, {
      emit: (name, args) => this.emit(name, ...args),
      destroyed: () => this.destroyed,
      stopScreenCapture: () => this.stopScreenCapture(),
    });
    const { callbacks } = this.parts;
    // A client nobody listens to (a virtual participant) lets its callbacks expire unread instead of emitting each.
    this.on('newListener', (name) => {
      if (!isListenerEvent(name)) callbacks.listen();
    });
    this.on('removeListener', () => {
      if (!this.eventNames().some((name) => !isListenerEvent(name))) callbacks.hush();
    });
  }

  // ---- Room (client-session.ts) ----

  /** Enters a room: onEnterRoom(elapsed ms), or onError + onEnterRoom(negative code); params are checked at run time as the SDK does. */
  enterRoom(params: Partial<TRTCParams> | null | undefined, scene: TRTCAppScene): void {
    if (!this.destroyed) this.parts.session.enter(params, scene);
  }

  /** Leaves the room: capture stops, others get onRemoteUserLeaveRoom(userId, 0), then onExitRoom(0); outside a room, nothing. */
  exitRoom(): void {
    if (!this.destroyed) this.parts.session.exit();
  }

  /** Switches between anchor and audience (live scenes only); answered with onSwitchRole. */
  switchRole(role: TRTCRoleType): void {
    if (!this.destroyed) this.parts.session.switchRole(role);
  }

  /** Starts a cross-room PK with an anchor of another room; answered with onConnectOtherRoom. */
  connectOtherRoom(params: string): void {
    if (!this.destroyed) this.parts.session.connectOtherRoom(params);
  }

  /** Ends the cross-room PK this anchor started; answered with onDisconnectOtherRoom. */
  disconnectOtherRoom(): void {
    if (!this.destroyed) this.parts.session.disconnectOtherRoom();
  }

  // ---- Publishing (CDN relay and the cloud mixer; client-publishing.ts) ----

  /** Starts a publishing task (relay or mix, to CDNs or a room): onStartPublishMediaStream, then onCdnStreamStateChanged per URL. */
  startPublishMediaStream(target: TRTCPublishTarget, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    if (!this.destroyed) this.parts.publishing.start(target, params, config);
  }

  /** Updates a task (null keeps what it has): URLs, mode (relay and mix switch without interrupting the CDN), layout. */
  updatePublishMediaStream(taskId: string, target: TRTCPublishTarget | null, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    if (!this.destroyed) this.parts.publishing.update(taskId, target, params, config);
  }

  /** Stops a task, or every task of this user when taskId is ''; each URL reports Stopping, then Idle. */
  stopPublishMediaStream(taskId: string): void {
    if (!this.destroyed) this.parts.publishing.stop(taskId);
  }

  /** Sandbox only: receives a task's mixed I420 frames (taskId in place of the userId), even set before the task starts; null removes it. */
  setMixVideoRenderCallback(taskId: string, callback: TRTCVideoRenderCallback | null): void {
    this.parts.publishing.setMixCallback(taskId, this.destroyed ? null : callback);
  }

  // ---- Local capture (client-local-media.ts) ----

  /** Starts the camera; an anchor in a room publishes it. The view is not used (frames go to the render callback). */
  startLocalPreview(_views: Array<HTMLElement> | HTMLElement | null): void {
    if (!this.destroyed) this.parts.local.startPreview();
  }

  /** Stops the camera. */
  stopLocalPreview(): void {
    if (!this.destroyed) this.parts.local.stopPreview();
  }

  /** Starts the microphone; an anchor in a room publishes it. */
  startLocalAudio(quality?: TRTCAudioQuality): void {
    if (!this.destroyed) this.parts.local.startAudio(quality);
  }

  /** Stops the microphone. */
  stopLocalAudio(): void {
    if (!this.destroyed) this.parts.local.stopAudio();
  }

  /** Pauses or resumes publishing the camera; the local preview keeps running. */
  muteLocalVideo(mute: boolean, streamType: TRTCVideoStreamType = BIG): void {
    if (!this.destroyed) this.parts.local.muteVideo(mute, streamType);
  }

  /** Pauses or resumes publishing the microphone. */
  muteLocalAudio(mute: boolean): void {
    if (!this.destroyed) this.parts.local.muteAudio(mute);
  }

  /** Sets the big stream's resolution, orientation, frame rate and bitrate (fields left out keep their value). */
  setVideoEncoderParam(params: TRTCVideoEncParam): void {
    if (!this.destroyed) this.parts.local.setEncoder(params);
  }

  /** Turns the small stream on (with its encoder settings) or off. */
  enableSmallVideoStream(enable: boolean, params: TRTCVideoEncParam): void {
    if (!this.destroyed) this.parts.local.setSmallStream(enable, params);
  }

  /** Sets the beauty filter (levels 0-9); visible on the synthetic picture. */
  setBeautyStyle(style: TRTCBeautyStyle, beauty: number, white: number, ruddiness: number): void {
    if (!this.destroyed) this.parts.local.setBeauty(style, beauty, white, ruddiness);
  }

  /** Kept only: the sandbox renders into no view. */
  setLocalViewFillMode(mode: TRTCVideoFillMode): void {
    this.parts.local.setLocalFillMode(mode);
  }

  /** Kept only: the sandbox renders into no view. */
  setRemoteViewFillMode(userId: string, mode: TRTCVideoFillMode): void {
    this.parts.local.setRemoteFillMode(userId, mode);
  }

  /** Kept only: local frames go out unrotated and unmirrored. */
  setLocalRenderParams(params: TRTCRenderParams): void {
    this.parts.local.setLocalRenderParams(params);
  }

  /** Kept only: encoded frames go out unmirrored. */
  setVideoEncoderMirror(mirror: boolean): void {
    this.parts.local.setEncoderMirror(mirror);
  }

  /** Sets the local render callback (I420 buffers only); returns 0 or the SDK's unsupported-format code. */
  setLocalVideoRenderCallback(pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    return this.parts.localVideo.setCallback(pixelFormat, bufferType, callback);
  }

  // ---- Screen sharing (the sub stream; screen-share/screen-sharing.ts) ----

  /** The screens and windows to share: the sandbox's virtual desktop, with BGRA thumbnails and icons at the asked sizes. */
  getScreenCaptureSources(thumbWidth: number, thumbHeight: number, iconWidth: number, iconHeight: number): TRTCScreenCaptureSourceInfo[] {
    return this.parts.screen.sources(thumbWidth, thumbHeight, iconWidth, iconHeight);
  }

  /** Chooses what to share, the part of it (zeros for all of it) and the capture's properties; a share in progress switches to it. */
  selectScreenCaptureTarget(source: TRTCScreenCaptureSourceInfo | number, captureRect: Rect | string, property: TRTCScreenCaptureProperty | string): void {
    if (!this.destroyed) this.parts.screen.select(source, captureRect, property);
  }

  /** Starts sharing the chosen target on the sub stream (the only one the sandbox shares on); one sharer per room. */
  startScreenCapture(_view?: HTMLElement | null, type: TRTCVideoStreamType = SUB, params?: unknown): void {
    if (!this.destroyed) this.parts.screen.start(type, params);
  }

  /** Pauses the share (frames stop; it stays published): onScreenCapturePaused(0). */
  pauseScreenCapture(): void {
    if (!this.destroyed) this.parts.screen.pause();
  }

  /** Resumes a paused share: onScreenCaptureResumed(0). */
  resumeScreenCapture(): void {
    if (!this.destroyed) this.parts.screen.resume();
  }

  /** Stops the share: onScreenCaptureStopped(0); others get onUserSubStreamAvailable(userId, 0). */
  stopScreenCapture(): void {
    if (!this.destroyed) this.parts.screen.stop();
  }

  /** Sets the screen share's resolution, frame rate and bitrate (fields left out keep their value). */
  setSubStreamEncoderParam(params: unknown): void {
    if (!this.destroyed) this.parts.screen.setEncoder(params);
  }

  /** Leaves a window out of a shared screen (by its sourceId); it is painted over nothing in the shared picture. */
  addExcludedShareWindow(win: string): void {
    this.parts.screen.capture.exclude(win, true);
  }

  /** Puts an excluded window back into a shared screen. */
  removeExcludedShareWindow(win: string): void {
    this.parts.screen.capture.exclude(win, false);
  }

  // ---- Remote media ----

  /** Pulls a remote user's camera (big or small) into its render callback. */
  startRemoteView(userId: string, _views: Array<HTMLElement> | HTMLElement | null, streamType: TRTCVideoStreamType = BIG): void {
    if (this.destroyed) return;
    this.parts.remoteViews.start(userId, streamType);
  }

  /** Stops pulling a remote user's camera. */
  stopRemoteView(userId: string, streamType: TRTCVideoStreamType = BIG): void {
    this.parts.remoteViews.stop(userId, streamType);
  }

  /** Sets a remote user's render callback (I420 buffers only); returns 0 or the SDK's unsupported-format code. */
  setRemoteVideoRenderCallback(userId: string, pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    return this.parts.remoteViews.setRenderCallback(userId, pixelFormat, bufferType, callback);
  }

  /** Stops or resumes playing a remote user's audio (it then leaves or rejoins the volume report). */
  muteRemoteAudio(userId: string, mute: boolean): void {
    this.parts.audio.muteRemote(userId, mute);
  }

  /** Sets how loud a remote user plays (0-100, default 100): it scales that user's entry in the volume report. */
  setRemoteAudioVolume(userId: string, volume: number): void {
    if (!this.destroyed) this.parts.audio.mix.setRemoteVolume(userId, volume);
  }

  /** Sets the SDK's capture volume (0-100): it scales the level this client sends, as its own and others' reports show. */
  setAudioCaptureVolume(volume: number): void {
    if (!this.destroyed) this.parts.audio.mix.setCaptureVolume(volume);
  }

  /** The SDK's capture volume. */
  getAudioCaptureVolume(): number {
    return this.parts.audio.mix.getCaptureVolume();
  }

  /** Sets the SDK's playout volume (0-100): it scales every remote entry of this client's volume report. */
  setAudioPlayoutVolume(volume: number): void {
    if (!this.destroyed) this.parts.audio.mix.setPlayoutVolume(volume);
  }

  /** The SDK's playout volume. */
  getAudioPlayoutVolume(): number {
    return this.parts.audio.mix.getPlayoutVolume();
  }

  /** Turns ear monitoring on or off (the sandbox has no speaker to play it in, so it is only kept). */
  enableVoiceEarMonitor(enable: boolean): void {
    if (!this.destroyed) this.parts.audio.mix.earMonitor = !!enable;
  }

  /** Sets the voice reverb (kept until the room is left; the sandbox's voices are levels, not sound, so it renders none). */
  setVoiceReverbType(type: TRTCVoiceReverbType): void {
    if (!this.destroyed) this.parts.audio.mix.reverbType = type;
  }

  /** Sets the voice changer (kept until the room is left; the sandbox renders none). */
  setVoiceChangerType(type: TRTCVoiceChangerType): void {
    if (!this.destroyed) this.parts.audio.mix.changerType = type;
  }

  /** The voice effects in use, for rehearsal checks: the SDK has no getter, so this is the sandbox's own. */
  voiceEffects(): { reverbType: TRTCVoiceReverbType; changerType: TRTCVoiceChangerType } {
    return this.parts.audio.voiceEffects();
  }

  /** Reports onUserVoiceVolume every `interval` ms (at least 100); 0 or less turns it off. */
  enableAudioVolumeEvaluation(interval: number): void {
    if (!this.destroyed) this.parts.reports.evaluateVolumes(interval);
  }

  // ---- Background music (sandbox/music) ----

  /** Sets the music observer: onStart, onPlayProgress and onComplete come to it, in order with every other callback. */
  setMusicObserver(observer: TRTCMusicPlayObserver): void {
    this.parts.music.setObserver(observer);
  }

  /** Plays a built-in `sandbox://music/<name>` or a local file: onStart(id, 0), or onStart(id, -4001) when it cannot be opened. */
  startPlayMusic(musicParam: AudioMusicParam, _callbackMap?: TRTCMusicPlayObserver): void {
    if (!this.destroyed) this.parts.music.players.start(musicParam);
  }

  /** Stops a track, without onComplete. */
  stopPlayMusic(id: number): void {
    this.parts.music.players.stop(id);
  }

  /** Pauses a track where it is. */
  pausePlayMusic(id: number): void {
    this.parts.music.players.pause(id);
  }

  /** Resumes a paused track. */
  resumePlayMusic(id: number): void {
    this.parts.music.players.resume(id);
  }

  /** A track's position in ms, or -1 for an id that plays nothing. */
  getMusicCurrentPosInMS(id: number): number {
    return this.parts.music.players.position(id);
  }

  /** A file's length in ms, or -1 when it cannot be opened. */
  getMusicDurationInMS(path: string): number {
    return this.parts.music.players.duration(path);
  }

  /** Moves a track to a position in ms; answered with onPlayProgress there. */
  seekMusicToPosInTime(id: number, pts: number): void {
    this.parts.music.players.seek(id, pts);
  }

  /** How loud others hear a track (0-100): it adds to this client's level in everyone's voice report. */
  setMusicPublishVolume(id: number, volume: number): void {
    this.parts.music.players.setPublishVolume(id, volume);
  }

  /** How loud a track plays locally (0-100); the sandbox plays nothing aloud, so it is kept only. */
  setMusicPlayoutVolume(id: number, volume: number): void {
    this.parts.music.players.setPlayoutVolume(id, volume);
  }

  /** A track's pitch (-1 to 1); kept only, as the sandbox's levels have no pitch. */
  setMusicPitch(id: number, pitch: number): void {
    this.parts.music.players.setPitch(id, pitch);
  }

  /** A track's volumes and pitch, for rehearsal checks: the SDK has no getter, so this is the sandbox's own. */
  musicSettings(id: number): { publishVolume: number; playoutVolume: number; pitch: number } | undefined {
    return this.parts.music.settings(id);
  }

  // ---- Devices ----

  /** Sets the system volume of the microphone in use (0-100); it scales what the microphone sends. */
  setCurrentMicDeviceVolume(volume: number): void {
    if (!this.destroyed) this.parts.audio.setMicDeviceVolume(volume);
  }

  /** The system volume of the microphone in use. */
  getCurrentMicDeviceVolume(): number {
    return this.parts.audio.mix.micDevice().volume;
  }

  /** Mutes or unmutes the microphone in use at the system level: it then sends silence. */
  setCurrentMicDeviceMute(mute: boolean): void {
    if (!this.destroyed) this.parts.audio.setMicDeviceMute(mute);
  }

  /** Whether the microphone in use is muted at the system level. */
  getCurrentMicDeviceMute(): boolean {
    return this.parts.audio.mix.micDevice().muted;
  }

  /** Sets the system volume of the speaker in use (0-100); it acts after the SDK measures, so reports do not change. */
  setCurrentSpeakerVolume(volume: number): void {
    if (!this.destroyed) this.parts.audio.setSpeakerDeviceVolume(volume);
  }

  /** The system volume of the speaker in use. */
  getCurrentSpeakerVolume(): number {
    return this.parts.audio.mix.speakerDevice().volume;
  }

  /** Mutes or unmutes the speaker in use at the system level. */
  setCurrentSpeakerDeviceMute(mute: boolean): void {
    if (!this.destroyed) this.parts.audio.setSpeakerDeviceMute(mute);
  }

  /** Whether the speaker in use is muted at the system level. */
  getCurrentSpeakerDeviceMute(): boolean {
    return this.parts.audio.mix.speakerDevice().muted;
  }

  /** Measures the access network (outside a room, one test at a time): onSpeedTestResult per access server; a refusal returns -1. */
  startSpeedTest(params: TRTCSpeedTestParams | number, userId?: string, _userSig?: string): number {
    if (this.destroyed) return SPEED_TEST_REFUSED;
    return this.parts.deviceTests.startSpeed(this.parts.session.active, params, userId);
  }

  /** Stops the speed test: no more results. */
  stopSpeedTest(): void {
    this.parts.deviceTests.stopSpeed();
  }

  /** Reports the microphone's level (as it would be sent) every `interval` ms through onTestMicVolume, in or out of a room. */
  startMicDeviceTest(interval: number, playback?: boolean): void {
    if (!this.destroyed) this.parts.deviceTests.startMic(interval, playback);
  }

  /** Stops the microphone test. */
  stopMicDeviceTest(): void {
    this.parts.deviceTests.stopMic();
  }

  /** Shows the camera without entering: draws into `view` (a CameraTestTarget on the sandbox) with onFirstVideoFrame(''); a second call restarts it. */
  startCameraDeviceTest(view: unknown): void {
    if (!this.destroyed) this.parts.deviceTests.startCamera(view);
  }

  /** Stops the camera test. */
  stopCameraDeviceTest(): void {
    this.parts.deviceTests.stopCamera();
  }

  /** Plays a test sound (the sandbox's built-in one) with onTestSpeakerVolume every 300 ms; another path gets onError. */
  startSpeakerDeviceTest(testAudioFilePath: string): void {
    if (!this.destroyed) this.parts.deviceTests.startSpeaker(testAudioFilePath);
  }

  /** Stops the speaker test. */
  stopSpeakerDeviceTest(): void {
    this.parts.deviceTests.stopSpeaker();
  }

  /** The sandbox cameras. */
  getCameraDevicesList(): TRTCDeviceInfo[] {
    return this.parts.devices.list(TRTCDeviceType.TRTCDeviceTypeCamera);
  }

  /** The sandbox microphones. */
  getMicDevicesList(): TRTCDeviceInfo[] {
    return this.parts.devices.list(TRTCDeviceType.TRTCDeviceTypeMic);
  }

  /** The sandbox speakers. */
  getSpeakerDevicesList(): TRTCDeviceInfo[] {
    return this.parts.devices.list(TRTCDeviceType.TRTCDeviceTypeSpeaker);
  }

  /** The camera in use. */
  getCurrentCameraDevice(): TRTCDeviceInfo {
    return this.parts.devices.selected(TRTCDeviceType.TRTCDeviceTypeCamera);
  }

  /** The microphone in use. */
  getCurrentMicDevice(): TRTCDeviceInfo {
    return this.parts.devices.selected(TRTCDeviceType.TRTCDeviceTypeMic);
  }

  /** The speaker in use. */
  getCurrentSpeakerDevice(): TRTCDeviceInfo {
    return this.parts.devices.selected(TRTCDeviceType.TRTCDeviceTypeSpeaker);
  }

  /** Selects a camera; an unknown id gets onError(ERR_CAMERA_START_FAIL) and changes nothing. */
  setCurrentCameraDevice(deviceId: string): void {
    if (!this.destroyed) this.parts.devices.select(TRTCDeviceType.TRTCDeviceTypeCamera, deviceId);
  }

  /** Selects a microphone; an unknown id gets onError(ERR_MIC_START_FAIL) and changes nothing. */
  setCurrentMicDevice(micId: string): void {
    if (!this.destroyed) this.parts.devices.select(TRTCDeviceType.TRTCDeviceTypeMic, micId);
  }

  /** Selects a speaker; an unknown id gets onError(ERR_SPEAKER_START_FAIL) and changes nothing. */
  setCurrentSpeakerDevice(speakerId: string): void {
    if (!this.destroyed) this.parts.devices.select(TRTCDeviceType.TRTCDeviceTypeSpeaker, speakerId);
  }

  /** The installed trtc-electron-sdk version with a "-sandbox" suffix. */
  getSDKVersion(): string {
    return SANDBOX_SDK_VERSION;
  }

  /** Releases the client: leaves its room silently (others see it leave with reason 0) and stops every timer. */
  destroy(): void {
    if (this.destroyed) return;
    this.parts.session.close();
    this.destroyed = true;
    this.parts.local.camera.stop();
    this.parts.screen.capture.stop();
    this.parts.reports.stopVolumes();
    this.parts.deviceTests.stopAll();
    this.parts.music.players.stopAll();
    this.parts.devices.close();
    this.parts.publishing.close();
    this.parts.callbacks.close();
    this.removeAllListeners();
  }
}
