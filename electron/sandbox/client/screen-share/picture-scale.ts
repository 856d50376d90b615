import { CAP_ROWS } from '../../common/media/bitmap-font';
import { textWidth } from '../../common/media/text-painter';

/** The largest whole font scale at which `length` characters are at most `capShare` of the height tall and fit `widthShare` of the width; at least 1. */
export function textScale(width: number, height: number, length: number, capShare: number, widthShare = 0.9): number {
  const byHeight = Math.floor((height * capShare) / CAP_ROWS);
  const byWidth = Math.floor((width * widthShare) / Math.max(1, textWidth(Math.max(1, length), 1)));
  return Math.max(1, Math.min(byHeight, byWidth));
}
