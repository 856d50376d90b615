/** The SDK's volume range for the capture, playout, remote and device volumes (trtc.d.ts: 0-100, default 100). */
export const MAX_VOLUME = 100;

/** A volume as the SDK keeps it: rounded and clamped to 0-100 (a non-number leaves the old value). */
function sdkVolume(value: number, previous: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(MAX_VOLUME, Math.max(0, value))) : previous;
}

/** Scales a 0-100 level by a 0-100 volume. */
function scaled(level: number, volume: number): number {
  return Math.round((level * volume) / MAX_VOLUME);
}

/** A device's volume and mute, as onAudioDeviceCaptureVolumeChanged / onAudioDevicePlayoutVolumeChanged report them. */
export interface DeviceVolume {
  volume: number;
  muted: boolean;
}

/**
 * A client's audio settings and how they shape the levels a listener would hear: the microphone device's
 * volume and mute and the SDK's capture volume scale what the client sends (its own meter and everyone
 * else's meter of it); the playout volume and each remote user's volume scale what it hears of others.
 * The speaker device's volume acts after the SDK measures, so it scales no reported level.
 */
export class AudioMix {
  private captureVolume = MAX_VOLUME;
  private playoutVolume = MAX_VOLUME;
  private readonly remoteVolumes = new Map<string, number>();
  private readonly mic: DeviceVolume = { volume: MAX_VOLUME, muted: false };
  private readonly speaker: DeviceVolume = { volume: MAX_VOLUME, muted: false };
  /** enableVoiceEarMonitor: the local voice plays back in the speaker. */
  earMonitor = false;
  /** setVoiceReverbType (TRTCVoiceReverbType, 0 none); trtc.d.ts: it ends when the room is left. */
  reverbType = 0;
  /** setVoiceChangerType (TRTCVoiceChangerType, 0 none); trtc.d.ts: it ends when the room is left. */
  changerType = 0;

  /** setAudioCaptureVolume. */
  setCaptureVolume(volume: number): void {
    this.captureVolume = sdkVolume(volume, this.captureVolume);
  }

  /** getAudioCaptureVolume. */
  getCaptureVolume(): number {
    return this.captureVolume;
  }

  /** setAudioPlayoutVolume. */
  setPlayoutVolume(volume: number): void {
    this.playoutVolume = sdkVolume(volume, this.playoutVolume);
  }

  /** getAudioPlayoutVolume. */
  getPlayoutVolume(): number {
    return this.playoutVolume;
  }

  /** setRemoteAudioVolume: 100 is the user's own level, so it is not kept. */
  setRemoteVolume(userId: string, volume: number): void {
    const next = sdkVolume(volume, this.remoteVolume(userId));
    if (next === MAX_VOLUME) this.remoteVolumes.delete(userId);
    else this.remoteVolumes.set(userId, next);
  }

  /** A remote user's playback volume (100 unless set). */
  remoteVolume(userId: string): number {
    return this.remoteVolumes.get(userId) ?? MAX_VOLUME;
  }

  /** setCurrentMicDeviceVolume; true when the device's state changed. */
  setMicDeviceVolume(volume: number): boolean {
    return setDevice(this.mic, { volume: sdkVolume(volume, this.mic.volume) });
  }

  /** setCurrentMicDeviceMute; true when the device's state changed. */
  setMicDeviceMute(muted: boolean): boolean {
    return setDevice(this.mic, { muted: !!muted });
  }

  /** setCurrentSpeakerVolume; true when the device's state changed. */
  setSpeakerDeviceVolume(volume: number): boolean {
    return setDevice(this.speaker, { volume: sdkVolume(volume, this.speaker.volume) });
  }

  /** setCurrentSpeakerDeviceMute; true when the device's state changed. */
  setSpeakerDeviceMute(muted: boolean): boolean {
    return setDevice(this.speaker, { muted: !!muted });
  }

  /** The microphone device's volume and mute. */
  micDevice(): DeviceVolume {
    return { ...this.mic };
  }

  /** The speaker device's volume and mute. */
  speakerDevice(): DeviceVolume {
    return { ...this.speaker };
  }

  /** The level the client sends of a raw microphone level: through the device and the capture volume. */
  sent(rawLevel: number): number {
    if (this.mic.muted) return 0;
    return scaled(scaled(rawLevel, this.mic.volume), this.captureVolume);
  }

  /** What others hear of the client: its voice as sent plus its published music (already through each track's publish volume), at most 100. */
  withMusic(sentVoice: number, publishedMusic: number): number {
    return Math.min(MAX_VOLUME, sentVoice + publishedMusic);
  }

  /** The level the client hears of a remote user who sends `sentLevel`: through that user's volume and the playout volume. */
  heard(userId: string, sentLevel: number): number {
    const remote = this.remoteVolumes.get(userId);
    const level = remote === undefined ? sentLevel : scaled(sentLevel, remote);
    return this.playoutVolume === MAX_VOLUME ? level : scaled(level, this.playoutVolume);
  }

  /** The session ended: per-user volumes and voice effects go back to their defaults, as the SDK forgets them. */
  sessionEnded(): void {
    this.remoteVolumes.clear();
    this.reverbType = 0;
    this.changerType = 0;
  }
}

function setDevice(device: DeviceVolume, change: Partial<DeviceVolume>): boolean {
  const before = { ...device };
  Object.assign(device, change);
  return before.volume !== device.volume || before.muted !== device.muted;
}
