import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCVideoBufferType, TRTCVideoPixelFormat } from 'trtc-electron-sdk/liteav/trtc_define';

/**
 * The result code of setLocal/RemoteVideoRenderCallback for a format: 0, or the SDK's unsupported-format
 * error. trtc.d.ts: "Electron 平台仅支持回调 TRTCVideoPixelFormat_I420 像素格式的视频帧", delivered in buffers.
 */
export function renderFormatResult(pixelFormat: TRTCVideoPixelFormat, bufferType: TRTCVideoBufferType): number {
  if (pixelFormat !== TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420) return TXLiteAVError.ERR_PIXEL_FORMAT_UNSUPPORTED;
  if (bufferType !== TRTCVideoBufferType.TRTCVideoBufferType_Buffer) return TXLiteAVError.ERR_BUFFER_TYPE_UNSUPPORTED;
  return TXLiteAVError.ERR_NULL;
}
