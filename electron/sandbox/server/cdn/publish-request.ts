import {
  TRTCPublishMode,
  type TRTCPublishCdnUrl,
  type TRTCStreamEncoderParam,
  type TRTCStreamMixingConfig,
  type TRTCUser,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { SandboxFailure } from '../../common/sandbox-failure';
import { isMixMode, refusalCodeFor } from './publish-codes';
import { MAX_CDN_URLS, rtmpUrlProblem } from '../../../../projects/broadcast-core/src/bridge/publishing/rtmp-url';
import { checkStreamEncoder, hasAudio, hasVideo } from '../../../../projects/broadcast-core/src/bridge/publishing/stream-encoder-check';
import { checkStreamMixing } from './stream-mixing-check';
import { copyUser, trtcUserProblem } from './trtc-user-check';

/** A checked startPublishMediaStream (or the result of an update): plain copies, safe from later changes by the caller. */
export interface PublishRequest {
  mode: TRTCPublishMode;
  /** Where it is pushed; empty for TRTCPublishMixStreamToRoom ("此时您不需要设置该参数"). */
  cdnUrls: TRTCPublishCdnUrl[];
  /** The robot user the mix is published as, for TRTCPublishMixStreamToRoom only. */
  mixStreamIdentity: TRTCUser | null;
  /** Output encoding; required when mixing, optional when relaying. */
  encoder: TRTCStreamEncoderParam | null;
  /** Layout; mixing modes only ("转推模式下则无效"). */
  mixing: TRTCStreamMixingConfig | null;
}

const MODES = [
  TRTCPublishMode.TRTCPublishBigStreamToCdn,
  TRTCPublishMode.TRTCPublishSubStreamToCdn,
  TRTCPublishMode.TRTCPublishMixStreamToCdn,
  TRTCPublishMode.TRTCPublishMixStreamToRoom,
];

/** Checks startPublishMediaStream's arguments as the service would: a PublishRequest, or a refusal with its code. */
export function checkPublishRequest(target: unknown, params: unknown, config: unknown): PublishRequest | SandboxFailure {
  const mode = (target as { mode?: unknown } | null)?.mode;
  const result = publishRequestOrProblem(target, params, config);
  return typeof result === 'string' ? new SandboxFailure(refusalCodeFor(mode), result) : result;
}

/**
 * Checks updatePublishMediaStream's arguments against the running task: each null argument keeps what the
 * task has. "同一个任务不支持纯音频、音视频、纯视频之间的切换": the output cannot gain or lose video or audio.
 */
export function checkPublishUpdate(current: PublishRequest, target: unknown, params: unknown, config: unknown): PublishRequest | SandboxFailure {
  const next = checkPublishRequest(target ?? targetOf(current), params ?? current.encoder, config ?? current.mixing);
  if (next instanceof SandboxFailure || !next.encoder || !current.encoder) return next;
  if (hasVideo(next.encoder) !== hasVideo(current.encoder) || hasAudio(next.encoder) !== hasAudio(current.encoder)) {
    return new SandboxFailure(refusalCodeFor(next.mode), 'a task cannot switch between audio only, video only and audio with video');
  }
  return next;
}

/** The TRTCPublishTarget a request came from. */
export function targetOf(request: PublishRequest): { mode: TRTCPublishMode; cdnUrlList: TRTCPublishCdnUrl[]; mixStreamIdentity: TRTCUser | null } {
  return { mode: request.mode, cdnUrlList: request.cdnUrls, mixStreamIdentity: request.mixStreamIdentity };
}

function publishRequestOrProblem(target: unknown, params: unknown, config: unknown): PublishRequest | string {
  if (typeof target !== 'object' || target === null) return 'target must be a TRTCPublishTarget object';
  const { mode, cdnUrlList, mixStreamIdentity } = target as Partial<Record<'mode' | 'cdnUrlList' | 'mixStreamIdentity', unknown>>;
  if (!MODES.includes(mode as TRTCPublishMode)) return `target.mode must be a TRTCPublishMode from 1 to 4, got ${String(mode)}`;
  const publishMode = mode as TRTCPublishMode;
  const toRoom = publishMode === TRTCPublishMode.TRTCPublishMixStreamToRoom;
  const cdnUrls = toRoom ? [] : cdnUrlsOrProblem(cdnUrlList);
  if (typeof cdnUrls === 'string') return cdnUrls;
  const identityProblem = toRoom ? trtcUserProblem(mixStreamIdentity, 'target.mixStreamIdentity') : undefined;
  if (identityProblem) return identityProblem;
  const mixing = isMixMode(publishMode);
  if (mixing && (params === null || params === undefined)) return 'mixing needs encoder params (TRTCStreamEncoderParam)';
  const encoder = params === null || params === undefined ? null : checkStreamEncoder(params);
  if (typeof encoder === 'string') return encoder;
  if (!mixing) return { mode: publishMode, cdnUrls, mixStreamIdentity: null, encoder, mixing: null };
  if (config === null || config === undefined) return 'mixing needs a mixing config (TRTCStreamMixingConfig)';
  const canvas = hasVideo(encoder!) ? { width: encoder!.videoEncodedWidth, height: encoder!.videoEncodedHeight } : { width: 0, height: 0 };
  const layout = checkStreamMixing(config, canvas);
  if (typeof layout === 'string') return layout;
  const identity = toRoom ? copyUser(mixStreamIdentity as TRTCUser) : null;
  return { mode: publishMode, cdnUrls, mixStreamIdentity: identity, encoder, mixing: layout };
}

function cdnUrlsOrProblem(list: unknown): TRTCPublishCdnUrl[] | string {
  if (!Array.isArray(list) || list.length === 0) return 'target.cdnUrlList needs at least one RTMP URL';
  if (list.length > MAX_CDN_URLS) return `target.cdnUrlList has ${list.length} URLs; at most ${MAX_CDN_URLS} are allowed`;
  const urls: TRTCPublishCdnUrl[] = [];
  for (const [i, entry] of list.entries()) {
    const { rtmpUrl, isInternalLine } = (entry ?? {}) as Partial<Record<keyof TRTCPublishCdnUrl, unknown>>;
    const problem = rtmpUrlProblem(rtmpUrl);
    if (problem) return `target.cdnUrlList[${i}]: ${problem}`;
    if (isInternalLine !== undefined && typeof isInternalLine !== 'boolean') return `target.cdnUrlList[${i}].isInternalLine must be a boolean`;
    if (urls.some((url) => url.rtmpUrl === rtmpUrl)) return `target.cdnUrlList lists ${String(rtmpUrl)} twice`;
    urls.push({ rtmpUrl: rtmpUrl as string, isInternalLine: isInternalLine ?? true });
  }
  return urls;
}

/** What makes two tasks "the same task" (trtc.d.ts: "TRTCPublishMode 与 TRTCPublishCdnUrl 均相同"); the robot names a MixStreamToRoom task. */
export function taskIdentity(request: PublishRequest): string {
  const where = request.mixStreamIdentity ? [`${request.mixStreamIdentity.userId}@${request.mixStreamIdentity.intRoomId || request.mixStreamIdentity.strRoomId}`] : request.cdnUrls.map((url) => url.rtmpUrl).sort();
  return JSON.stringify([request.mode, where]);
}
