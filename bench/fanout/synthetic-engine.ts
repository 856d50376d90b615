import type { TRTCDeviceInfo, TRTCScreenCaptureSourceInfo } from 'trtc-electron-sdk/liteav/trtc_define';

import type { RtcEngine, TRTCEvent, TRTCEventMap } from '../../electron/engine/contract';

type Listener = (...args: unknown[]) => void;

const MIC: TRTCDeviceInfo = { deviceId: 'bench-mic', deviceName: 'Bench microphone', deviceProperties: {} };
const CAMERA: TRTCDeviceInfo = { deviceId: 'bench-camera', deviceName: 'Bench camera', deviceProperties: {} };
const SPEAKER: TRTCDeviceInfo = { deviceId: 'bench-speaker', deviceName: 'Bench speakers', deviceProperties: {} };

/**
 * An RtcEngine that does nothing but emit the TRTC callbacks it is told to: every call is a no-op (enterRoom
 * answers with onEnterRoom, as the SDK does), and `emit` calls the listeners synchronously, as the SDK's emitter
 * does. The benchmarks drive it with storms of callbacks; it renders no video.
 */
export class SyntheticEngine implements RtcEngine {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Calls every listener of `name` at once with `args`. */
  emit<K extends keyof TRTCEventMap>(name: K, ...args: TRTCEventMap[K]): void {
    const listeners = this.listeners.get(name);
    if (listeners) for (const listener of listeners) listener(...args);
  }

  /** Emits one callback given as a value. */
  emitEvent(event: TRTCEvent): void {
    const listeners = this.listeners.get(event.name);
    if (listeners) for (const listener of listeners) listener(...event.args);
  }

  on(event: string, listener: Listener): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  enterRoom(): void {
    // The SDK answers entry later, with the time it took.
    setImmediate(() => this.emit('onEnterRoom', 42));
  }
  exitRoom(): void {
    setImmediate(() => this.emit('onExitRoom', 0));
  }
  switchRole(): void {}
  connectOtherRoom(): void {}
  disconnectOtherRoom(): void {}
  startLocalPreview(): void {}
  stopLocalPreview(): void {}
  startLocalAudio(): void {}
  stopLocalAudio(): void {}
  muteLocalVideo(): void {}
  muteLocalAudio(): void {}
  setVideoEncoderParam(): void {}
  setBeautyStyle(): void {}
  setLocalViewFillMode(): void {}
  setRemoteViewFillMode(): void {}
  setLocalRenderParams(): void {}
  setVideoEncoderMirror(): void {}
  startRemoteView(): void {}
  stopRemoteView(): void {}
  muteRemoteAudio(): void {}
  enableAudioVolumeEvaluation(): void {}
  setRemoteAudioVolume(): void {}
  setAudioCaptureVolume(): void {}
  setAudioPlayoutVolume(): void {}
  setCurrentMicDeviceVolume(): void {}
  setCurrentMicDeviceMute(): void {}
  setCurrentSpeakerVolume(): void {}
  setCurrentSpeakerDeviceMute(): void {}
  enableVoiceEarMonitor(): void {}
  setVoiceReverbType(): void {}
  setVoiceChangerType(): void {}
  setMusicObserver(): void {}
  startPlayMusic(): void {}
  stopPlayMusic(): void {}
  pausePlayMusic(): void {}
  resumePlayMusic(): void {}
  seekMusicToPosInTime(): void {}
  setMusicPublishVolume(): void {}
  setMusicPlayoutVolume(): void {}
  setMusicPitch(): void {}
  startSpeedTest(): number {
    return 0;
  }
  stopSpeedTest(): void {}
  startMicDeviceTest(): void {}
  stopMicDeviceTest(): void {}
  startSpeakerDeviceTest(): void {}
  stopSpeakerDeviceTest(): void {}
  startCameraDeviceTest(): void {}
  stopCameraDeviceTest(): void {}
  enableSmallVideoStream(): void {}
  setLocalVideoRenderCallback(): number {
    return 0;
  }
  setRemoteVideoRenderCallback(): number {
    return 0;
  }
  getCameraDevicesList(): TRTCDeviceInfo[] {
    return [CAMERA];
  }
  getMicDevicesList(): TRTCDeviceInfo[] {
    return [MIC];
  }
  getSpeakerDevicesList(): TRTCDeviceInfo[] {
    return [SPEAKER];
  }
  getCurrentCameraDevice(): TRTCDeviceInfo {
    return CAMERA;
  }
  getCurrentMicDevice(): TRTCDeviceInfo {
    return MIC;
  }
  getCurrentSpeakerDevice(): TRTCDeviceInfo {
    return SPEAKER;
  }
  setCurrentCameraDevice(): void {}
  setCurrentMicDevice(): void {}
  setCurrentSpeakerDevice(): void {}
  startPublishMediaStream(): void {}
  updatePublishMediaStream(): void {}
  stopPublishMediaStream(): void {}
  getScreenCaptureSources(): TRTCScreenCaptureSourceInfo[] {
    return [];
  }
  selectScreenCaptureTarget(): void {}
  startScreenCapture(): void {}
  pauseScreenCapture(): void {}
  resumeScreenCapture(): void {}
  stopScreenCapture(): void {}
  setSubStreamEncoderParam(): void {}
  addExcludedShareWindow(): void {}
  removeExcludedShareWindow(): void {}
  getSDKVersion(): string {
    return 'synthetic-bench-1';
  }
  destroy(): void {
    this.listeners.clear();
  }
}
