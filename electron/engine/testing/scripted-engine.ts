import type {
  TRTCAppScene,
  TRTCAudioQuality,
  TRTCBeautyStyle,
  TRTCDeviceInfo,
  AudioMusicParam,
  TRTCMusicPlayObserver,
  TRTCPublishTarget,
  TRTCRenderParams,
  TRTCRoleType,
  TRTCStreamEncoderParam,
  TRTCStreamMixingConfig,
  TRTCScreenCaptureSourceInfo,
  TRTCVideoBufferType,
  TRTCVideoFillMode,
  TRTCVideoFrame,
  TRTCVideoPixelFormat,
  TRTCVideoStreamType,
} from 'trtc-electron-sdk/liteav/trtc_define';
import type { TRTCVideoRenderCallback } from 'trtc-electron-sdk/liteav/types';

import { MUSIC_OBSERVER_EVENTS, isMusicObserverEvent, type RtcEngine, type RtcEngineMethod, type TRTCEvent } from '../contract';
import { DEFAULT_DEVICES } from './scripted-devices';

export { DEFAULT_DEVICES, device } from './scripted-devices';
export { RecordingSandboxAdmin, type AdminCall } from './recording-sandbox-admin';

/** One call the engine double received, with its arguments as passed. */
export interface EngineCall {
  method: RtcEngineMethod;
  args: unknown[];
}

type Listener = (...args: unknown[]) => void;

/**
 * Stands in for TRTCCloud: records every call, emits any TRTC event
 * synchronously, and reports device lists the test can change.
 */
export class ScriptedEngine implements RtcEngine {
  /** Every method call, in order (device queries included). */
  readonly calls: EngineCall[] = [];
  /** Methods that throw when called, to drive the broker's engine-failed path. */
  readonly failing = new Set<RtcEngineMethod>();
  /** Runs after each recorded call, e.g. to emit an event synchronously as an engine may. */
  onCall: (call: EngineCall) => void = () => {};
  cameras: TRTCDeviceInfo[] = [...DEFAULT_DEVICES.cameras];
  mics: TRTCDeviceInfo[] = [...DEFAULT_DEVICES.mics];
  speakers: TRTCDeviceInfo[] = [...DEFAULT_DEVICES.speakers];
  camera: string | null = 'cam-1';
  mic: string | null = 'mic-1';
  speaker: string | null = 'spk-1';
  /** What getScreenCaptureSources answers. */
  screenSources: TRTCScreenCaptureSourceInfo[] = [];
  /** The custom render callbacks set by the engine host: '' for the local stream, else by userId. */
  readonly renderers = new Map<string, TRTCVideoRenderCallback>();
  private readonly listeners = new Map<string, Set<Listener>>();
  /** The music observer the engine host set. */
  musicObserver: TRTCMusicPlayObserver | null = null;

  /** Calls every listener of the event at once, as the SDK's emitter does; a music event goes to the music observer. */
  emit(event: TRTCEvent): void {
    if (isMusicObserverEvent(event.name)) {
      (this.musicObserver?.[MUSIC_OBSERVER_EVENTS[event.name]] as Listener | undefined)?.(...event.args);
      return;
    }
    for (const listener of [...(this.listeners.get(event.name) ?? [])]) listener(...event.args);
  }

  /** Hands a frame to the render callback of `userId` ('' = local); false when none is set. */
  render(userId: string, streamType: TRTCVideoStreamType, frame: TRTCVideoFrame): boolean {
    const renderer = this.renderers.get(userId);
    renderer?.onRenderVideoFrame(userId, streamType, frame);
    return renderer !== undefined;
  }

  /** The calls made to one method. */
  callsTo(method: RtcEngineMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  on(event: string, listener: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  enterRoom(params: unknown, scene: TRTCAppScene): void {
    this.record('enterRoom', params, scene);
  }
  exitRoom(): void {
    this.record('exitRoom');
  }
  switchRole(role: TRTCRoleType, privateMapKey?: string): void {
    this.record('switchRole', ...(privateMapKey === undefined ? [role] : [role, privateMapKey]));
  }
  connectOtherRoom(params: string): void {
    this.record('connectOtherRoom', params);
  }
  disconnectOtherRoom(): void {
    this.record('disconnectOtherRoom');
  }
  startLocalPreview(views: HTMLElement[] | HTMLElement | null): void {
    this.record('startLocalPreview', views);
  }
  stopLocalPreview(): void {
    this.record('stopLocalPreview');
  }
  startLocalAudio(quality?: TRTCAudioQuality): void {
    this.record('startLocalAudio', ...(quality === undefined ? [] : [quality]));
  }
  stopLocalAudio(): void {
    this.record('stopLocalAudio');
  }
  muteLocalVideo(mute: boolean, streamType?: TRTCVideoStreamType): void {
    this.record('muteLocalVideo', ...(streamType === undefined ? [mute] : [mute, streamType]));
  }
  muteLocalAudio(mute: boolean): void {
    this.record('muteLocalAudio', mute);
  }
  setVideoEncoderParam(params: unknown): void {
    this.record('setVideoEncoderParam', params);
  }
  setBeautyStyle(style: TRTCBeautyStyle, beauty: number, white: number, ruddiness: number): void {
    this.record('setBeautyStyle', style, beauty, white, ruddiness);
  }
  setLocalViewFillMode(mode: TRTCVideoFillMode): void {
    this.record('setLocalViewFillMode', mode);
  }
  setRemoteViewFillMode(userId: string, mode: TRTCVideoFillMode): void {
    this.record('setRemoteViewFillMode', userId, mode);
  }
  setLocalRenderParams(params: TRTCRenderParams): void {
    this.record('setLocalRenderParams', params);
  }
  setVideoEncoderMirror(mirror: boolean): void {
    this.record('setVideoEncoderMirror', mirror);
  }
  startRemoteView(userId: string, views: HTMLElement[] | HTMLElement | null, streamType?: TRTCVideoStreamType): void {
    this.record('startRemoteView', userId, views, streamType);
  }
  stopRemoteView(userId: string, streamType?: TRTCVideoStreamType): void {
    this.record('stopRemoteView', userId, streamType);
  }
  muteRemoteAudio(userId: string, mute: boolean): void {
    this.record('muteRemoteAudio', userId, mute);
  }
  setRemoteAudioVolume(userId: string, volume: number): void {
    this.record('setRemoteAudioVolume', userId, volume);
  }
  setAudioCaptureVolume(volume: number): void {
    this.record('setAudioCaptureVolume', volume);
  }
  setAudioPlayoutVolume(volume: number): void {
    this.record('setAudioPlayoutVolume', volume);
  }
  setCurrentMicDeviceVolume(volume: number): void {
    this.record('setCurrentMicDeviceVolume', volume);
  }
  setCurrentMicDeviceMute(mute: boolean): void {
    this.record('setCurrentMicDeviceMute', mute);
  }
  setCurrentSpeakerVolume(volume: number): void {
    this.record('setCurrentSpeakerVolume', volume);
  }
  setCurrentSpeakerDeviceMute(mute: boolean): void {
    this.record('setCurrentSpeakerDeviceMute', mute);
  }
  startSpeedTest(params: unknown): number {
    this.record('startSpeedTest', params);
    return 0;
  }
  stopSpeedTest(): void {
    this.record('stopSpeedTest');
  }
  startMicDeviceTest(interval: number, playback?: boolean): void {
    this.record('startMicDeviceTest', interval, playback);
  }
  stopMicDeviceTest(): void {
    this.record('stopMicDeviceTest');
  }
  startSpeakerDeviceTest(testAudioFilePath: string): void {
    this.record('startSpeakerDeviceTest', testAudioFilePath);
  }
  stopSpeakerDeviceTest(): void {
    this.record('stopSpeakerDeviceTest');
  }
  startCameraDeviceTest(view: unknown): void {
    this.record('startCameraDeviceTest', view);
  }
  stopCameraDeviceTest(): void {
    this.record('stopCameraDeviceTest');
  }
  setVoiceReverbType(type: number): void {
    this.record('setVoiceReverbType', type);
  }
  setVoiceChangerType(type: number): void {
    this.record('setVoiceChangerType', type);
  }
  enableVoiceEarMonitor(enable: boolean): void {
    this.record('enableVoiceEarMonitor', enable);
  }
  setMusicObserver(observer: TRTCMusicPlayObserver): void {
    this.musicObserver = observer;
  }
  startPlayMusic(musicParam: AudioMusicParam): void {
    this.record('startPlayMusic', musicParam);
  }
  stopPlayMusic(id: number): void {
    this.record('stopPlayMusic', id);
  }
  pausePlayMusic(id: number): void {
    this.record('pausePlayMusic', id);
  }
  resumePlayMusic(id: number): void {
    this.record('resumePlayMusic', id);
  }
  seekMusicToPosInTime(id: number, pts: number): void {
    this.record('seekMusicToPosInTime', id, pts);
  }
  setMusicPublishVolume(id: number, volume: number): void {
    this.record('setMusicPublishVolume', id, volume);
  }
  setMusicPlayoutVolume(id: number, volume: number): void {
    this.record('setMusicPlayoutVolume', id, volume);
  }
  setMusicPitch(id: number, pitch: number): void {
    this.record('setMusicPitch', id, pitch);
  }
  enableAudioVolumeEvaluation(interval: number): void {
    this.record('enableAudioVolumeEvaluation', interval);
  }
  enableSmallVideoStream(enable: boolean, params: unknown): void {
    this.record('enableSmallVideoStream', enable, params);
  }
  setLocalVideoRenderCallback(
    pixelFormat: TRTCVideoPixelFormat,
    bufferType: TRTCVideoBufferType,
    callback: TRTCVideoRenderCallback | null,
  ): number {
    this.record('setLocalVideoRenderCallback', pixelFormat, bufferType, callback);
    if (callback) this.renderers.set('', callback);
    else this.renderers.delete('');
    return 0;
  }
  setRemoteVideoRenderCallback(
    userId: string,
    pixelFormat: TRTCVideoPixelFormat,
    bufferType: TRTCVideoBufferType,
    callback: TRTCVideoRenderCallback | null,
  ): number {
    this.record('setRemoteVideoRenderCallback', userId, pixelFormat, bufferType, callback);
    if (callback) this.renderers.set(userId, callback);
    else this.renderers.delete(userId);
    return 0;
  }
  getCameraDevicesList(): TRTCDeviceInfo[] {
    this.record('getCameraDevicesList');
    return [...this.cameras];
  }
  getMicDevicesList(): TRTCDeviceInfo[] {
    this.record('getMicDevicesList');
    return [...this.mics];
  }
  getSpeakerDevicesList(): TRTCDeviceInfo[] {
    this.record('getSpeakerDevicesList');
    return [...this.speakers];
  }
  getCurrentCameraDevice(): TRTCDeviceInfo {
    this.record('getCurrentCameraDevice');
    return this.cameras.find((d) => d.deviceId === this.camera)!;
  }
  getCurrentMicDevice(): TRTCDeviceInfo {
    this.record('getCurrentMicDevice');
    return this.mics.find((d) => d.deviceId === this.mic)!;
  }
  getCurrentSpeakerDevice(): TRTCDeviceInfo {
    this.record('getCurrentSpeakerDevice');
    return this.speakers.find((d) => d.deviceId === this.speaker)!;
  }
  setCurrentCameraDevice(deviceId: string): void {
    this.record('setCurrentCameraDevice', deviceId);
    this.camera = deviceId;
  }
  setCurrentMicDevice(micId: string): void {
    this.record('setCurrentMicDevice', micId);
    this.mic = micId;
  }
  setCurrentSpeakerDevice(speakerId: string): void {
    this.record('setCurrentSpeakerDevice', speakerId);
    this.speaker = speakerId;
  }
  startPublishMediaStream(target: TRTCPublishTarget, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    this.record('startPublishMediaStream', target, params, config);
  }
  updatePublishMediaStream(taskId: string, target: TRTCPublishTarget | null, params: TRTCStreamEncoderParam | null, config: TRTCStreamMixingConfig | null): void {
    this.record('updatePublishMediaStream', taskId, target, params, config);
  }
  stopPublishMediaStream(taskId: string): void {
    this.record('stopPublishMediaStream', taskId);
  }
  getScreenCaptureSources(thumbWidth: number, thumbHeight: number, iconWidth: number, iconHeight: number): TRTCScreenCaptureSourceInfo[] {
    this.record('getScreenCaptureSources', thumbWidth, thumbHeight, iconWidth, iconHeight);
    return [...this.screenSources];
  }
  selectScreenCaptureTarget(source: unknown, captureRect: unknown, property: unknown): void {
    this.record('selectScreenCaptureTarget', source, captureRect, property);
  }
  startScreenCapture(view?: HTMLElement | null, type?: TRTCVideoStreamType, params?: unknown): void {
    this.record('startScreenCapture', view, type, params);
  }
  pauseScreenCapture(): void {
    this.record('pauseScreenCapture');
  }
  resumeScreenCapture(): void {
    this.record('resumeScreenCapture');
  }
  stopScreenCapture(): void {
    this.record('stopScreenCapture');
  }
  setSubStreamEncoderParam(params: unknown): void {
    this.record('setSubStreamEncoderParam', params);
  }
  addExcludedShareWindow(win: string): void {
    this.record('addExcludedShareWindow', win);
  }
  removeExcludedShareWindow(win: string): void {
    this.record('removeExcludedShareWindow', win);
  }
  getSDKVersion(): string {
    this.record('getSDKVersion');
    return 'scripted-1.0';
  }
  destroy(): void {
    this.record('destroy');
  }

  private record(method: RtcEngineMethod, ...args: unknown[]): void {
    if (this.failing.has(method)) throw new Error(`scripted failure in ${method}`);
    const call = { method, args };
    this.calls.push(call);
    this.onCall(call);
  }
}
