import { TRTCAudioQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import type { PublishedAudio } from '../common/sandbox-client-port';

/**
 * Sample rates per audio quality as trtc.d.ts startLocalAudio documents them (Speech 16k, Default and
 * Music 48k); bitrates are typical encoder rates (the SDK does not document them).
 */
const AUDIO_PROFILES: Record<TRTCAudioQuality, PublishedAudio> = {
  [TRTCAudioQuality.TRTCAudioQualitySpeech]: { sampleRate: 16000, bitrate: 24 },
  [TRTCAudioQuality.TRTCAudioQualityDefault]: { sampleRate: 48000, bitrate: 50 },
  [TRTCAudioQuality.TRTCAudioQualityMusic]: { sampleRate: 48000, bitrate: 128 },
};

/** What the user asked of its camera and microphone, independent of any room. */
export class LocalCapture {
  /** startLocalPreview was called (and not stopped). */
  previewOn = false;
  /** muteLocalVideo(true) for the big stream. */
  videoMuted = false;
  /** startLocalAudio was called (and not stopped). */
  audioOn = false;
  /** muteLocalAudio(true). */
  audioMuted = false;
  private quality = TRTCAudioQuality.TRTCAudioQualityDefault;

  /** The camera is on and not muted: an anchor publishes it. */
  get sendsVideo(): boolean {
    return this.previewOn && !this.videoMuted;
  }

  /** The microphone is on and not muted: an anchor publishes it. */
  get sendsAudio(): boolean {
    return this.audioOn && !this.audioMuted;
  }

  /** Starts the microphone at a quality (unknown qualities fall back to the default one). */
  startAudio(quality: TRTCAudioQuality | undefined): void {
    this.audioOn = true;
    this.quality = quality !== undefined && quality in AUDIO_PROFILES ? quality : TRTCAudioQuality.TRTCAudioQualityDefault;
  }

  /** Stops camera and microphone, as leaving a room does; mutes are kept, as the SDK keeps them. */
  stopAll(): void {
    this.previewOn = false;
    this.audioOn = false;
  }

  /** The audio sent while the microphone publishes. */
  publishedAudio(): PublishedAudio | undefined {
    return this.sendsAudio ? AUDIO_PROFILES[this.quality] : undefined;
  }
}
