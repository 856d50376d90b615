import { CAP_ROWS, GLYPH_ROWS } from './bitmap-font';
import { CLOCK_LENGTH } from './clock-text';
import { textWidth } from './text-painter';

/** An axis-aligned rectangle in pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text placed on the picture: top-left corner and font scale (pixels per font pixel). */
export interface TextPlacement {
  x: number;
  y: number;
  scale: number;
}

/** The ellipse of "skin" that the beauty filter acts on. */
export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** Where everything goes on a picture of one size: name plate on top, skin in the middle, clock at the bottom. */
export interface FrameLayout {
  labelPlate: Rect;
  label: TextPlacement;
  skin: Ellipse;
  clockPlate: Rect;
  clock: TextPlacement;
  barWidth: number;
}

/** Share of the picture height given to the label's capitals, the clock's digits, and the outer margin. */
const LABEL_CAP_SHARE = 0.1;
const CLOCK_CAP_SHARE = 0.07;
const MARGIN_SHARE = 0.04;
/** Text may use this share of the width before its scale is reduced. */
const TEXT_WIDTH_SHARE = 0.9;

/** Lays out a picture for a label of `labelLength` characters; sizes scale with the resolution. */
export function frameLayout(width: number, height: number, labelLength: number): FrameLayout {
  const margin = even(height * MARGIN_SHARE);

  const labelScale = fitScale(height * LABEL_CAP_SHARE, width, Math.max(1, labelLength));
  const labelPad = labelScale * 2;
  const labelWidth = textWidth(labelLength, labelScale);
  const labelPlateWidth = Math.min(width, labelWidth + 2 * labelPad);
  const labelPlate = { x: even((width - labelPlateWidth) / 2), y: margin, width: labelPlateWidth, height: GLYPH_ROWS * labelScale + 2 * labelScale };
  const label = { x: Math.max(0, Math.floor((width - labelWidth) / 2)), y: labelPlate.y + labelScale, scale: labelScale };

  const clockScale = fitScale(height * CLOCK_CAP_SHARE, width, CLOCK_LENGTH);
  const clockPad = clockScale * 2;
  const clockWidth = textWidth(CLOCK_LENGTH, clockScale);
  const clockPlateWidth = Math.min(width, clockWidth + 2 * clockPad);
  const clockPlateHeight = CAP_ROWS * clockScale + 2 * clockScale;
  const clockPlate = { x: even((width - clockPlateWidth) / 2), y: even(height - margin - clockPlateHeight), width: clockPlateWidth, height: clockPlateHeight };
  const clock = { x: Math.max(0, Math.floor((width - clockWidth) / 2)), y: clockPlate.y + clockScale, scale: clockScale };

  // The skin fills the band between the plates, shaped like a face (taller than wide).
  const top = labelPlate.y + labelPlate.height;
  const bottom = clockPlate.y;
  const ry = Math.floor(((bottom - top) / 2) * 0.8);
  const skin = { cx: Math.floor(width / 2), cy: Math.floor((top + bottom) / 2), rx: Math.floor(Math.min(ry * 0.8, width * 0.45)), ry };

  return { labelPlate, label, skin, clockPlate, clock, barWidth: Math.max(2, even(width / 40)) };
}

/** The largest whole scale at which capitals are at most `capHeight` tall and `length` characters fit the width; at least 1. */
function fitScale(capHeight: number, width: number, length: number): number {
  const byHeight = Math.floor(capHeight / CAP_ROWS);
  const byWidth = Math.floor((width * TEXT_WIDTH_SHARE) / textWidth(length, 1));
  return Math.max(1, Math.min(byHeight, byWidth));
}

function even(n: number): number {
  return Math.max(0, Math.floor(n / 2) * 2);
}
