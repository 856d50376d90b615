import { EventEmitter } from 'events';

import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
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
} from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';
import type { AudioMusicParam, TRTCMusicPlayObserver } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RtcEngine } from '../../engine/contract';
import type { TRTCEventMap } from '../../engine/contract';
import { ClientAudio } from './audio/client-audio';
import { ClientDevices } from './client-devices';
import { DeviceTests } from './preflight/device-tests';
import { localMusicOpener } from './music/local-music-file';
import { ClientMusic } from './music/client-music';
import type { MusicFileOpener } from './music/music-source';
import { SPEED_TEST_REFUSED } from './preflight/speed-test';
import { ClientLocalMedia } from './client-local-media';
import { clientPort } from './client-port';
import { ClientPublishing } from './client-publishing';
import { ClientSession } from './client-session';
import { ClientReports } from './client-reports';
import type { Clock } from '../../time/clock';
import { ConnectionDrop, connectionCallbacks } from './connection-drop';
import type { DeliveryLane } from '../server/delivery-lane';
import { LocalVideoOutput } from './local-video-output';
import type { ReportContext } from './media-reports';
import { RemoteViews } from './remote-views';
import { renderFormatResult } from './render-callback-format';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import type { SandboxCloud } from '../server/sandbox-cloud';
import type { SandboxFailure } from '../common/sandbox-failure';
import type { SandboxServer } from '../server/sandbox-server';
import { SANDBOX_SDK_VERSION } from './sdk-version';
import { ScreenSharing } from './screen-share/screen-sharing';
import type { PostCallback } from './report-failure';

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
  private readonly server: SandboxServer;
  private readonly clock: Clock;
  /** Callbacks to the app, in order (on the cloud's shared delivery timer). */
  private readonly callbacks: DeliveryLane;
  private readonly session: ClientSession;
  private readonly local: ClientLocalMedia;
  private readonly screen: ScreenSharing;
  private readonly remoteViews: RemoteViews;
  private readonly connection: ConnectionDrop;
  private readonly localVideo: LocalVideoOutput;
  private readonly reports: ClientReports;
  private readonly devices: ClientDevices;
  private readonly audio: ClientAudio;
  private readonly deviceTests: DeviceTests;
  private readonly music: ClientMusic;
  private readonly publishing: ClientPublishing;
  private readonly port: SandboxClientPort;
  private destroyed = false;

  /** A client of `cloud`, not yet in a room; local music files open through `openMusicFile` (the file system unless a spec stubs it). */
  constructor(cloud: SandboxCloud, openMusicFile: MusicFileOpener = localMusicOpener()) {
    super();
    this.server = cloud.server;
    this.clock = cloud.clock;
    this.remoteViews = new RemoteViews(this.server.viewed);
    const post: PostCallback = (name, ...args) => this.post(name, ...args);
    this.devices = new ClientDevices(this.server.rack, post);
    // Music callbacks go to the music observer, every other one to the emitter's listeners, all in one order.
    this.callbacks = this.server.delivery.lane((name, args) => this.music.deliver(name, args) || this.emit(name, ...args));
    // A client nobody listens to (a virtual participant) lets its callbacks expire unread instead of emitting each.
    this.on('newListener', (name) => {
      if (!isListenerEvent(name)) this.callbacks.listen();
    });
    this.on('removeListener', () => {
      if (!this.eventNames().some((name) => !isListenerEvent(name))) this.callbacks.hush();
    });
    this.session = new ClientSession({
      clock: this.clock,
      server: this.server,
      port: () => this.port,
      post,
      postAfter: (delayMs, name, ...args) => this.queueCallback(name, args, delayMs),
      named: (userId) => {
        this.local.camera.relabel(userId);
        this.audio.relabel(userId);
      },
      claimSeatIfSharing: () => this.screen.claimSeatIfSharing(),
      sessionStarted: () => this.reports.sessionStarted(),
      reportNetwork: () => this.reports.reportNetwork(),
      publishingStopped: () => this.localVideo.publishingStopped(),
      capturing: () => this.local.capture.previewOn || this.local.capture.audioOn,
      stopCapture: () => this.stopCapture(),
      sessionEnded: () => {
        this.connection.cancel();
        this.remoteViews.clearViews();
        this.audio.mix.sessionEnded();
      },
    });
    this.localVideo = new LocalVideoOutput(post);
    this.reports = new ClientReports(
      this.clock,
      this.server.random,
      {
        context: () => this.reportContext(),
        localVolume: (now) => (this.local.capture.sendsAudio ? this.audio.sentLevel(now) : undefined),
        smallEnabled: () => this.local.camera.smallEnabled,
      },
      post,
    );
    this.local = new ClientLocalMedia({
      clock: this.clock,
      server: this.server,
      localVideo: this.localVideo,
      member: () => this.session.member,
      connectionDown: () => this.connection.down,
      cameraPresent: () => this.devices.present(TRTCDeviceType.TRTCDeviceTypeCamera),
      post,
      warnIfAudienceCapturing: () => this.session.warnIfAudienceCapturing(),
      publicationChanged: () => this.session.publicationChanged(),
    });
    this.screen = new ScreenSharing({
      clock: this.clock,
      server: this.server,
      localVideo: this.localVideo,
      member: () => this.session.member,
      connectionDown: () => this.connection.down,
      post,
      publicationChanged: () => this.session.publicationChanged(),
    });
    this.connection = new ConnectionDrop(this.clock, this.server.random, connectionCallbacks(post));
    this.audio = new ClientAudio({
      micPresent: () => this.devices.present(TRTCDeviceType.TRTCDeviceTypeMic),
      musicLevel: () => this.music.players.publishedLevel(),
      evaluatingVolumes: () => this.reports.evaluatingVolumes,
      post,
    });
    this.deviceTests = new DeviceTests({
      clock: this.clock,
      random: this.server.random,
      linkWeak: () => this.server.linkWeak,
      micLevel: (now) => this.audio.micLevel(now),
      speakerDevice: () => this.audio.mix.speakerDevice(),
      speakerPresent: () => this.devices.present(TRTCDeviceType.TRTCDeviceTypeSpeaker),
      cameraPresent: () => this.devices.present(TRTCDeviceType.TRTCDeviceTypeCamera),
      post,
    });
    this.music = new ClientMusic(this.clock, openMusicFile, post, () => this.callbacks.listen());
    this.publishing = new ClientPublishing({ server: this.server, member: () => this.session.member, request: (run, delayMs) => this.session.request(run, delayMs), post });
    this.port = clientPort({
      callbacks: this.callbacks,
      local: this.local,
      screen: this.screen,
      connection: this.connection,
      remoteViews: this.remoteViews,
      audio: this.audio,
      post,
      // As the user would: the same calls, so a destroyed client does nothing.
      shareScreen: (sourceId) => {
        if (sourceId === null) this.stopScreenCapture();
        else if (!this.destroyed) this.screen.share(sourceId);
      },
      sessionEnded: (reason) => this.session.endedByServer(reason),
    });
  }

  // ---- Room (client-session.ts) ----

  /** Enters a room: onEnterRoom(elapsed ms), or onError + onEnterRoom(negative code); params are checked at run time as the SDK does. */
  enterRoom(params: Partial<TRTCParams> | null | undefined, scene: TRTCAppScene): void {
    if (!this.destroyed) this.session.enter(params, scene);
  }

  /** Leaves the room: capture stops, others get onRemoteUserLeaveRoom(userId, 0), then onExitRoom(0); outside a room, nothing. */
  exitRoom(): void {
    if (!this.destroyed) this.session.exit();
  }

  /** Switches between anchor and audience (live scenes only); answered with onSwitchRole. */
  switchRole(role: TRTCRoleType): void {
    if (!this.destroyed) this.session.switchRole(role);
  }

  /** Starts a cross-room PK with an anchor of another room; answered with onConnectOtherRoom. */
  connectOtherRoom(params: string): void {
    if (!this.destroyed) this.session.connectOtherRoom(params);
  }

  /** Ends the cross-room PK this anchor started; answered with onDisconnectOtherRoom. */
  disconnectOtherRoom(): void {
    if (!this.destroyed) this.session.disconnectOtherRoom();
  }

  // ---- Publishing (CDN relay and the cloud mixer; client-publishing.ts) ----

  /** Starts a publishing task (relay or mix, to CDNs or a room): onStartPublishMediaStream, then onCdnStreamStateChanged per URL. */
  startPublishMediaStream(target: TRTCPublishTarget, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    if (!this.destroyed) this.publishing.start(target, params, config);
  }

  /** Updates a task (null keeps what it has): URLs, mode (relay and mix switch without interrupting the CDN), layout. */
  updatePublishMediaStream(taskId: string, target: TRTCPublishTarget | null, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    if (!this.destroyed) this.publishing.update(taskId, target, params, config);
  }

  /** Stops a task, or every task of this user when taskId is ''; each URL reports Stopping, then Idle. */
  stopPublishMediaStream(taskId: string): void {
    if (!this.destroyed) this.publishing.stop(taskId);
  }

  /** Sandbox only: receives a task's mixed I420 frames (taskId in place of the userId), even set before the task starts; null removes it. */
  setMixVideoRenderCallback(taskId: string, callback: TRTCVideoRenderCallback | null): void {
    this.publishing.setMixCallback(taskId, this.destroyed ? null : callback);
  }

  // ---- Local capture (client-local-media.ts) ----

  /** Starts the camera; an anchor in a room publishes it. The view is not used (frames go to the render callback). */
  startLocalPreview(_views: Array<HTMLElement> | HTMLElement | null): void {
    if (!this.destroyed) this.local.startPreview();
  }

  /** Stops the camera. */
  stopLocalPreview(): void {
    if (!this.destroyed) this.local.stopPreview();
  }

  /** Starts the microphone; an anchor in a room publishes it. */
  startLocalAudio(quality?: TRTCAudioQuality): void {
    if (!this.destroyed) this.local.startAudio(quality);
  }

  /** Stops the microphone. */
  stopLocalAudio(): void {
    if (!this.destroyed) this.local.stopAudio();
  }

  /** Pauses or resumes publishing the camera; the local preview keeps running. */
  muteLocalVideo(mute: boolean, streamType: TRTCVideoStreamType = BIG): void {
    if (!this.destroyed) this.local.muteVideo(mute, streamType);
  }

  /** Pauses or resumes publishing the microphone. */
  muteLocalAudio(mute: boolean): void {
    if (!this.destroyed) this.local.muteAudio(mute);
  }

  /** Sets the big stream's resolution, orientation, frame rate and bitrate (fields left out keep their value). */
  setVideoEncoderParam(params: TRTCVideoEncParam): void {
    if (!this.destroyed) this.local.setEncoder(params);
  }

  /** Turns the small stream on (with its encoder settings) or off. */
  enableSmallVideoStream(enable: boolean, params: TRTCVideoEncParam): void {
    if (!this.destroyed) this.local.setSmallStream(enable, params);
  }

  /** Sets the beauty filter (levels 0-9); visible on the synthetic picture. */
  setBeautyStyle(style: TRTCBeautyStyle, beauty: number, white: number, ruddiness: number): void {
    if (!this.destroyed) this.local.setBeauty(style, beauty, white, ruddiness);
  }

  /** Kept only: the sandbox renders into no view. */
  setLocalViewFillMode(mode: TRTCVideoFillMode): void {
    this.local.setLocalFillMode(mode);
  }

  /** Kept only: the sandbox renders into no view. */
  setRemoteViewFillMode(userId: string, mode: TRTCVideoFillMode): void {
    this.local.setRemoteFillMode(userId, mode);
  }

  /** Kept only: local frames go out unrotated and unmirrored. */
  setLocalRenderParams(params: TRTCRenderParams): void {
    this.local.setLocalRenderParams(params);
  }

  /** Kept only: encoded frames go out unmirrored. */
  setVideoEncoderMirror(mirror: boolean): void {
    this.local.setEncoderMirror(mirror);
  }

  /** Sets the local render callback (I420 buffers only); returns 0 or the SDK's unsupported-format code. */
  setLocalVideoRenderCallback(pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    return this.localVideo.setCallback(pixelFormat, bufferType, callback);
  }

  // ---- Screen sharing (the sub stream; screen-share/screen-sharing.ts) ----

  /** The screens and windows to share: the sandbox's virtual desktop, with BGRA thumbnails and icons at the asked sizes. */
  getScreenCaptureSources(thumbWidth: number, thumbHeight: number, iconWidth: number, iconHeight: number): TRTCScreenCaptureSourceInfo[] {
    return this.screen.sources(thumbWidth, thumbHeight, iconWidth, iconHeight);
  }

  /** Chooses what to share, the part of it (zeros for all of it) and the capture's properties; a share in progress switches to it. */
  selectScreenCaptureTarget(source: TRTCScreenCaptureSourceInfo | number, captureRect: Rect | string, property: TRTCScreenCaptureProperty | string): void {
    if (!this.destroyed) this.screen.select(source, captureRect, property);
  }

  /** Starts sharing the chosen target on the sub stream (the only one the sandbox shares on); one sharer per room. */
  startScreenCapture(_view?: HTMLElement | null, type: TRTCVideoStreamType = SUB, params?: unknown): void {
    if (!this.destroyed) this.screen.start(type, params);
  }

  /** Pauses the share (frames stop; it stays published): onScreenCapturePaused(0). */
  pauseScreenCapture(): void {
    if (!this.destroyed) this.screen.pause();
  }

  /** Resumes a paused share: onScreenCaptureResumed(0). */
  resumeScreenCapture(): void {
    if (!this.destroyed) this.screen.resume();
  }

  /** Stops the share: onScreenCaptureStopped(0); others get onUserSubStreamAvailable(userId, 0). */
  stopScreenCapture(): void {
    if (!this.destroyed) this.screen.stop();
  }

  /** Sets the screen share's resolution, frame rate and bitrate (fields left out keep their value). */
  setSubStreamEncoderParam(params: unknown): void {
    if (!this.destroyed) this.screen.setEncoder(params);
  }

  /** Leaves a window out of a shared screen (by its sourceId); it is painted over nothing in the shared picture. */
  addExcludedShareWindow(win: string): void {
    this.screen.capture.exclude(win, true);
  }

  /** Puts an excluded window back into a shared screen. */
  removeExcludedShareWindow(win: string): void {
    this.screen.capture.exclude(win, false);
  }

  // ---- Remote media ----

  /** Pulls a remote user's camera (big or small) into its render callback. */
  startRemoteView(userId: string, _views: Array<HTMLElement> | HTMLElement | null, streamType: TRTCVideoStreamType = BIG): void {
    if (this.destroyed) return;
    this.remoteViews.start(userId, streamType);
  }

  /** Stops pulling a remote user's camera. */
  stopRemoteView(userId: string, streamType: TRTCVideoStreamType = BIG): void {
    this.remoteViews.stop(userId, streamType);
  }

  /** Sets a remote user's render callback (I420 buffers only); returns 0 or the SDK's unsupported-format code. */
  setRemoteVideoRenderCallback(userId: string, pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType, callback: TRTCVideoRenderCallback | null): number {
    if (!callback) {
      this.remoteViews.setCallback(userId, null);
      return TXLiteAVError.ERR_NULL;
    }
    const result = renderFormatResult(pixelFormat, bufferType);
    if (result === TXLiteAVError.ERR_NULL) this.remoteViews.setCallback(userId, callback);
    return result;
  }

  /** Stops or resumes playing a remote user's audio (it then leaves or rejoins the volume report). */
  muteRemoteAudio(userId: string, mute: boolean): void {
    this.audio.muteRemote(userId, mute);
  }

  /** Sets how loud a remote user plays (0-100, default 100): it scales that user's entry in the volume report. */
  setRemoteAudioVolume(userId: string, volume: number): void {
    if (!this.destroyed) this.audio.mix.setRemoteVolume(userId, volume);
  }

  /** Sets the SDK's capture volume (0-100): it scales the level this client sends, as its own and others' reports show. */
  setAudioCaptureVolume(volume: number): void {
    if (!this.destroyed) this.audio.mix.setCaptureVolume(volume);
  }

  /** The SDK's capture volume. */
  getAudioCaptureVolume(): number {
    return this.audio.mix.getCaptureVolume();
  }

  /** Sets the SDK's playout volume (0-100): it scales every remote entry of this client's volume report. */
  setAudioPlayoutVolume(volume: number): void {
    if (!this.destroyed) this.audio.mix.setPlayoutVolume(volume);
  }

  /** The SDK's playout volume. */
  getAudioPlayoutVolume(): number {
    return this.audio.mix.getPlayoutVolume();
  }

  /** Turns ear monitoring on or off (the sandbox has no speaker to play it in, so it is only kept). */
  enableVoiceEarMonitor(enable: boolean): void {
    if (!this.destroyed) this.audio.mix.earMonitor = !!enable;
  }

  /** Sets the voice reverb (kept until the room is left; the sandbox's voices are levels, not sound, so it renders none). */
  setVoiceReverbType(type: TRTCVoiceReverbType): void {
    if (!this.destroyed) this.audio.mix.reverbType = type;
  }

  /** Sets the voice changer (kept until the room is left; the sandbox renders none). */
  setVoiceChangerType(type: TRTCVoiceChangerType): void {
    if (!this.destroyed) this.audio.mix.changerType = type;
  }

  /** The voice effects in use, for rehearsal checks: the SDK has no getter, so this is the sandbox's own. */
  voiceEffects(): { reverbType: TRTCVoiceReverbType; changerType: TRTCVoiceChangerType } {
    return this.audio.voiceEffects();
  }

  /** Reports onUserVoiceVolume every `interval` ms (at least 100); 0 or less turns it off. */
  enableAudioVolumeEvaluation(interval: number): void {
    if (!this.destroyed) this.reports.evaluateVolumes(interval);
  }

  // ---- Background music (sandbox/music) ----

  /** Sets the music observer: onStart, onPlayProgress and onComplete come to it, in order with every other callback. */
  setMusicObserver(observer: TRTCMusicPlayObserver): void {
    this.music.setObserver(observer);
  }

  /** Plays a built-in `sandbox://music/<name>` or a local file: onStart(id, 0), or onStart(id, -4001) when it cannot be opened. */
  startPlayMusic(musicParam: AudioMusicParam, _callbackMap?: TRTCMusicPlayObserver): void {
    if (!this.destroyed) this.music.players.start(musicParam);
  }

  /** Stops a track, without onComplete. */
  stopPlayMusic(id: number): void {
    this.music.players.stop(id);
  }

  /** Pauses a track where it is. */
  pausePlayMusic(id: number): void {
    this.music.players.pause(id);
  }

  /** Resumes a paused track. */
  resumePlayMusic(id: number): void {
    this.music.players.resume(id);
  }

  /** A track's position in ms, or -1 for an id that plays nothing. */
  getMusicCurrentPosInMS(id: number): number {
    return this.music.players.position(id);
  }

  /** A file's length in ms, or -1 when it cannot be opened. */
  getMusicDurationInMS(path: string): number {
    return this.music.players.duration(path);
  }

  /** Moves a track to a position in ms; answered with onPlayProgress there. */
  seekMusicToPosInTime(id: number, pts: number): void {
    this.music.players.seek(id, pts);
  }

  /** How loud others hear a track (0-100): it adds to this client's level in everyone's voice report. */
  setMusicPublishVolume(id: number, volume: number): void {
    this.music.players.setPublishVolume(id, volume);
  }

  /** How loud a track plays locally (0-100); the sandbox plays nothing aloud, so it is kept only. */
  setMusicPlayoutVolume(id: number, volume: number): void {
    this.music.players.setPlayoutVolume(id, volume);
  }

  /** A track's pitch (-1 to 1); kept only, as the sandbox's levels have no pitch. */
  setMusicPitch(id: number, pitch: number): void {
    this.music.players.setPitch(id, pitch);
  }

  /** A track's volumes and pitch, for rehearsal checks: the SDK has no getter, so this is the sandbox's own. */
  musicSettings(id: number): { publishVolume: number; playoutVolume: number; pitch: number } | undefined {
    return this.music.settings(id);
  }

  // ---- Devices ----

  /** Sets the system volume of the microphone in use (0-100); it scales what the microphone sends. */
  setCurrentMicDeviceVolume(volume: number): void {
    if (!this.destroyed) this.audio.setMicDeviceVolume(volume);
  }

  /** The system volume of the microphone in use. */
  getCurrentMicDeviceVolume(): number {
    return this.audio.mix.micDevice().volume;
  }

  /** Mutes or unmutes the microphone in use at the system level: it then sends silence. */
  setCurrentMicDeviceMute(mute: boolean): void {
    if (!this.destroyed) this.audio.setMicDeviceMute(mute);
  }

  /** Whether the microphone in use is muted at the system level. */
  getCurrentMicDeviceMute(): boolean {
    return this.audio.mix.micDevice().muted;
  }

  /** Sets the system volume of the speaker in use (0-100); it acts after the SDK measures, so reports do not change. */
  setCurrentSpeakerVolume(volume: number): void {
    if (!this.destroyed) this.audio.setSpeakerDeviceVolume(volume);
  }

  /** The system volume of the speaker in use. */
  getCurrentSpeakerVolume(): number {
    return this.audio.mix.speakerDevice().volume;
  }

  /** Mutes or unmutes the speaker in use at the system level. */
  setCurrentSpeakerDeviceMute(mute: boolean): void {
    if (!this.destroyed) this.audio.setSpeakerDeviceMute(mute);
  }

  /** Whether the speaker in use is muted at the system level. */
  getCurrentSpeakerDeviceMute(): boolean {
    return this.audio.mix.speakerDevice().muted;
  }

  /**
   * Measures the access network: onSpeedTestResult once per access server, 2.5 s apart. As trtc.d.ts says,
   * only outside a room and one test at a time; a refusal returns -1 (its "< 0: failure"). The sandbox does
   * not check the userSig: the engine side signs one when none is given.
   */
  startSpeedTest(params: TRTCSpeedTestParams | number, userId?: string, _userSig?: string): number {
    if (this.destroyed) return SPEED_TEST_REFUSED;
    return this.deviceTests.startSpeed(this.session.active, params, userId);
  }

  /** Stops the speed test: no more results. */
  stopSpeedTest(): void {
    this.deviceTests.stopSpeed();
  }

  /** Reports the microphone's level (as it would be sent) every `interval` ms through onTestMicVolume, in or out of a room. */
  startMicDeviceTest(interval: number, playback?: boolean): void {
    if (!this.destroyed) this.deviceTests.startMic(interval, playback);
  }

  /** Stops the microphone test. */
  stopMicDeviceTest(): void {
    this.deviceTests.stopMic();
  }

  /**
   * Shows the camera without entering: draws into `view` (on the sandbox, a CameraTestTarget; see camera-test.ts)
   * with onFirstVideoFrame(''); a second call restarts it; an unplugged camera gets onError(ERR_CAMERA_START_FAIL).
   */
  startCameraDeviceTest(view: unknown): void {
    if (!this.destroyed) this.deviceTests.startCamera(view);
  }

  /** Stops the camera test. */
  stopCameraDeviceTest(): void {
    this.deviceTests.stopCamera();
  }

  /** Plays a test sound (the sandbox's built-in one) with onTestSpeakerVolume every 300 ms; another path gets onError. */
  startSpeakerDeviceTest(testAudioFilePath: string): void {
    if (!this.destroyed) this.deviceTests.startSpeaker(testAudioFilePath);
  }

  /** Stops the speaker test. */
  stopSpeakerDeviceTest(): void {
    this.deviceTests.stopSpeaker();
  }

  /** The sandbox cameras. */
  getCameraDevicesList(): TRTCDeviceInfo[] {
    return this.devices.list(TRTCDeviceType.TRTCDeviceTypeCamera);
  }

  /** The sandbox microphones. */
  getMicDevicesList(): TRTCDeviceInfo[] {
    return this.devices.list(TRTCDeviceType.TRTCDeviceTypeMic);
  }

  /** The sandbox speakers. */
  getSpeakerDevicesList(): TRTCDeviceInfo[] {
    return this.devices.list(TRTCDeviceType.TRTCDeviceTypeSpeaker);
  }

  /** The camera in use. */
  getCurrentCameraDevice(): TRTCDeviceInfo {
    return this.devices.selected(TRTCDeviceType.TRTCDeviceTypeCamera);
  }

  /** The microphone in use. */
  getCurrentMicDevice(): TRTCDeviceInfo {
    return this.devices.selected(TRTCDeviceType.TRTCDeviceTypeMic);
  }

  /** The speaker in use. */
  getCurrentSpeakerDevice(): TRTCDeviceInfo {
    return this.devices.selected(TRTCDeviceType.TRTCDeviceTypeSpeaker);
  }

  /** Selects a camera; an unknown id gets onError(ERR_CAMERA_START_FAIL) and changes nothing. */
  setCurrentCameraDevice(deviceId: string): void {
    if (!this.destroyed) this.devices.select(TRTCDeviceType.TRTCDeviceTypeCamera, deviceId);
  }

  /** Selects a microphone; an unknown id gets onError(ERR_MIC_START_FAIL) and changes nothing. */
  setCurrentMicDevice(micId: string): void {
    if (!this.destroyed) this.devices.select(TRTCDeviceType.TRTCDeviceTypeMic, micId);
  }

  /** Selects a speaker; an unknown id gets onError(ERR_SPEAKER_START_FAIL) and changes nothing. */
  setCurrentSpeakerDevice(speakerId: string): void {
    if (!this.destroyed) this.devices.select(TRTCDeviceType.TRTCDeviceTypeSpeaker, speakerId);
  }

  /** The installed trtc-electron-sdk version with a "-sandbox" suffix. */
  getSDKVersion(): string {
    return SANDBOX_SDK_VERSION;
  }

  /** Releases the client: leaves its room silently (others see it leave with reason 0) and stops every timer. */
  destroy(): void {
    if (this.destroyed) return;
    this.session.close();
    this.destroyed = true;
    this.local.camera.stop();
    this.screen.capture.stop();
    this.reports.stopVolumes();
    this.deviceTests.stopAll();
    this.music.players.stopAll();
    this.devices.close();
    this.publishing.close();
    this.callbacks.close();
    this.removeAllListeners();
  }

  /** Stops camera, microphone and screen share (leaving a room releases the devices). */
  private stopCapture(): void {
    this.local.capture.stopAll();
    this.screen.end();
    this.local.stopCamera();
    this.session.publicationChanged();
  }

  private reportFailure(failure: SandboxFailure | undefined): void {
    if (failure) this.post('onError', failure.code, failure.message);
  }

  // ---- Media ----

  private reportContext(): ReportContext {
    return {
      server: this.server,
      member: this.session.member,
      selfDown: this.connection.down,
      viewing: (userId) => this.remoteViews.viewing(userId),
      mutedRemoteAudio: this.audio.mutedRemote,
      heard: (userId, level) => this.audio.mix.heard(userId, level),
    };
  }

  // ---- Callbacks ----

  private post<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void {
    this.queueCallback(name, args, 0);
  }

  private queueCallback<K extends keyof TRTCEventMap>(name: K, args: TRTCEventMap[K], delayMs: number): void {
    if (!this.destroyed) this.callbacks.post(name, args, delayMs);
  }
}
