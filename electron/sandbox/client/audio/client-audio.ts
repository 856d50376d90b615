import type { TRTCVoiceChangerType, TRTCVoiceReverbType } from 'trtc-electron-sdk/liteav/trtc_define';

import { VoiceActivity } from '../../common/media';
import type { PostCallback } from '../report-failure';
import { AudioMix } from './audio-mix';

/** Drawn on the picture, and voiced, before the first enterRoom names the user. */
export const UNNAMED_LABEL = 'local';

/** What the client's audio needs beyond its own settings: whether the mic is plugged in, the music it publishes, and whether volumes are reported. */
export interface ClientAudioContext {
  micPresent(): boolean;
  /** The level the client's published music adds (0-100). */
  musicLevel(): number;
  /** enableAudioVolumeEvaluation is on: trtc.d.ts ties the device-volume callbacks to it. */
  evaluatingVolumes(): boolean;
  post: PostCallback;
}

/**
 * The audio calls of SandboxTRTCCloud: the user's voice, the mix settings that shape what it sends and
 * hears (capture, playout, remote, device volumes and mutes, voice effects) and the levels that follow.
 */
export class ClientAudio {
  readonly mix = new AudioMix();
  /** The remote users muteRemoteAudio silenced: they leave this client's volume report. */
  readonly mutedRemote = new Set<string>();
  private voice = new VoiceActivity(UNNAMED_LABEL);

  constructor(private readonly ctx: ClientAudioContext) {}

  /** The user's voice, named on entering a room. */
  relabel(userId: string): void {
    this.voice = new VoiceActivity(userId);
  }

  /** muteRemoteAudio. */
  muteRemote(userId: string, mute: boolean): void {
    if (mute) this.mutedRemote.add(userId);
    else this.mutedRemote.delete(userId);
  }

  /** The microphone's level as sent; an unplugged mic hears nothing. */
  micLevel(now: number): number {
    return this.ctx.micPresent() ? this.mix.sent(this.voice.volumeAt(now)) : 0;
  }

  /** The level others hear of this client: its voice through the mic and capture volume, plus its published music. */
  sentLevel(now: number): number {
    return this.mix.withMusic(this.micLevel(now), this.ctx.musicLevel());
  }

  /** setCurrentMicDeviceVolume. */
  setMicDeviceVolume(volume: number): void {
    if (this.mix.setMicDeviceVolume(volume)) this.micDeviceChanged();
  }

  /** setCurrentMicDeviceMute. */
  setMicDeviceMute(mute: boolean): void {
    if (this.mix.setMicDeviceMute(mute)) this.micDeviceChanged();
  }

  /** setCurrentSpeakerVolume. */
  setSpeakerDeviceVolume(volume: number): void {
    if (this.mix.setSpeakerDeviceVolume(volume)) this.speakerDeviceChanged();
  }

  /** setCurrentSpeakerDeviceMute. */
  setSpeakerDeviceMute(mute: boolean): void {
    if (this.mix.setSpeakerDeviceMute(mute)) this.speakerDeviceChanged();
  }

  /** The voice effects in use (the SDK has no getter). */
  voiceEffects(): { reverbType: TRTCVoiceReverbType; changerType: TRTCVoiceChangerType } {
    return { reverbType: this.mix.reverbType, changerType: this.mix.changerType };
  }

  /** onAudioDeviceCaptureVolumeChanged, which trtc.d.ts ties to volume evaluation being on. */
  private micDeviceChanged(): void {
    const { volume, muted } = this.mix.micDevice();
    if (this.ctx.evaluatingVolumes()) this.ctx.post('onAudioDeviceCaptureVolumeChanged', volume, muted);
  }

  /** onAudioDevicePlayoutVolumeChanged, which trtc.d.ts ties to volume evaluation being on. */
  private speakerDeviceChanged(): void {
    const { volume, muted } = this.mix.speakerDevice();
    if (this.ctx.evaluatingVolumes()) this.ctx.post('onAudioDevicePlayoutVolumeChanged', volume, muted);
  }
}
