import { TRTCAudioQuality, TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import type { AudioMixState } from './audio-mix';
import type { EncoderParams } from './models';
import type { CameraTestState, MicTestState, SpeakerTestState, SpeedTestState } from './preflight';

/** How a check came out: in words by `key` (a translation key under `preflight.verdicts`) with its `params`. */
export interface Verdict {
  level: 'not-run' | 'pending' | 'pass' | 'warn' | 'fail';
  key: string;
  params: Record<string, number>;
}

/** Typical audio bitrates per quality (kbps), as the encoder sends them. */
const AUDIO_KBPS: Record<TRTCAudioQuality, number> = {
  [TRTCAudioQuality.TRTCAudioQualitySpeech]: 24,
  [TRTCAudioQuality.TRTCAudioQualityDefault]: 50,
  [TRTCAudioQuality.TRTCAudioQualityMusic]: 128,
};
/** Room for retransmissions and signalling above the media bitrate. */
const UPLINK_HEADROOM = 1.25;
/** Uplink loss above this share is worth a warning (TRTC's own quality grades turn Poor near 5 %). */
const WARN_LOSS = 0.05;
/** A round trip above this delays interaction noticeably. */
const WARN_RTT_MS = 200;
/** A mic test that hears nothing for this long fails. */
export const MIC_SILENT_MS = 5000;
/** A level this loud counts as a voice (TRTCVolumeInfo.vad's threshold in the sandbox). */
const VOICE_LEVEL = 10;

/** The uplink (kbps) the camera encoder and the microphone need, with headroom, rounded up to 100 kbps. */
export function neededUplinkKbps(encoder: EncoderParams, quality: TRTCAudioQuality): number {
  return Math.ceil(((encoder.videoBitrate + (AUDIO_KBPS[quality] ?? AUDIO_KBPS[TRTCAudioQuality.TRTCAudioQualityDefault])) * UPLINK_HEADROOM) / 100) * 100;
}

const mbps = (kbps: number) => Math.round(kbps / 100) / 10;
const percent = (share: number) => Math.round(share * 1000) / 10;

/** The network check: enough uplink for the encoder, then loss, round trip and the SDK's own grade. */
export function networkVerdict(test: SpeedTestState, encoder: EncoderParams, quality: TRTCAudioQuality): Verdict {
  const need = neededUplinkKbps(encoder, quality);
  if (test.status === 'idle') return { level: 'not-run', key: 'network.notRun', params: {} };
  if (test.status === 'failed') return { level: 'fail', key: 'network.failed', params: { code: test.error?.code ?? 0 } };
  const best = test.best;
  if (!best) return { level: 'pending', key: 'network.running', params: {} };
  const figures = { up: mbps(best.availableUpBandwidth), need: mbps(need), video: encoder.videoBitrate, rtt: best.rtt, loss: percent(best.upLostRate) };
  if (best.availableUpBandwidth >= 0 && best.availableUpBandwidth < need) return { level: 'fail', key: 'network.tooSlow', params: figures };
  if (best.upLostRate > WARN_LOSS || best.downLostRate > WARN_LOSS) return { level: 'warn', key: 'network.lossy', params: { ...figures, loss: percent(Math.max(best.upLostRate, best.downLostRate)) } };
  if (best.rtt > WARN_RTT_MS) return { level: 'warn', key: 'network.slowRtt', params: figures };
  if (best.quality >= TRTCQuality.TRTCQuality_Poor) return { level: 'warn', key: 'network.poor', params: figures };
  return { level: 'pass', key: 'network.pass', params: figures };
}

/** The microphone check: heard a voice, silent too long, or muted at the device. */
export function micVerdict(test: MicTestState, mix: AudioMixState, now: number): Verdict {
  if (test.startedAt === null) return { level: 'not-run', key: 'mic.notRun', params: {} };
  if (test.loudest >= VOICE_LEVEL) return { level: 'pass', key: 'mic.pass', params: { level: test.loudest } };
  if (mix.micDevice.muted) return { level: 'fail', key: 'mic.deviceMuted', params: {} };
  const silentMs = now - test.startedAt;
  if (silentMs >= MIC_SILENT_MS) return { level: 'fail', key: 'mic.silent', params: { seconds: Math.floor(silentMs / 1000) } };
  return { level: test.running ? 'pending' : 'not-run', key: test.running ? 'mic.listening' : 'mic.notRun', params: {} };
}

/** A test sound this loud counts as heard. */
const HEARD_LEVEL = 10;

/** The speaker check: could not play, muted or at 0 at the device, heard, or still playing. */
export function speakerVerdict(test: SpeakerTestState, mix: AudioMixState): Verdict {
  if (test.error) return { level: 'fail', key: 'speaker.failed', params: { code: test.error.code } };
  if (test.startedAt === null) return { level: 'not-run', key: 'speaker.notRun', params: {} };
  if (mix.speakerDevice.muted || mix.speakerDevice.volume === 0) return { level: 'warn', key: 'speaker.muted', params: {} };
  if (test.loudest >= HEARD_LEVEL) return { level: 'pass', key: 'speaker.pass', params: { level: test.loudest } };
  return { level: test.running ? 'pending' : 'not-run', key: test.running ? 'speaker.playing' : 'speaker.notRun', params: {} };
}

/** The camera check: could not open, a picture came (the host looks at it), or still waiting for one. */
export function cameraVerdict(test: CameraTestState): Verdict {
  if (test.error) return { level: 'fail', key: 'camera.failed', params: { code: test.error.code } };
  if (test.startedAt === null) return { level: 'not-run', key: 'camera.notRun', params: {} };
  if (test.firstFrame) return { level: 'pass', key: 'camera.pass', params: { width: test.firstFrame.width, height: test.firstFrame.height } };
  return { level: test.running ? 'pending' : 'not-run', key: test.running ? 'camera.waiting' : 'camera.notRun', params: {} };
}
