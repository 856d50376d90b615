import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCPublishMode } from 'trtc-electron-sdk/liteav/trtc_define';

/*
 * trtc.d.ts lists no codes for startPublishMediaStream / updatePublishMediaStream / stopPublishMediaStream
 * failures (its callbacks only say "0 表示成功，其余值表示失败"), so the sandbox picks the closest
 * TXLiteAVError entries that trtc_code.d.ts has for publishing; each description is quoted as the reason.
 */

/** A relay task (BigStreamToCdn, SubStreamToCdn) refused: -3323 "旁路转推回包异常" (the relay service answered with an error). */
export const RELAY_REFUSED = TXLiteAVError.ERR_PUBLISH_CDN_STREAM_SERVER_FAILED;

/** A mixing task (MixStreamToCdn, MixStreamToRoom) refused: -3324 "云端混流回包异常" (the cloud mixer answered with an error). */
export const MIX_REFUSED = TXLiteAVError.ERR_CLOUD_MIX_TRANSCODING_SERVER_FAILED;

/** stopPublishMediaStream of a task that does not exist (or is not the caller's): -3336 "停止向腾讯云的直播 CDN 推流信令异常". */
export const STOP_REFUSED = TXLiteAVError.ERR_ROOM_REQUEST_STOP_PUBLISHING_ERROR;

/**
 * A CDN URL that could not connect or recover within 60 s, reported with status 4 (failed): -3321 "旁路转推请求超时"
 * (the relay request timed out), which is what status 4 means in trtc.d.ts ("恢复或连接超时").
 */
export const CDN_TIMED_OUT = TXLiteAVError.ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT;

/** Whether a publish mode runs the cloud mixer (the others relay one stream as it is). */
export function isMixMode(mode: TRTCPublishMode): boolean {
  return mode === TRTCPublishMode.TRTCPublishMixStreamToCdn || mode === TRTCPublishMode.TRTCPublishMixStreamToRoom;
}

/** The refusal code for a start or update of a task in this mode (unknown modes count as relay). */
export function refusalCodeFor(mode: unknown): number {
  return isMixMode(mode as TRTCPublishMode) ? MIX_REFUSED : RELAY_REFUSED;
}
