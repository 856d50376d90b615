import { hashString } from './stable-hash';
import { hsvToRgb, rgbToYuv, type YuvColor } from './yuv-color';

/**
 * The background colour of a user's picture: hue, saturation and brightness from a hash of the label,
 * so that different users look different, kept mid-dark so the white text and the light skin stand out.
 */
export function labelColor(label: string): YuvColor {
  const h = hashString(label);
  const hue = h % 360;
  const saturation = 0.45 + ((h >>> 9) % 40) / 100;
  const value = 0.35 + ((h >>> 17) % 20) / 100;
  const [r, g, b] = hsvToRgb(hue, saturation, value);
  return rgbToYuv(r, g, b);
}
