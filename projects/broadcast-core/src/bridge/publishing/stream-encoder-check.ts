import type { TRTCStreamEncoderParam } from 'trtc-electron-sdk/liteav/trtc_define';

import { seiParamsProblem } from './sei-params-check';

// The ranges below are TRTCStreamEncoderParam's own (trtc_define.js JSDoc); where it names none, the comment says why.

/** videoEncodedFPS: "取值范围是 (0,30]". */
const MAX_FPS = 30;
/** videoEncodedGOP: "取值范围是 [1,5]" seconds. */
const GOP_RANGE = [1, 5] as const;
/** audioEncodedKbps: "取值范围是 [32，192]". */
const AUDIO_KBPS_RANGE = [32, 192] as const;
/** audioEncodedSampleRate: "取值为 [48000, 44100, 32000, 24000, 16000, 8000]". */
const SAMPLE_RATES = [48000, 44100, 32000, 24000, 16000, 8000];
/** HE-AAC and HE-AACv2: "支持的输出流音频采样率范围为[48000, 44100, 32000, 24000, 16000]". */
const HE_AAC_SAMPLE_RATES = [48000, 44100, 32000, 24000, 16000];
/** audioEncodedCodecType: 0 LC-AAC, 1 HE-AAC, 2 HE-AACv2. */
const HE_AAC_V2 = 2;
/**
 * The SDK names no largest mix size; the sandbox takes the largest TRTCVideoResolution (2560x1440, either
 * orientation), so a size no TRTC encoder produces is refused rather than allocated.
 */
const MAX_LONG_SIDE = 2560;
const MAX_SHORT_SIDE = 1440;

const NUMBER_FIELDS = [
  'videoEncodedWidth',
  'videoEncodedHeight',
  'videoEncodedFPS',
  'videoEncodedGOP',
  'videoEncodedKbps',
  'audioEncodedSampleRate',
  'audioEncodedChannelNum',
  'audioEncodedKbps',
  'audioEncodedCodecType',
  'videoEncodedCodecType',
] as const;

/** Whether an encoder setting outputs video: width and height both above 0 ("只混合音频流，请将 width 和 height 均设置为 0"). */
export function hasVideo(param: TRTCStreamEncoderParam): boolean {
  return param.videoEncodedWidth > 0 && param.videoEncodedHeight > 0;
}

/** Whether an encoder setting outputs audio (a sample rate of 0 leaves audio out). */
export function hasAudio(param: TRTCStreamEncoderParam): boolean {
  return param.audioEncodedSampleRate > 0;
}

/** A checked copy of a TRTCStreamEncoderParam, or why it is refused. */
export function checkStreamEncoder(value: unknown): TRTCStreamEncoderParam | string {
  if (typeof value !== 'object' || value === null) return 'encoder params must be a TRTCStreamEncoderParam object';
  const fields = value as Record<string, unknown>;
  for (const name of NUMBER_FIELDS) {
    const field = fields[name];
    if (typeof field !== 'number' || !Number.isInteger(field) || field < 0) return `${name} must be an integer >= 0, got ${String(field)}`;
  }
  const sei = fields['videoSeiParams'] ?? '';
  if (typeof sei !== 'string') return 'videoSeiParams must be a string';
  const param = { ...(fields as unknown as TRTCStreamEncoderParam), videoSeiParams: sei };
  return videoProblem(param) ?? audioProblem(param) ?? seiParamsProblem(sei) ?? param;
}

function videoProblem(p: TRTCStreamEncoderParam): string | undefined {
  const { videoEncodedWidth: width, videoEncodedHeight: height } = p;
  if ((width === 0) !== (height === 0)) return `videoEncodedWidth and videoEncodedHeight must both be 0 (audio only) or both above 0, got ${width}x${height}`;
  if (!hasVideo(p)) return hasAudio(p) ? undefined : 'the output has neither video (width x height 0) nor audio (sample rate 0)';
  if (Math.max(width, height) > MAX_LONG_SIDE || Math.min(width, height) > MAX_SHORT_SIDE) {
    return `${width}x${height} is larger than TRTC's largest resolution, ${MAX_LONG_SIDE}x${MAX_SHORT_SIDE}`;
  }
  if (p.videoEncodedFPS === 0 || p.videoEncodedFPS > MAX_FPS) return `videoEncodedFPS must be in (0, ${MAX_FPS}], got ${p.videoEncodedFPS}`;
  if (p.videoEncodedGOP < GOP_RANGE[0] || p.videoEncodedGOP > GOP_RANGE[1]) return `videoEncodedGOP must be in [${GOP_RANGE.join(', ')}] seconds, got ${p.videoEncodedGOP}`;
  if (p.videoEncodedCodecType > 1) return `videoEncodedCodecType must be 0 (H264) or 1 (H265), got ${p.videoEncodedCodecType}`;
  return undefined;
}

function audioProblem(p: TRTCStreamEncoderParam): string | undefined {
  if (!hasAudio(p)) return undefined;
  const rate = p.audioEncodedSampleRate;
  if (!SAMPLE_RATES.includes(rate)) return `audioEncodedSampleRate must be one of ${SAMPLE_RATES.join(', ')} Hz, got ${rate}`;
  if (p.audioEncodedChannelNum < 1 || p.audioEncodedChannelNum > 2) return `audioEncodedChannelNum must be 1 or 2, got ${p.audioEncodedChannelNum}`;
  if (p.audioEncodedKbps < AUDIO_KBPS_RANGE[0] || p.audioEncodedKbps > AUDIO_KBPS_RANGE[1]) return `audioEncodedKbps must be in [${AUDIO_KBPS_RANGE.join(', ')}], got ${p.audioEncodedKbps}`;
  if (p.audioEncodedCodecType > HE_AAC_V2) return `audioEncodedCodecType must be 0 (LC-AAC), 1 (HE-AAC) or 2 (HE-AACv2), got ${p.audioEncodedCodecType}`;
  if (p.audioEncodedCodecType > 0 && !HE_AAC_SAMPLE_RATES.includes(rate)) return `HE-AAC cannot encode ${rate} Hz; use one of ${HE_AAC_SAMPLE_RATES.join(', ')}`;
  if (p.audioEncodedCodecType === HE_AAC_V2 && p.audioEncodedChannelNum !== 2) return 'HE-AACv2 needs audioEncodedChannelNum 2';
  return undefined;
}
