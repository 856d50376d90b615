import type { CaptureRegion } from '@broadcast-core/room-state';

/** The parts of a source the share panel offers. */
export const SHARE_REGIONS = ['whole', 'left', 'right', 'top', 'bottom', 'centre'] as const;

/** One of the offered parts. */
export type ShareRegionId = (typeof SHARE_REGIONS)[number];

/**
 * The capture region of an offered part of a source of this size, in its pixels with even edges (a shared
 * picture is I420); null for the whole source. "Centre" is the middle half of each side, e.g. a slide
 * without the presenter's toolbars.
 */
export function shareRegion(id: ShareRegionId, size: { width: number; height: number }): CaptureRegion | null {
  const even = (n: number) => Math.floor(n / 2) * 2;
  const { width: w, height: h } = size;
  switch (id) {
    case 'whole':
      return null;
    case 'left':
      return { left: 0, top: 0, right: even(w / 2), bottom: h };
    case 'right':
      return { left: even(w / 2), top: 0, right: w, bottom: h };
    case 'top':
      return { left: 0, top: 0, right: w, bottom: even(h / 2) };
    case 'bottom':
      return { left: 0, top: even(h / 2), right: w, bottom: h };
    case 'centre':
      return { left: even(w / 4), top: even(h / 4), right: even((w * 3) / 4), bottom: even((h * 3) / 4) };
  }
}
