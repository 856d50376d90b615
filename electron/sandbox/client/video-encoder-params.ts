import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCVideoEncParam, TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { resolutionSize, type VideoFormat } from '../common/media';
import { SandboxFailure } from '../common/sandbox-failure';

/** The SDK's own default encoder: 640x360 landscape, 15 fps, 550 kbps (trtc_define TRTCVideoEncParam). */
export function defaultEncoderParam(): TRTCVideoEncParam {
  return new TRTCVideoEncParam();
}

/** A small stream when enableSmallVideoStream gives no params: 320x180 at the default frame rate, a typical 200 kbps. */
export function defaultSmallStreamParam(): TRTCVideoEncParam {
  const big = defaultEncoderParam();
  return new TRTCVideoEncParam(TRTCVideoResolution.TRTCVideoResolution_320_180, big.resMode, big.videoFps, 200);
}

function positive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * The encoder after applying `param` over `current`: fields that are missing or not usable keep their
 * value, as the SDK ignores them; a resolution outside TRTCVideoResolution is ERR_UNSUPPORTED_RESOLUTION.
 */
export function mergeEncoderParam(current: TRTCVideoEncParam, param: unknown): TRTCVideoEncParam | SandboxFailure {
  const next = Object.assign(new TRTCVideoEncParam(), current);
  if (typeof param !== 'object' || param === null) return next;
  const { videoResolution, resMode, videoFps, videoBitrate, minVideoBitrate, enableAdjustRes } = param as Partial<Record<keyof TRTCVideoEncParam, unknown>>;
  if (videoResolution !== undefined) {
    if (!(typeof videoResolution === 'number' && videoResolution in TRTCVideoResolution)) {
      return new SandboxFailure(TXLiteAVError.ERR_UNSUPPORTED_RESOLUTION, `setVideoEncoderParam: ${String(videoResolution)} is not a TRTCVideoResolution`);
    }
    next.videoResolution = videoResolution;
  }
  if (resMode === TRTCVideoResolutionMode.TRTCVideoResolutionModeLandscape || resMode === TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait) next.resMode = resMode;
  if (positive(videoFps)) next.videoFps = videoFps;
  if (positive(videoBitrate)) next.videoBitrate = videoBitrate;
  if (typeof minVideoBitrate === 'number' && minVideoBitrate >= 0) next.minVideoBitrate = minVideoBitrate;
  if (typeof enableAdjustRes === 'boolean') next.enableAdjustRes = enableAdjustRes;
  return next;
}

/** The picture an encoder setting produces. */
export function videoFormatOf(param: TRTCVideoEncParam): VideoFormat {
  return { ...resolutionSize(param.videoResolution, param.resMode), fps: param.videoFps };
}
