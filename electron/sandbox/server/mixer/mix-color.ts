import { rgbToYuv, type YuvColor } from '../../common/media/yuv-color';

/** A TRTC colour number 0xRRGGBB (TRTCStreamMixingConfig.backgroundColor, e.g. 0x61B9F1) as video Y'CbCr. */
export function mixColor(rgb: number): YuvColor {
  return rgbToYuv((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
}
